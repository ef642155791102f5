# An exception raised deep inside a natively run recursion and not caught: the traceback
# has every frame, as the interpreter (which the native code hands the call back to) makes it.


def walk(n, d):
    if n == 0:
        return 7 % d
    return walk(n - 1, d) * 2


print(walk(5, 4))
print(walk(5, 0))
