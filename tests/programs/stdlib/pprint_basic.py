import pprint
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList
from types import SimpleNamespace
from dataclasses import dataclass, field

data = {
    "name": "pyjit",
    "version": (3, 11, 0),
    "modules": ["contextlib", "pprint", "keyword", "queue", "warnings", "argparse"],
    "nested": {"a": [1, 2, 3, {"deep": [4, 5, 6] * 5}], "b": {"x": 1.5, "y": None}},
    "flags": {True, False},
    "empty": [[], {}, (), set(), frozenset(), ""],
    10: "int key",
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint(list(range(40)), width=30)
pprint.pprint([list(range(10)), list(range(12))], compact=True, width=20)
print(pprint.pformat((1,)), pprint.pformat(("a" * 50,), width=20))
print(pprint.pformat([("x" * 30, "y" * 30)], width=30))

text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint({"key": text, "lines": "first line\nsecond line is a bit longer\n" * 3}, width=50)
pprint.pprint([text], width=40)
pprint.pprint("short")
pprint.pprint("no-spaces-at-all-" * 8, width=30)

r = [1, 2]
r.append(r)
d = {"self": None}
d["self"] = d
print(pprint.pformat(r).split(" with id=")[0])
print(pprint.pformat(d, width=10).split(" with id=")[0])
print(pprint.saferepr(r).split(" with id=")[0])
print(pprint.isrecursive(r), pprint.isrecursive([1, [2]]), pprint.isreadable(r))
print(pprint.isreadable([1, "a", None, 2.5]), pprint.isreadable([object]), pprint.isreadable({}))
print(pprint.saferepr({"b": 1, "a": [3, 2, {"z": 0, "y": 1}]}))
print(pprint.saferepr(12345678), pprint.pformat(12345678, underscore_numbers=True))
print(pprint.pformat([10**10, 2**70], underscore_numbers=True))

od = OrderedDict((k, list(range(k))) for k in range(1, 9))
pprint.pprint(od, width=40)
dd = defaultdict(list, {"a": list(range(20)), "b": [1]})
pprint.pprint(dd, width=40)
pprint.pprint(Counter("abracadabra" * 3), width=20)
pprint.pprint(ChainMap({"a": list(range(15))}, {"b": list(range(15))}), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=35), width=40)
pprint.pprint(UserDict({"k": list(range(30))}), width=40)
pprint.pprint(UserList(list(range(30))), width=40)
pprint.pprint([OrderedDict(), defaultdict(int), Counter(), deque()])
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta="b" * 30, gamma={"g": 1}), width=40)
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint({frozenset({1, 2}), frozenset({3})}, width=10)
pprint.pprint(set(range(30, 0, -1)), width=40)


@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)


pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint([Point(2)], width=40)

p = pprint.PrettyPrinter(indent=2, width=30)
print(p.pformat({"abc": [1, 2, 3] * 4}))
p.pprint([{"k": "v" * 40}])
print(p.isreadable([1]), p.isrecursive([1]), p.format([1, 2], {}, 0, 0))


class Custom:
    def __repr__(self):
        return "Custom(" + "x" * 50 + ")"


pprint.pprint([Custom(), Custom()])
print(pprint.isreadable(Custom()))
mixed = {1: "a", "b": 2, 2.5: "c", None: 0, (1, 2): 3}
try:
    pprint.pprint(mixed)
except TypeError as e:
    print("TypeError", e)
pprint.pprint({3: 1, 1: 2, 2: 3}, width=5)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
import io
s = io.StringIO()
pprint.pprint({"to": "stream"}, stream=s)
print(repr(s.getvalue()))
pprint.pprint([[[[["deep"]]]]], depth=3)
pprint.pprint(((((("deep",),),),),), depth=3)
pprint.pprint([{"a": {"b": {}}}], depth=2)
