# typing.Generic as a real class: Stack[int] prints and calls as in CPython, with TypeVars.
from typing import Generic, Protocol, TypeVar, Optional

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Generic[T], Stack[int], Pair[str, int], Pair[str, list[int]], Stack[T])
s = Stack[int]()
s.push(3)
print(type(s).__name__, s.pop(), s.pop(), Stack.__bases__, issubclass(Stack, Generic))
print(isinstance(s, Stack), isinstance(s, Generic), Stack[int] == Stack[int], Stack[int] == Stack[str])
print(Stack[int].__origin__ is Stack, Stack[int].__args__, Pair[K, V].__parameters__)


class IntStack(Stack[int]):
    pass


class Both(Stack[T], Pair[T, T]):
    pass


print(IntStack.__bases__, IntStack.__mro__, Both.__mro__)


class Closer(Protocol):
    def close(self) -> None: ...


class File(Closer):
    def close(self):
        return "closed"


print(File().close(), issubclass(File, Generic))
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print("TypeError", e)
