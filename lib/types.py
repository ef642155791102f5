"""types for pyjit: the classes of builtin objects that have no builtin name, and the two
kinds of objects the builtin annotation forms make.

`list[int]` (PEP 585) is a `GenericAlias` and `int | None` (PEP 604) a `UnionType`. The
runtime builds them by calling `_subscript` and `_union` here (ops/subscript.rs and
ops/arith.rs): they are rare, printed and compared, never on a hot path, so Python is the
place for them. Both print and compare as CPython's C implementations do.
"""

NoneType = type(None)
FunctionType = type(lambda: None)
LambdaType = FunctionType
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
import sys as _sys

ModuleType = type(_sys)
del _sys
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _gen():
    yield


GeneratorType = type(_gen())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C, _gen


class SimpleNamespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
        return "namespace(" + ", ".join(items) + ")"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def _type_repr(obj):
    """How an argument prints inside `list[...]` and `... | ...` (CPython's
    `_Py_typing_type_repr`)."""
    if obj is ...:
        return "..."
    if obj is NoneType:
        return "None"
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    return repr(obj)


# Attributes a GenericAlias answers itself; any other is its origin's (`list[int].append`).
_OWN = ("__origin__", "__args__", "__parameters__", "__unpacked__", "__mro_entries__")


class GenericAlias:
    """`list[int]`: the origin class and the arguments; calling it calls the origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__") and name in _OWN:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __repr__(self):
        if not self.__args__:
            args = "()"
        else:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + "[" + args + "]"

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except Exception:
            pass
        return obj

    def __getitem__(self, params):
        raise TypeError(repr(self) + " is not a generic class")

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")


class UnionType:
    """`int | None`: the flattened, deduplicated arguments, in order."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __getitem__(self, params):
        raise TypeError(repr(self) + " is not a generic class")

    def __instancecheck__(self, obj):
        # In order, as for a tuple: `isinstance(1, int | list[int])` is True.
        for a in self.__args__:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union(a, b):
    """`a | b` for two unionable operands (`type.__or__`); NotImplemented otherwise, so the
    other operand's `__ror__` (a typing form's) or the TypeError comes next."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        for y in x.__args__ if isinstance(x, UnionType) else (x,):
            y = NoneType if y is None else y
            if y not in args:
                args.append(y)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


# The builtin classes that are generic (`int[str]` is a TypeError, as in CPython).
_GENERIC_BUILTINS = (list, dict, tuple, set, frozenset, type)


def _subscript(cls, params):
    """`cls[params]` for a class with no metaclass `__getitem__`: a generic builtin gives
    a GenericAlias, a class with `__class_getitem__` calls it."""
    if cls in _GENERIC_BUILTINS:
        return GenericAlias(cls, params)
    try:
        hook = cls.__class_getitem__
    except AttributeError:
        raise TypeError("type '%s' is not subscriptable" % cls.__name__) from None
    return hook(params)
