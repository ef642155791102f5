# `nonlocal a` where the enclosing function declares `a` global: no binding (a compile-time
# SyntaxError, before anything runs).
def outer():
    a = 1
    def mid():
        global a
        def inner():
            nonlocal a
            a = 2
        inner()
    mid()
print("x")
