from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Meta(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, int) and inst > 10
    def __subclasscheck__(cls, sub):
        return sub is float or type.__subclasscheck__(cls, sub)
class Big(metaclass=Meta):
    pass
print(isinstance(5, Big), isinstance(50, Big), isinstance(Big(), Big), issubclass(float, Big), issubclass(int, Big))
print(type.__instancecheck__(Big, 50), type.__subclasscheck__(Big, Big))
Shape.register(tuple)
print(isinstance((1,), Shape), issubclass(tuple, Shape), isinstance([], Shape))
@Shape.register
class Other:
    pass
print(Other.__name__, isinstance(Other(), Shape), issubclass(Other, (int, Shape)))
class Circle(Shape):
    def area(self): return 3
print(isinstance(Circle(), Shape))
try:
    Circle.register(Shape)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError", e)
