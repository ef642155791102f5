# typing: annotations that subscript typing's forms evaluate and print as in CPython;
# Generic[T] and Protocol serve as base classes; cast, overload, NewType, TypeVar.
from typing import (Any, Callable, Dict, Generic, Iterable, Iterator, List, Optional, Protocol,
                    Set, Tuple, TypeVar, Union, cast, overload, NewType, TYPE_CHECKING, Literal)
from dataclasses import dataclass, field

T = TypeVar("T")
K = TypeVar("K", bound=int)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


def apply(f: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [f(x) for x in xs]


def count(words: List[str]) -> Dict[str, int]:
    d: Dict[str, int] = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


@dataclass
class Inventory:
    items: Dict[str, int] = field(default_factory=dict)
    tags: Set[str] = field(default_factory=set)
    owner: Optional[str] = None


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop(), s.pop(), apply(lambda x: x * 2, range(4)), count(["a", "b", "a"]))
print(Inventory(), cast(int, "x"), TYPE_CHECKING, T, K)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int], Tuple[int, ...])
print(Callable[[int, str], bool], Any, List, Optional[Union[int, str]], Union[int, None], Literal["a", 1])
print(apply.__annotations__)
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__)
try:
    List()
except TypeError as e:
    print("TypeError")
