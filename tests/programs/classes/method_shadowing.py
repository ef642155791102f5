# An instance attribute shadows a method of its class — whenever it appears, however it is
# set — even at a call site the interpreter has already specialized for the method.
class A:
    def f(self):
        return "method"

    def g(self):
        return "g"


def call_f(objs):
    return [o.f() if callable(o.f) else o.f for o in objs]


a1, a2, a3 = A(), A(), A()
print(call_f([a1, a2, a3] * 2))
a2.f = lambda: "instance lambda"
print(call_f([a1, a2, a3] * 2))
setattr(a3, "f", lambda: "setattr lambda")
print(call_f([a1, a2, a3]))
del a2.f
print(call_f([a1, a2, a3]))


class B:
    def f(self):
        return "B.f"


b1, b2 = B(), B()
print(call_f([b1, b2, b1]))
b2.__dict__["f"] = lambda: "via __dict__"
print(call_f([b1, b2, b1]))


class C:
    def f(self):
        return "C.f"


c1, c2 = C(), C()
print(call_f([c1, c2]))
vars(c2)["f"] = lambda: "via vars"
print(call_f([c1, c2]))


class D:
    pass


d = D()
d.f = 1
D.f = lambda self: "late method"
print(call_f([d, D()]), D().f(), d.f)


class E(Exception):
    def add_note(self, note):
        return "own add_note " + note


e = E()
print(e.add_note("x"))
for i in range(3):
    print(A().g(), a1.g())
