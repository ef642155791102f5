# `xs.append(x)` and `s.add(x)` (the interpreter moves the argument straight in), next to
# the calls that must take the generic path.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return 7

    def __eq__(self, other):
        return isinstance(other, Noisy) and self.name == other.name

    def __repr__(self):
        return "Noisy(%s)" % self.name


class Bad:
    def __hash__(self):
        raise ValueError("no hash for you")


xs = []
alias = xs
for i in range(5):
    xs.append(i * i)
    xs.append(xs)  # the list itself
print(len(alias), alias[:3], alias[1] is xs)
s = set()
for i in range(10):
    s.add(i % 4)
    s.add(str(i % 3))
print(sorted(s, key=str))
s.add(Noisy("a"))
s.add(Noisy("a"))
s.add(Noisy("b"))
print(len(s))
list.append(xs, "unbound")
set.add(s, "unbound")
print(xs[-1], "unbound" in s)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)
try:
    s.add(Bad())
except ValueError as e:
    print("ValueError", e)
try:
    list.append(s, 1)
except TypeError as e:
    print("TypeError", e)
try:
    xs.append()
except TypeError as e:
    print("TypeError", e)
try:
    xs.append(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    frozenset().add(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    s.add(1, 2)
except TypeError as e:
    print("TypeError", e)
print(len(s), len(xs))
