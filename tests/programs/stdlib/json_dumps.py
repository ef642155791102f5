# json.dumps/dump: every option, the key conversions, escapes, floats, errors, encoders.
import io
import json
from collections import Counter, OrderedDict, namedtuple

doc = {"name": "pyjit", "tags": ["jit", "tracing"], "version": (0, 19), "ok": True,
       "none": None, "ratio": 2.5, "big": 2 ** 70, "neg": -0.0, "tiny": 1e-7, "nested": {"a": [], "b": {}}}
print(json.dumps(doc))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps({"a": 1}, indent=-1))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({(1, 2): "tuple", "k": 1}, skipkeys=True))
print(json.dumps("é ü ß € 😀 \u2028 \x7f \x01 \n \t \" \\ /"))
print(json.dumps("é ü ß € 😀 \u2028 \x7f \x01 \n \t \" \\ /", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan"), 0.1, 1e300, 123456789012345678.0]))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(Counter("abca")))
P = namedtuple("P", "x y")
print(json.dumps(P(1, [2, 3])), json.dumps({"p": P(0, 0)}, indent=1))
print(json.dumps({3, 1}, default=sorted), json.dumps(object(), default=lambda o: "obj"))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 2, 1}}, cls=Enc), Enc(indent=1).encode([{4}]))
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, indent=1, sort_keys=True)
print(repr(buf.getvalue()))

circ = []
circ.append(circ)
d = {}
d["self"] = d
checks = [
    lambda: json.dumps(float("nan"), allow_nan=False),
    lambda: json.dumps([float("inf")], allow_nan=False, indent=1),
    lambda: json.dumps({(1, 2): 3}),
    lambda: json.dumps({1, 2}),
    lambda: json.dumps(object()),
    lambda: json.dumps(circ),
    lambda: json.dumps(d),
    lambda: json.dumps(circ, check_circular=False),
    lambda: json.dumps({"s": {1}}, cls=json.JSONEncoder),
    lambda: json.dumps({1: 1, "a": 2}, sort_keys=True),
]
for check in checks:
    try:
        print(check())
    except (TypeError, ValueError, RecursionError) as e:
        print(type(e).__name__, e)
