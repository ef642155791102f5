# Comprehension variables do not leak; lambdas in comprehensions bind late.
x = "outer"
squares = [x * x for x in range(5)]
print(x, squares)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
n = 10
print([n + k for k in range(3)])
def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2, 3], 10))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
