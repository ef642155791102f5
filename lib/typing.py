"""typing for pyjit: enough for annotated programs to run.

Annotations are evaluated when a function or class is defined, so `List[int]`,
`Optional[str]`, `Dict[str, List[int]]`, `Callable[[int], str]` must work and print as
CPython prints them; nothing checks types at run time (as in CPython). `Generic` and
`Protocol` are classes: `class Stack(Generic[T])` makes a generic class, and `Stack[int]`
prints and calls as in CPython. Not here: `NamedTuple`/`TypedDict` class syntax,
`get_type_hints`, `ParamSpec`, `isinstance` against generic aliases, protocol checks.
"""

from types import UnionType as _UnionType

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if obj is None:
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    return repr(obj)


def _params(params):
    return params if isinstance(params, tuple) else (params,)


class _Form:
    """What every typing object supports: `X | Y` makes a `Union`."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _Alias(_Form):
    """A subscripted form (`List[int]`): its origin and arguments, and the arguments it
    prints (`Optional[int]` holds `(int, NoneType)` and shows `int`)."""

    def __init__(self, name, args, shown=None):
        self._name = name
        self.__args__ = args
        self._shown = args if shown is None else shown

    def __repr__(self):
        return "typing.%s[%s]" % (self._name, ", ".join(_type_repr(a) for a in self._shown))

    def __getitem__(self, params):
        return self

    def __eq__(self, other):
        if self._name in ("Union", "Optional") and isinstance(other, (_Alias, _UnionType)):
            if isinstance(other, _UnionType) or other._name in ("Union", "Optional"):
                return set(self.__args__) == set(other.__args__)
        return isinstance(other, _Alias) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))


class _Special(_Form):
    """`List`, `Any`, `Literal`, ...: printable, subscriptable, not instantiable."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        return _Alias(self._name, _params(params))

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing.%s" % self._name)


class _UnionForm(_Special):
    def __getitem__(self, params):
        flat = []
        for p in _params(params):
            p = type(None) if p is None else p
            union = isinstance(p, _UnionType) or isinstance(p, _Alias) and p._name in ("Union", "Optional")
            items = p.__args__ if union else (p,)
            for q in items:
                if q not in flat:
                    flat.append(q)
        if len(flat) == 1:
            return flat[0]
        if len(flat) == 2 and type(None) in flat:
            other = flat[0] if flat[1] is type(None) else flat[1]
            return _Alias("Optional", tuple(flat), (other,))
        return _Alias("Union", tuple(flat))


class _OptionalForm(_Special):
    def __getitem__(self, param):
        return Union[param, None]


class _CallableForm(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        return _Alias("Callable", params)


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
TypeAlias = _Special("TypeAlias")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Annotated = _Special("Annotated")
Union = _UnionForm("Union")
Optional = _OptionalForm("Optional")
Callable = _CallableForm("Callable")
Literal = _Special("Literal")

List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Type = _Special("Type")
DefaultDict = _Special("DefaultDict")
OrderedDict = _Special("OrderedDict")
Counter = _Special("Counter")
Deque = _Special("Deque")
ChainMap = _Special("ChainMap")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Collection = _Special("Collection")
Container = _Special("Container")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
AbstractSet = _Special("AbstractSet")
MutableSet = _Special("MutableSet")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
Reversible = _Special("Reversible")
ItemsView = _Special("ItemsView")
KeysView = _Special("KeysView")
ValuesView = _Special("ValuesView")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterator = _Special("AsyncIterator")
AsyncIterable = _Special("AsyncIterable")
AsyncGenerator = _Special("AsyncGenerator")
SupportsInt = _Special("SupportsInt")
SupportsFloat = _Special("SupportsFloat")
SupportsAbs = _Special("SupportsAbs")
SupportsIndex = _Special("SupportsIndex")
Text = str
AnyStr = _Special("AnyStr")


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


class _GenericAlias(_Form):
    """`Generic[T]`, `Stack[int]`: a user generic class subscripted. As a base it stands
    for its class (`__mro_entries__`); called, it makes an instance of the class."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        return "%s[%s]" % (_type_repr(self.__origin__), ", ".join(_type_repr(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            for b in bases:
                if b is not self and isinstance(b, type) and issubclass(b, Generic):
                    return ()
        return (self.__origin__,)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _params(params))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class Generic:
    """The base of user generic classes: `class Stack(Generic[T])`, then `Stack[int]`."""

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, _params(params))


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def runtime_checkable(cls):
    return cls


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type
