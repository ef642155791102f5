# Missing int key.
squares = {}
for i in range(5):
    squares[i] = i * i
print(squares[4])
print(squares[42])
