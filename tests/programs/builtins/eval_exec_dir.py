# eval/exec with the caller's namespaces or explicit dicts, dir() of classes, instances, modules, frames.
x = 10
print(eval("x * 2 + 1"), eval("[i*i for i in range(3)]"), eval("  len('abc')"))
def f(a):
    b = a + 1
    return eval("a + b"), eval("b", {"b": 100}), eval("b", {}, {"b": 7})
print(f(1))
exec("y = x + 5\ndef g(n):\n    return n * y\n")
print(y, g(2))
ns = {}
exec("z = 3\nw = z * z", ns)
print(ns["z"], ns["w"], "__builtins__" in ns)
g2 = {"v": 2}
print(eval("v ** 10", g2))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)
class C:
    a = 1
    def m(self): pass
print([n for n in dir(C) if not n.startswith("__")], "__init__" in dir(C))
c = C(); c.z = 1
print([n for n in dir(c) if not n.startswith("_")])
import math
print("sqrt" in dir(math), isinstance("s", (bytes, str)), isinstance(1, bytes))
def h():
    q = 1
    return dir()
print(h())
print(dir(C)[:5])
print(dir(object) == sorted(dir(object)), len(dir(object)))
exec("for i in range(2): print('exec loop', i)")
print(eval("(lambda q: q * 3)(4)"))
