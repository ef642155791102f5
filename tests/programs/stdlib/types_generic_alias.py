# PEP 585 (list[int]) and PEP 604 (int | None): types.GenericAlias and types.UnionType.
import types
import typing
from typing import List, Optional, Union


def show(label, f):
    try:
        print(label, f())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


# Generic aliases of the builtin classes.
for t in (list, dict, tuple, set, frozenset, type):
    print(repr(t[int]), type(t[int]).__name__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], list[list[float]])
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, type(a), type(a) is types.GenericAlias)
print(a([3, 1, 2]), dict[str, int](x=1), a(), set[int]((1, 2)) == {1, 2})
print(a == list[int], a != list[str], hash(a) == hash(list[int]), a == List[int], a == list)
print(list[int].append, list[int].__name__, str(dict[str, int]))
show("int[str]", lambda: int[str])
show("str[int]", lambda: str[int])
show("object[int]", lambda: object[int])
show("list[int][str]", lambda: list[int][str])
show("isinstance", lambda: isinstance([], list[int]))
show("issubclass", lambda: issubclass(list, list[int]))
show("attr", lambda: list[int].nope)


# Unions.
u = int | None
print(u, repr(u), type(u).__name__, type(u) is types.UnionType, u.__args__)
print(int | str | None, (int | str) | (float | None), int | int, int | None | int)
print(int | list[int], list[int] | None, None | dict[str, int], None | int)
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | float))
print(isinstance(3, int | str), isinstance("x", int | str), isinstance(2.5, int | str))
print(isinstance(None, int | None), isinstance(3, (float, int | str)), issubclass(bool, int | str))
print(isinstance(1, int | list[int]))
show("isinstance generic in union", lambda: isinstance("s", int | list[int]))
show("int | 'str'", lambda: int | "str")
show("int | 3", lambda: int | 3)
show("None | None", lambda: None | None)
show("union[int]", lambda: (int | str)[int])


class Node:
    pass


print(Node | None, list[Node], dict[str, Node | None], Node | Node)

# With the typing forms.
print(Optional[int] == (int | None), (int | None) == Optional[int], Union[int, None] == Optional[int])
print(Union[int | None, str], int | List[int], List[int] | None, Optional[int | str])
print(typing.Dict[str, list[int]], Optional[list[int]])


# A class's own __class_getitem__ (implicitly a classmethod).
class Box:
    def __class_getitem__(cls, item):
        return types.GenericAlias(cls, item)

    def __init__(self, v=None):
        self.v = v


b = Box[int]
print(b, b.__origin__ is Box, b(5).v, Box[int, str], Box[int] == Box[int])


class Registry:
    @classmethod
    def __class_getitem__(cls, key):
        return cls.__name__ + ":" + str(key)


print(Registry["a"], Registry[1, 2])


class IntBox(Box[int]):
    pass


print(IntBox.__bases__, IntBox(3).v)


# Annotations written with the builtin forms.
def f(xs: list[int], m: dict[str, list[int]] | None = None) -> tuple[int, ...]:
    return tuple(xs)


print(f.__annotations__)
print(f([1, 2]))


class Point:
    x: int
    y: float | None
    tags: set[str]


print(Point.__annotations__)
