"""enum for pyjit: Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique.

Written for pyjit's runtime rather than copied from CPython's (which leans on
`__prepare__` namespaces, `__set_name__` tricks and subclassing `int`), but printing,
comparing and failing as CPython 3.11 does. `EnumType` is a real metaclass, so `len(Color)`,
`list(Color)`, `Color['RED']`, `x in Color` and `repr(Color)` are its methods.

pyjit cannot subclass builtin types, so `IntEnum`/`IntFlag`/`StrEnum` members are not
`int`/`str` instances (`isinstance(Num.ONE, int)` is False): they forward comparisons,
hashing, arithmetic and formatting to their value instead.

A member's `__init__` runs once, when the class is made (it is kept as `_init_member_`:
calling `Color(1)` looks a member up through `Enum.__new__`, and pyjit would otherwise call
`__init__` again, as CPython's `EnumType.__call__` does not).
"""

from types import FunctionType as _FunctionType

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "auto", "unique", "property",
]

_builtin_property = property


class _NotGiven:
    def __repr__(self):
        return "<not given>"


_not_given = _NotGiven()
_auto_null = _NotGiven()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, _builtin_property, classmethod, staticmethod)):
        return True
    t = type(obj)
    return hasattr(t, "__get__") or hasattr(t, "__set__") or hasattr(t, "__delete__")


class auto:
    """Stands for the next value `_generate_next_value_` gives."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class property:
    """`name` and `value` of members: read-only, with CPython's messages."""

    def __init__(self, fget, name, clsname):
        self.fget = fget
        self.name = name
        self.clsname = clsname

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


class _MappingProxy:
    """`Color.__members__`: a read-only view printing as CPython's mappingproxy."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._mapping
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


_enum_ready = False


class EnumType(type):
    """The metaclass of enumerations: turns the class body's plain attributes into
    members, and makes the class iterable, sized and subscriptable by name."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        first_enum = None
        for base in bases:
            if isinstance(base, EnumType):
                first_enum = base
                if base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop("_ignore_", None)
        # The members: plain attributes of the body, in definition order.
        gnv = classdict.get("_generate_next_value_")
        if gnv is None and first_enum is not None:
            gnv = first_enum._generate_next_value_
        if isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        members = []
        for key, value in list(classdict.items()):
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or key in ignore:
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(members), [v for k, v in members])
                value = value.value
            members.append((key, value))
            del classdict[key]
        init = classdict.pop("__init__", None)
        new = classdict.pop("__new__", None)
        if _enum_ready:
            if init is not None:
                classdict["_init_member_"] = init
            if new is not None:
                classdict["_new_member_"] = new
        else:
            if init is not None:
                classdict["__init__"] = init
            if new is not None:
                classdict["__new__"] = new
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        is_flag = _enum_ready and issubclass(enum_class, Flag)
        mask = 0
        for name, value in members:
            args = value if isinstance(value, tuple) else (value,)
            new_member = getattr(enum_class, "_new_member_", None)
            if new_member is not None:
                member = new_member(enum_class, *args)
                if not hasattr(member, "_value_"):
                    member._value_ = value
            else:
                member = object.__new__(enum_class)
                member._value_ = value
            member._name_ = name
            member.__objclass__ = enum_class
            init_member = getattr(enum_class, "_init_member_", None)
            if init_member is not None:
                init_member(member, *args)
            value = member._value_
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                member = canonical
            elif not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
            if is_flag and isinstance(value, int):
                mask |= value
            type.__setattr__(enum_class, name, member)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                pass
        if is_flag:
            enum_class._flag_mask_ = mask
        return enum_class

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, type(cls).__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        raise AttributeError(name)

    def __bool__(cls):
        return True

    def __repr__(cls):
        if _enum_ready and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(dict(cls._member_map_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))
        super().__delattr__(name)

    def _create_(cls, class_name, names, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = {"__module__": module or "__main__", "__qualname__": qualname or class_name}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            last = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, last[:])
                last.append(value)
                pairs.append((name, value))
            names = pairs
        items = names.items() if isinstance(names, dict) else names
        for name, value in items:
            classdict[name] = value
        return EnumType(class_name, bases, classdict)


EnumMeta = EnumType


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Enum(metaclass=EnumType):
    """Members compare by identity and hash by name; `Color(1)` finds a member by value,
    `Color['RED']` by name."""

    def __new__(cls, value, names=_not_given, *, module=None, qualname=None, type=None, start=1):
        if names is not _not_given:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member"
            % (cls.__name__, result)
        )

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            raise TypeError("unable to sort non-numeric values") from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    name = property(lambda self: self._name_, "name", "Enum")
    value = property(lambda self: self._value_, "value", "Enum")


