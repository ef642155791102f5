# Expressions that hold many values on the stack at once: nested calls with many
# arguments, long literal displays, deeply nested arithmetic, chained comparisons,
# f-strings with many parts, and the same inside loops, comprehensions and lambdas.


def f8(a, b, c, d, e, f, g, h):
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8


def nested(x):
    return f8(x, f8(x, x, x, x, x, x, x, x), x + 1, f8(1, 2, 3, 4, 5, 6, 7, x),
              x * 2, (x, x + 1, x + 2)[1], [x, x, x][2], {x: x}[x])


print(nested(1), nested(7))

# Right-nested arithmetic keeps one operand per level on the stack.
x = 3
v = (x + (x * (x - (x + (x * (x - (x + (x * (x - (x + (x * (x - (x + 1)))))))))))))
print(v)
w = 1 + (2 + (3 + (4 + (5 + (6 + (7 + (8 + (9 + (10 + (11 + (12 + (13 + (14 + (15 + (16 + (17 + (18 + (19 + (20 + x)))))))))))))))))))
print(w)

# Long displays.
t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
     25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, x, x + 1, x + 2)
print(len(t), sum(t))
lst = [x, x * 2, [x, [x, [x, [x, [x, [x, x]]]]]], {x: [x, (x, x)]}, {x, x + 1}, "s" * x]
print(lst)
d = {"a": x, "b": [x, x], "c": {"d": (x, {"e": [x, x, x]})}, "f": 1, "g": 2, "h": 3}
print(d)

# Chained comparisons and boolean operators keep values on the stack across jumps.
for i in range(-2, 12):
    print(0 <= i < 10 != i * 2 > -1 and (i % 2 == 0 or i % 3 == 0) and not i == 6, end=" ")
print()

# f-strings with many parts and format specs.
for i in range(3):
    print(f"{i}:{i + 1:>3}|{i * 2.5:.2f}|{'x' * i!r}|{[i, i]}|{i:#x}|{-i:+d}|{i}{i}{i}{i}")

# Calls with many arguments in a hot loop (the JIT compiles it).
total = 0
for i in range(300):
    total += f8(i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, f8(i, 1, 2, 3, 4, 5, 6, 7))
print(total)

# Comprehensions and lambdas nested in big expressions.
g = lambda a, b, c: [a + b + c for _ in range(2)]
print([(i, j, g(i, j, i * j), [k for k in (i, j, i + j)]) for i in range(3) for j in range(2)])
print(sum(f8(*[i] * 8) for i in range(10)), max(min(1, 2, 3), min(4, 5), abs(-6)))

# Star arguments and unpacking in displays, which build from the stack.
args = [1, 2, 3, 4]
print(f8(*args, *args), [*args, *t[:3], *args], (*args, 9), {**d, "z": [*args]}["z"])
a, (b, c), *rest, e = 1, (2, 3), 4, 5, 6, 7
print(a, b, c, rest, e)
