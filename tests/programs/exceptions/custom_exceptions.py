# User exception classes, args, str(), custom __init__/__str__, hierarchy.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"


class RetryError(AppError):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts


class Silent(AppError):
    def __init__(self):
        pass


e = AppError("one", 2)
print(e.args, str(e), repr(e))
print(str(AppError()), repr(AppError()), AppError("x").args)
c = ConfigError("port", "not a number")
print(c.args, str(c), c.key, repr(c))
r = RetryError(3)
print(r.args, str(r), r.attempts)
s = Silent()
print(s.args, repr(str(s)))

for exc in [ConfigError("a", "b"), RetryError(1), ValueError("v"), Silent()]:
    try:
        raise exc
    except AppError as err:
        print("AppError family:", type(err).__name__, err)
    except Exception as err:
        print("other:", type(err).__name__, err)

print(issubclass(ConfigError, AppError), issubclass(ConfigError, Exception),
      issubclass(AppError, BaseException), isinstance(c, AppError))
print([k.__name__ for k in ConfigError.__mro__])

# builtin hierarchy
checks = [
    (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError),
    (KeyError, LookupError),
    (IndexError, LookupError),
    (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError),
    (FileNotFoundError, OSError),
    (StopIteration, Exception),
    (GeneratorExit, Exception),
    (KeyboardInterrupt, Exception),
    (SystemExit, BaseException),
    (Exception, BaseException),
]
for sub, sup in checks:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))

for fn in [lambda: 1 / 0, lambda: [][1], lambda: {}["k"], lambda: int("z"), lambda: undefined_name]:
    try:
        fn()
    except ArithmeticError as e:
        print("ArithmeticError:", type(e).__name__, e)
    except LookupError as e:
        print("LookupError:", type(e).__name__, e)
    except Exception as e:
        print("Exception:", type(e).__name__, e)

# args of builtin exceptions
print(KeyError("k").args, str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
print(ValueError(1, 2).args, str(ValueError(1, 2)), str(ValueError([1])))
print(repr(IndexError("x")), repr(OSError(2, "No such file")))
err = ValueError("changed")
err.args = ("new", "args")
print(err.args, str(err))
ex = Exception("msg")
ex.note = "extra attribute"
print(ex.note)


class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)


try:
    raise WithDefault
except WithDefault as e:
    print("raised class:", e, e.args)


class Code(Exception):
    code = 500

    def describe(self):
        return f"[{self.code}] {self}"


class NotFound(Code):
    code = 404


try:
    raise NotFound("page missing")
except Code as e:
    print(e.describe())
