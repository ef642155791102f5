# raise X from Y, bare raise, __cause__/__context__/__suppress_context__.
class ParseError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e


try:
    parse("abc")
except ParseError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppress:", e.__suppress_context__)
    print("context is cause:", e.__context__ is e.__cause__)


def no_context():
    try:
        {}["x"]
    except KeyError:
        raise ValueError("clean") from None


try:
    no_context()
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")


try:
    implicit()
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)


def implicit_builtin():
    try:
        [][0]
    except IndexError:
        {}["key"]


try:
    implicit_builtin()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))


def reraise():
    try:
        raise ValueError("again")
    except ValueError:
        print("logging and re-raising")
        raise


try:
    reraise()
except ValueError as e:
    print("re-raised:", e)


def reraise_other_exc():
    try:
        raise TypeError("t")
    except TypeError as e:
        saved = e
    try:
        raise ValueError("v")
    except ValueError:
        pass
    raise saved


try:
    reraise_other_exc()
except TypeError as e:
    print("raised saved:", e)

# raise from a class
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(repr(e.__cause__))

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# raise a non-exception
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)

# exception state inside nested handler
try:
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise KeyError("nested")
        except KeyError as k:
            print("nested context:", repr(k.__context__))
        raise
except ValueError as v:
    print("outer got", repr(v), repr(v.__context__))

# setting __cause__ by hand
e = RuntimeError("manual")
e.__cause__ = ValueError("cause")
print(repr(e.__cause__), e.__suppress_context__)
