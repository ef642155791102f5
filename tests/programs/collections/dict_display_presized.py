# A dict display is presized as CPython presizes it, so mutating it while an iterator is
# open meets "dictionary keys changed during iteration" (or not) where CPython does.
for n in range(3, 14):
    for extra in range(1, 5):
        d = eval("{" + ", ".join("%d: %d" % (i, i) for i in range(n)) + "}")
        it = iter(d)
        next(it)
        for j in range(extra):
            d.pop(j, None)
            d[100 + j] = j
        try:
            print(n, extra, list(it))
        except RuntimeError as e:
            print(n, extra, "RuntimeError:", e)
