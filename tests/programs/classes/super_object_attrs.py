# A super object: attribute assignment refused, `__dict__` and vars() reach the instance's
# dict through the class that gave instances one.
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        s = super()
        try:
            s.x = 1
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            del s.f
        except AttributeError as e:
            print("AttributeError:", e)
        try:
            print(vars(s))
        except TypeError as e:
            print("TypeError:", e)
        print(hasattr(s, "__dict__"))
        return s.f()
print(B().f())
class C:
    __slots__ = ("a",)
class D(C):
    def g(self):
        try:
            return super().__dict__
        except AttributeError as e:
            return "AttributeError: " + str(e)
print(D().g())
class E:
    def __init__(self):
        self.k = 1
    def h(self):
        return vars(super()) if False else "skip"
class F(E):
    def h(self):
        d = super().__dict__
        d["z"] = 2
        return sorted(vars(self).items()), sorted(vars(super()).items())
print(F().h())
class G:
    def h(self):
        try:
            return vars(super())
        except TypeError as e:
            return "TypeError: " + str(e)
print(G().h())
