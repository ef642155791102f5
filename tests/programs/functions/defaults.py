# Default argument values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", "Yo", "?"), greet("Di", punct="."))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=5), power(2, -1))
def make_range(stop, start=0, step=1):
    out = []
    i = start
    while i < stop:
        out.append(i)
        i += step
    return out
print(make_range(5), make_range(10, 2, 3), make_range(step=4, stop=17))
def f(a, b=None, c=[]):
    if b is None:
        b = a * 2
    return a, b, len(c)
print(f(1), f(1, 0), f(1, b=5, c=[1, 2]))
