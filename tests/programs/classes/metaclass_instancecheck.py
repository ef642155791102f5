from abc import ABCMeta, abstractmethod
class M(ABCMeta):
    def __instancecheck__(cls, inst):
        print("ic", cls.__name__)
        return type.__instancecheck__(cls, inst) or type(inst) in getattr(cls, '_reg', ())
    def __subclasscheck__(cls, sub):
        return type.__subclasscheck__(cls, sub)
class Number(metaclass=M):
    __slots__ = ()
    @abstractmethod
    def foo(self): ...
Number._reg = (int,)
print(isinstance(3, Number), isinstance(3.0, Number), issubclass(bool, Number))
try:
    Number()
except TypeError as e:
    print(e)
class Sub(Number):
    def foo(self): return 1
print(isinstance(Sub(), Number), Sub().foo())
class M(ABCMeta):
    pass
class Number(metaclass=M):
    @abstractmethod
    def foo(self): ...
print(Number.__abstractmethods__)
try:
    Number()
except TypeError as e:
    print(e)
