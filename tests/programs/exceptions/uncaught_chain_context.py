# Uncaught exception raised while handling another: both tracebacks are printed.
def load(d, key):
    return d[key]


def lookup(d, key):
    try:
        return load(d, key)
    except KeyError:
        return fallback(key)


def fallback(key):
    print("falling back for", key)
    return int(key)


print(lookup({"1": 1}, "1"))
print(lookup({}, "x"))
