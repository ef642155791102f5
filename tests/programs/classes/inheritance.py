# Single and multiple inheritance, C3 MRO, super().
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, a kind of " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" (age {self.age})"


p = Puppy("Rex", 1)
print(p.speak())
print(p.kind())
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(isinstance(p, Animal), isinstance(p, (int, Dog)), isinstance(3, (str, Animal)))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, (int, Animal)))
print(issubclass(Puppy, object), issubclass(bool, int), issubclass(int, (str, float)))


# diamond
class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.mro() == list(D.__mro__))


# more complex C3
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class Cc(Dd, F): pass
class Bb(Dd, E): pass
class Aa(Bb, Cc, E): pass


print([k.__name__ for k in Aa.__mro__])

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


# cooperative __init__ through a diamond
class Base:
    def __init__(self, **kw):
        print("Base.__init__", sorted(kw))
        self.base_done = True


class Left(Base):
    def __init__(self, left=0, **kw):
        print("Left.__init__", left)
        self.left = left
        super().__init__(**kw)


class Right(Base):
    def __init__(self, right=0, **kw):
        print("Right.__init__", right)
        self.right = right
        super().__init__(**kw)


class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)


b = Bottom(left=1, right=2)
print(b.left, b.right, b.base_done)
print(sorted(vars(b).items()))


# explicit two-arg super
class X:
    def f(self):
        return "X.f"


class Y(X):
    def f(self):
        return "Y.f+" + super(Y, self).f()


print(Y().f())


# super() in classmethod
class P:
    @classmethod
    def make(cls):
        return "P.make for " + cls.__name__


class Q(P):
    @classmethod
    def make(cls):
        return "Q->" + super().make()


print(Q.make())


# method resolution through several levels, attribute override
class L1:
    x = 1
    def get(self):
        return self.x


class L2(L1):
    pass


class L3(L2):
    x = 3


print(L2().get(), L3().get())
print(type(L3()).__mro__[1].__name__)
