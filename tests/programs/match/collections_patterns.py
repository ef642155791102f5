# Pattern matching on the collections classes: deque/UserList/namedtuple are sequences, the dict-like ones mappings.
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, UserDict, UserList, namedtuple
P = namedtuple("P", "x y")
for v in [deque([1, 2]), OrderedDict(a=1), defaultdict(int, a=5), Counter("aab"), ChainMap({"a": 1}, {"b": 2}),
          UserDict(a=3), UserList([1, 2]), P(1, 2)]:
    match v:
        case {"a": a, **rest}:
            print(type(v).__name__, "mapping", a, dict(rest) if not isinstance(rest, dict) else rest)
        case {}:
            print(type(v).__name__, "empty-ish mapping")
        case [x, y]:
            print(type(v).__name__, "sequence", x, y)
        case _:
            print(type(v).__name__, "other")
match P(3, 4):
    case P(x, y=yy):
        print("namedtuple class pattern", x, yy)
