# del of a literal inside a tuple of targets.
def f():
    del (a, 1)
