# super(type, obj) checks obj against type (CPython's supercheck), also for the zero-argument
# form reached through a method called on an instance of another class.


class A:
    def who(self):
        return "A.who"


class B(A):
    def who(self):
        return "B>" + super().who()

    @classmethod
    def make(cls):
        return super().__new__(cls)


class Other:
    pass


print(B().who())
print(B.who(B()))
for obj in (A(), Other(), 3):
    try:
        print(B.who(obj))
    except TypeError as e:
        print("TypeError:", e)
print(type(B.make()).__name__)
print(super(B, B()).who())
print(super(B, B).who(B()))
for args in ((3, B()), (B, A()), (B, A), (B, 5)):
    try:
        print(super(*args).who)
    except TypeError as e:
        print("TypeError:", e)
