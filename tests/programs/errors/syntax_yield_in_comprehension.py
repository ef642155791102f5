# yield inside a list comprehension (allowed before 3.8, a SyntaxError since).
def g(xs):
    return [(yield x) for x in xs]
