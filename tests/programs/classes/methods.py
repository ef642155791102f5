# Methods, bound methods, staticmethod, classmethod, callable.
class Temperature:
    scale = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    def to_f(self):
        return self.degrees * 9 / 5 + 32

    @staticmethod
    def valid(d):
        return d >= -273.15

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


t = Temperature(100)
print(t.to_f())
m = t.to_f
print(m(), m.__self__ is t, m.__func__ is Temperature.to_f)
print(Temperature.to_f(t))
print(Temperature.valid(-300), t.valid(0))
t2 = Temperature.from_f(212)
print(type(t2).__name__, t2.degrees)
print(Temperature.describe(), t.describe())


class Kelvin(Temperature):
    scale = "K"


k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees, Kelvin.describe())
print(callable(t), callable(t.to_f), callable(Temperature), callable(len), callable(3), callable(None))


class WithCall:
    def __call__(self, x):
        return x * 2


print(callable(WithCall()), WithCall()(21))

# functions stored on instances are not bound
def free(x):
    return x + 1


t.fn = free
print(t.fn(1))

# methods are looked up on the class at call time
def new_to_f(self):
    return "patched"


Temperature.to_f = new_to_f
print(t.to_f(), k.to_f())


class Chain:
    def __init__(self):
        self.ops = []

    def add(self, x):
        self.ops.append(("add", x))
        return self

    def mul(self, x):
        self.ops.append(("mul", x))
        return self


print(Chain().add(1).mul(2).add(3).ops)

# staticmethod/classmethod objects
sm = Temperature.__dict__["valid"]
cm = Temperature.__dict__["from_f"]
print(type(sm).__name__, type(cm).__name__)
print(isinstance(sm, staticmethod), isinstance(cm, classmethod))
