# input() at end of file.
first = input()
print("got", first)
second = input()
