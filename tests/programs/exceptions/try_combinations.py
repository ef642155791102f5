# try/except/else/finally in all combinations.
def run(label, fail):
    print("--", label, fail)
    try:
        print("body")
        if fail == "value":
            raise ValueError("bad value")
        if fail == "key":
            {}["missing"]
        if fail == "zero":
            1 / 0
    except ValueError as e:
        print("caught ValueError:", e)
    except (KeyError, IndexError) as e:
        print("caught lookup:", type(e).__name__, e)
    else:
        print("else runs when no exception")
    finally:
        print("finally always")


for f in [None, "value", "key"]:
    run("full", f)
try:
    run("full", "zero")
except ZeroDivisionError as e:
    print("outer caught:", e)


def try_finally(fail):
    try:
        if fail:
            raise RuntimeError("boom")
        print("no failure")
    finally:
        print("cleanup", fail)


try_finally(False)
try:
    try_finally(True)
except RuntimeError as e:
    print("propagated:", e)

# try/except/else without finally
for v in ["12", "x"]:
    try:
        n = int(v)
    except ValueError:
        print("not a number:", v)
    else:
        print("number:", n)

# try/except/finally without else
for d in [2, 0]:
    try:
        print(10 // d)
    except ZeroDivisionError:
        print("div by zero")
    finally:
        print("done", d)

# bare except catches everything
try:
    [][0]
except:
    print("bare except")

# handler order: first matching wins
try:
    raise KeyError("k")
except LookupError:
    print("LookupError handler")
except KeyError:
    print("never here")

# exception variable is deleted after the handler
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

# nested try
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer got", e)

# exception raised in except is propagated after finally
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
    finally:
        print("finally after handler raise")


try:
    handler_raises()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

# exception in else
try:
    try:
        pass
    except ValueError:
        print("not this")
    else:
        raise IndexError("from else")
    finally:
        print("finally after else")
except IndexError as e:
    print("caught", e)

# exception in finally replaces the original
try:
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
except ValueError:
    print("not reached")
