# **kwargs collects extra keyword arguments into a dict (in call order).
def show(**kw):
    return kw


print(show(), show(a=1), show(b=2, a=1, c=3))
def tagged(tag, *args, **attrs):
    parts = [tag]
    for k, v in attrs.items():
        parts.append(f'{k}="{v}"')
    body = " ".join(args)
    return "<" + " ".join(parts) + ">" + body + "</" + tag + ">"
print(tagged("p", "hello", "world", id="x", cls="big"))
print(tagged("br"))
opts = {"sep": "|", "end": "<\n"}
print("a", "b", **opts)
def merge(a, b, **rest):
    return a + b, sorted(rest.items())
print(merge(1, 2, z=26, y=25), merge(**{"a": 10, "b": 20, "c": 30}))
def apply(func, *args, **kwargs):
    return func(*args, **kwargs)
print(apply(max, 3, 7, 5), apply(sorted, [3, 1, 2], reverse=True), apply(show, k="v"))
