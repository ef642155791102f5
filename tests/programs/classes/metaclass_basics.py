# A metaclass derived from type: __new__/__init__ with class keywords, and the class operators (len, iter, in, [], repr, setattr, a property and methods) it defines.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = [k for k in ns if not k.startswith('_')]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, x):
        return x in cls._members
    def __getitem__(cls, k):
        return getattr(cls, k)
    def __repr__(cls):
        return "<meta %s>" % cls.__name__
    def __setattr__(cls, k, v):
        if k in cls.__dict__.get('_members', ()):
            raise AttributeError("nope " + k)
        super().__setattr__(k, v)
    @property
    def count(cls):
        return len(cls._members)
    def hello(cls):
        return "hello " + cls.__name__

class A(metaclass=Meta):
    x = 1
    y = 2
    def m(self): return 5

class B(A, flag=True):
    z = 3
    @classmethod
    def __init_subclass__(cls, **kw): pass

print(type(A), type(B), A, B, repr(A), str(A), len(A), list(A), 'x' in A, 'q' in A, A['y'], A.count, A.hello(), isinstance(A, Meta), isinstance(A, type), A().m(), type(A()))
try:
    A.x = 5
except AttributeError as e: print(e)
A.w = 7
print(A.w, A.__class__, list(reversed(B)) if hasattr(Meta, '__reversed__') else None)
print(type.__new__(Meta, 'C', (), {'q': 1}), issubclass(Meta, type), Meta.__mro__)
class Plain: pass
print(type(Plain), Plain)


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name, bases)
        return {"injected": 42}


class Base(metaclass=Registry):
    def hello(self):
        return "hi from " + type(self).__name__ + " " + str(self.injected)


class Child(Base):
    pass


print(Registry.classes, Child().hello(), type(Child) is Registry, Child.__class__)


class Other(type):
    pass


try:
    class Mixed(Base, metaclass=Other):
        pass
except TypeError as e:
    print("TypeError", e)


class Sub(Registry):
    pass


class Derived(Child, metaclass=Sub):
    pass


print(type(Derived).__name__, Registry.classes)