class ReprEnum(Enum):
    """Members whose `str()` and `format()` are their value's (IntEnum, StrEnum)."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _v(x):
    return x._value_ if isinstance(x, Enum) else x


class _IntLike:
    """What `int` would give IntEnum/IntFlag members: comparisons, hashing and arithmetic
    on the value."""

    def __eq__(self, other):
        return self._value_ == _v(other)

    def __ne__(self, other):
        return self._value_ != _v(other)

    def __lt__(self, other):
        return self._value_ < _v(other)

    def __le__(self, other):
        return self._value_ <= _v(other)

    def __gt__(self, other):
        return self._value_ > _v(other)

    def __ge__(self, other):
        return self._value_ >= _v(other)

    def __hash__(self):
        return hash(self._value_)

    def __int__(self):
        return int(self._value_)

    def __index__(self):
        return int(self._value_)

    def __float__(self):
        return float(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __add__(self, o):
        return self._value_ + _v(o)

    def __radd__(self, o):
        return _v(o) + self._value_

    def __sub__(self, o):
        return self._value_ - _v(o)

    def __rsub__(self, o):
        return _v(o) - self._value_

    def __mul__(self, o):
        return self._value_ * _v(o)

    def __rmul__(self, o):
        return _v(o) * self._value_

    def __truediv__(self, o):
        return self._value_ / _v(o)

    def __rtruediv__(self, o):
        return _v(o) / self._value_

    def __floordiv__(self, o):
        return self._value_ // _v(o)

    def __rfloordiv__(self, o):
        return _v(o) // self._value_

    def __mod__(self, o):
        return self._value_ % _v(o)

    def __rmod__(self, o):
        return _v(o) % self._value_

    def __pow__(self, o):
        return self._value_ ** _v(o)

    def __rpow__(self, o):
        return _v(o) ** self._value_

    def __lshift__(self, o):
        return self._value_ << _v(o)

    def __rshift__(self, o):
        return self._value_ >> _v(o)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)


class IntEnum(_IntLike, ReprEnum):
    """Members that behave as their int values (not int instances in pyjit)."""

    def __and__(self, o):
        return self._value_ & _v(o)

    def __rand__(self, o):
        return _v(o) & self._value_

    def __or__(self, o):
        return self._value_ | _v(o)

    def __ror__(self, o):
        return _v(o) | self._value_

    def __xor__(self, o):
        return self._value_ ^ _v(o)

    def __rxor__(self, o):
        return _v(o) ^ self._value_

    def __invert__(self):
        return ~self._value_


class StrEnum(ReprEnum):
    """Members that behave as their str values (not str instances in pyjit)."""

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __eq__(self, other):
        return self._value_ == _v(other)

    def __ne__(self, other):
        return self._value_ != _v(other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, o):
        return self._value_ + _v(o)

    def __radd__(self, o):
        return _v(o) + self._value_

    def __len__(self):
        return len(self._value_)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._value_, name)


class Flag(Enum):
    """Members combine with `|`, `&`, `^`, `~` into members of the same class."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if value < 0 or value & ~cls._flag_mask_ and not issubclass(cls, IntFlag):
            raise NotImplementedError(
                "%s(%r): Flag values outside the members' bits are not supported by pyjit"
                % (cls.__qualname__, value)
            )
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        rest = value
        for m in cls:
            if m._value_ & value == m._value_:
                rest &= ~m._value_
        if rest:
            names.append(str(rest) if names else None)
        pseudo._name_ = "|".join(names) if names and names[0] is not None else None
        if value == 0:
            pseudo._name_ = None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return (m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_)

    def __len__(self):
        return sum(1 for _ in self)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._value_ ^ self.__class__._flag_mask_)


class IntFlag(_IntLike, ReprEnum, Flag):
    """Flags that also behave as ints: `|` with an int gives an int."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            return self.__class__(self._value_ | other._value_)
        if isinstance(other, int):
            return self.__class__(self._value_ | other)
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, self.__class__):
            return self.__class__(self._value_ & other._value_)
        if isinstance(other, int):
            return self.__class__(self._value_ & other)
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            return self.__class__(self._value_ ^ other._value_)
        if isinstance(other, int):
            return self.__class__(self._value_ ^ other)
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """Class decorator: a ValueError if two names share a value."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


_enum_ready = True
