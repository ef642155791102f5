# An attribute written as a keyword argument.
def f(**kw):
    return kw
class A:
    b = 0
a = A()
print(f(a.b = 1))
