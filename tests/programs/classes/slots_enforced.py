# __slots__ restricts instance attributes when every class in the MRO declares it.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
p.x = 5
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = "z"
q = Q(1, 2)
q.z = 3
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)
class R(P):
    pass
r = R(1, 2)
r.anything = 1
print(p.x, q.z, r.anything)
class S:
    __slots__ = ["__secret", "__dict__"]
    def __init__(self):
        self.__secret = 1
        self.other = 2
print(S().other)
class T:
    __slots__ = ("__hidden",)
    def __init__(self):
        self.__hidden = 5
    def get(self):
        return self.__hidden
print(T().get())
