# A builtin error (not a raise statement) inside an except block.
items = [1, 2, 3]
try:
    print(items[10])
except IndexError:
    print("index failed, trying dict")
    print({}["missing"])
