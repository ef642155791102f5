# List/dict/set comprehensions with nested for/if and their own scope.
x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)   # loop variable does not leak

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([v for row in matrix for v in row if v % 2 == 0])
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

words = ["apple", "banana", "cherry", "avocado", "blueberry"]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
print(sorted({len(w) for w in words}))
print({k: v for k, v in zip("abc", range(3))})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})

# comprehension variables in a function
def f():
    y = 10
    data = [y + i for i in range(3)]
    try:
        i
    except NameError as e:
        print("NameError:", e)
    return data


print(f())

# closures inside comprehensions capture per-iteration? no: late binding
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])

# the first iterable is evaluated in the enclosing scope
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]


print(K.doubled)

# nested comprehension referencing outer loop variable
print([[x * y for y in range(1, 4)] for x in range(1, 4)])

# walrus in comprehension binds in enclosing scope
data = [3, 8, 1, 9]
big = [y for v in data if (y := v * 2) > 5]
print(big, y)

# generator expression scope
total = sum(n for n in range(10) if n % 3 == 0)
print(total)
try:
    n
except NameError as e:
    print("NameError:", e)

# comprehension inside a method referencing self
class Box:
    def __init__(self, items):
        self.items = items

    def scaled(self, k):
        return [k * it for it in self.items]


print(Box([1, 2]).scaled(3))
print([c for c in "hello" if c not in "aeiou"])
print({i: {j: i * j for j in range(2)} for i in range(2)})
