# Assorted exception semantics: sys.exc_info, finally+continue, messages of builtin errors.
import sys
def f():
    try:
        raise ValueError("x")
    except ValueError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
    print(sys.exc_info())
f()
for i in range(3):
    try:
        if i == 1:
            raise KeyError(i)
    except KeyError:
        continue
    finally:
        print("fin", i)
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise
except ValueError as e2:
    print(e2 is not None, type(e2).__name__)
e = Exception("x", 1)
print(e.args, str(e), repr(e), bool(e))
class MyErr(Exception):
    def __repr__(self):
        return "MyErr!"
print(repr(MyErr()), str(MyErr("m")))
try:
    raise MyErr("custom")
except Exception as ex:
    print(f"{ex!r} {ex}")
def nested():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError:
        print("caught TypeError")
        return "r"
    finally:
        print("outer finally")
print(nested())
try:
    {}.pop("x")
except KeyError as k:
    print("KeyError", k, k.args)
try:
    [].pop()
except IndexError as k:
    print("IndexError", k)
try:
    int("1.5")
except ValueError as v:
    print(v)
try:
    None.foo
except AttributeError as a:
    print(a)
try:
    "a" + 1
except TypeError as t:
    print(t)
try:
    len(5)
except TypeError as t:
    print(t)
try:
    f(1, 2)
except TypeError as t:
    print(t)
try:
    raise Exception
except Exception as ee:
    print(repr(ee), ee.args)
print(isinstance(StopIteration(), Exception), issubclass(StopIteration, BaseException))
try:
    x = 1
    del x
    print(x)
except NameError as n:
    print(n)
def uf():
    print(y)
    y = 1
try:
    uf()
except UnboundLocalError as u:
    print(u)
err = None
try:
    1 / 0
except ZeroDivisionError as err2:
    err = err2
print(type(err).__name__, err)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__))
def gen_exc():
    try:
        yield 1
    except ValueError:
        print("gen caught ValueError")
        yield 2
g = gen_exc()
next(g)
print(g.throw(ValueError("v")))
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v)
        return isinstance(v, KeyError)
with CM():
    raise KeyError("k")
print("after")
try:
    with CM():
        raise ValueError("v")
except ValueError:
    print("propagated")
print(ZeroDivisionError.__mro__)
print(BaseException.__subclasses__ if False else "ok")
try:
    raise ExceptionGroup if False else OSError(13, "Permission denied", "file.txt")
except OSError as o:
    print(type(o).__name__, o, o.errno, o.strerror, o.filename)
