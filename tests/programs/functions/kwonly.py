# Keyword-only parameters.
def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"


print(connect("a.com"), connect("b.com", port=8080), connect("c.com", secure=True, port=443))
def log(*messages, level="INFO", sep=" "):
    return f"[{level}] " + sep.join(messages)
print(log("starting"), log("a", "b", level="WARN"), log("x", "y", sep="/"))
def required_kw(a, *, b, c=3):
    return a + b + c
print(required_kw(1, b=2), required_kw(1, c=10, b=20))
def everything(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(everything(1, c=3))
print(everything(1, 20, 30, 40, c=3, e=5, d=0))
