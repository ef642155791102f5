# json.loads/load: values, hooks, and CPython's error messages with their positions.
import io
import json

text = '''{"name": "pyjit", "list": [1, -2, 3.5, 1e3, -0.0, 12345678901234567890],
  "esc": "tab\\tnew\\nq\\"b\\\\s\\/ \\u00e9 \\ud83d\\ude00", "t": true, "f": false, "n": null,
  "nested": {"a": [], "b": {}}, "dup": 1, "dup": 2, "special": [NaN, Infinity, -Infinity]}'''
v = json.loads(text)
print(v)
print(v["esc"] == "tab\tnew\nq\"b\\s/ \u00e9 \U0001F600", type(v["list"][5]).__name__)
print(json.loads(text, object_pairs_hook=lambda pairs: [k for k, _ in pairs]))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1, 2.5, 3e2]", parse_int=float, parse_float=str))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda s: "const " + s))
print(json.loads('"a\tb"', strict=False), json.loads("  7 \n"), json.loads('"x"'))
print(json.load(io.StringIO('{"from": "a file"}')))
print(json.JSONDecoder().raw_decode('[1, 2] tail'))
print(json.loads(json.dumps({"round": [1.1, "trip", None, {"k": [True]}]})))

bad = ["", " ", "[1, 2", "[1,]", '{"a": 1,}', '{"a" 1}', '{a: 1}', '{"a": }', '"abc',
       '"\\q"', '"\\u12x4"', '"\\u12"', "nul", "[-]", "1 2", "01", "1.", "[1e]", "\ufeff1",
       '"a\tb"', '"a\nb"', '{"a": [1, {"b": [}]}', "[\n  1,\n  2\n  ,]", "tru", "-", "{", "[",
       '{"a"', '{"a":', '{"a": 1', '["\\', "]"]
for doc in bad:
    try:
        print(repr(doc), json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for doc in [5, None, ["[]"]]:
    try:
        json.loads(doc)
    except TypeError as e:
        print("TypeError", e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError)
for doc in ["[" * 5000, '{"a":' * 5000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)
raise json.JSONDecodeError("Made by hand", "ab\ncd", 4)
