# Method calls with one argument on builtin objects (`obj.m(x)`), including the ones that
# are not `append`/`add`, errors raised by them, and finalizers
# of objects freed by the call.


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def run():
    d = {"a": 1}
    s = {1, 2, 3}
    xs = [1, 2, 2, 3]
    out = []
    for i in range(4):
        out.append(d.get("a"))
        out.append(d.get(i))
        s.discard(i)
        out.append(xs.count(2))
        out.append("abc".startswith("ab"))
        out.append(xs.index(3))
    print(out, s)

    # Unbound methods called on the wrong receiver.
    try:
        list.append((1,), 2)
    except TypeError as e:
        print("TypeError", e)

    fs = frozenset({1})
    try:
        fs.add(2)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        xs.remove(99)
    except ValueError as e:
        print("ValueError", e)
    try:
        {}.get()
    except TypeError as e:
        print("TypeError", e)
    t = (1, 2)
    try:
        t.append(3)
    except AttributeError as e:
        print("AttributeError", e)

    # The receiver is the only reference to an object: it is freed (and finalized)
    # when the call returns, before the next statement.
    holder = [Tracked("popped")]
    holder.pop(0)
    print("after pop")
    st = {1}
    st.discard(1)
    st.add(2)
    keep = []
    keep.append(Tracked("kept"))
    keep.clear()
    print("after clear")

    # Equal keys of other types: the first stored stays.
    eq = set()
    eq.add(1)
    eq.add(1.0)
    eq.add(True)
    print(eq, [type(x).__name__ for x in eq])

    # The method object taken off the builtin: bound, then called.
    app = xs.append
    app(7)
    print(xs)
    return s


print(run())
