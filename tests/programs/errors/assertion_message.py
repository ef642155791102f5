# A failing assert with a message, inside a function.
def check(values):
    for v in values:
        assert v >= 0, f"negative value: {v}"
        print("ok", v)


check([1, 0, 5, -2, 3])
