"""dataclasses for pyjit: the subset of CPython's module that ordinary programs use.

`@dataclass` (init, repr, eq, order, frozen, unsafe_hash), `field`, `fields`, `asdict`,
`astuple`, `replace`, `is_dataclass`, `FrozenInstanceError`, `MISSING`. As in CPython the
methods are generated as source text and compiled with `exec`, so they run as ordinary
Python functions (and the JIT sees them as such). Not here: `InitVar`, `ClassVar`
annotations, `kw_only`, `slots`, `KW_ONLY`, `make_dataclass`.
"""

__all__ = ["dataclass", "field", "fields", "asdict", "astuple", "replace", "is_dataclass",
           "FrozenInstanceError", "MISSING", "Field"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()
_HAS_DEFAULT_FACTORY = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    if kw_only is not MISSING:
        raise NotImplementedError("dataclasses.field(kw_only=...) is not supported by pyjit")
    return Field(default, default_factory, init, repr, hash, compare, metadata)


def _is_mutable_default(value):
    return type(value) in (list, dict, set)


def _own_fields(cls):
    annotations = cls.__dict__.get("__annotations__", {})
    result = []
    for name, type_ in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = Field(default, MISSING, True, True, None, True, None)
        f.name = name
        f.type = type_
        if f.default is not MISSING and _is_mutable_default(f.default):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        # The class attribute is the default value (none for a factory or no default).
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        result.append(f)
    return result


def _compile(name, args, body, env):
    text = "def %s(%s):\n%s\n" % (name, ", ".join(args), "\n".join("    " + b for b in body) or "    pass")
    ns = {}
    exec(text, env, ns)
    fn = ns[name]
    fn.__qualname__ = env["_qualname"] + "." + name
    return fn


def _init(cls, flds, frozen, env):
    args = ["self"]
    body = []
    seen_default = False
    for f in flds:
        if f.init:
            if f.default is not MISSING:
                env["_dflt_" + f.name] = f.default
                args.append("%s=_dflt_%s" % (f.name, f.name))
                seen_default = True
            elif f.default_factory is not MISSING:
                args.append("%s=_HAS_DEFAULT_FACTORY" % f.name)
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)
            else:
                args.append(f.name)
        if f.default_factory is not MISSING:
            env["_factory_" + f.name] = f.default_factory
            if f.init:
                value = "_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_factory_%s()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            env["_dflt_" + f.name] = f.default
            value = "_dflt_%s" % f.name
        else:
            continue
        if frozen:
            body.append("_object_setattr(self, %r, %s)" % (f.name, value))
        else:
            body.append("self.%s = %s" % (f.name, value))
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    return _compile("__init__", args, body, env)


def _tuple_of(names, obj):
    return "(" + "".join("%s.%s," % (obj, n) for n in names) + ")"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    all_fields = {}
    for base in cls.__mro__[-1:0:-1]:
        for f in getattr(base, "__dataclass_fields__", {}).values():
            all_fields[f.name] = f
    for f in _own_fields(cls):
        all_fields[f.name] = f
    cls.__dataclass_fields__ = all_fields
    flds = list(all_fields.values())
    env = {"_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "_object_setattr": object.__setattr__,
           "FrozenInstanceError": FrozenInstanceError, "MISSING": MISSING,
           "_qualname": cls.__qualname__}

    if init:
        cls.__init__ = _init(cls, flds, frozen, env)
    if repr and "__repr__" not in cls.__dict__:
        shown = [f.name for f in flds if f.repr]
        parts = ", ".join("%s=%%r" % n for n in shown)
        body = ["return self.__class__.__qualname__ + '(%s)' %% %s" % (parts, _tuple_of(shown, "self"))]
        cls.__repr__ = _compile("__repr__", ["self"], body, env)
        # pprint lays out only dataclasses whose repr is this generated one.
        cls.__repr__._dataclass_repr = True
    compared = [f.name for f in flds if f.compare]
    if eq and "__eq__" not in cls.__dict__:
        body = ["if other.__class__ is self.__class__:",
                "    return %s == %s" % (_tuple_of(compared, "self"), _tuple_of(compared, "other")),
                "return NotImplemented"]
        cls.__eq__ = _compile("__eq__", ["self", "other"], body, env)
    if order:
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if name in cls.__dict__:
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
            body = ["if other.__class__ is self.__class__:",
                    "    return %s %s %s" % (_tuple_of(compared, "self"), op, _tuple_of(compared, "other")),
                    "return NotImplemented"]
            setattr(cls, name, _compile(name, ["self", "other"], body, env))
    if frozen:
        names = tuple(all_fields)
        env["_fields_of"] = names
        body = ["if type(self) is _cls or name in _fields_of:",
                "    raise FrozenInstanceError('cannot assign to field ' + repr(name))",
                "super(_cls, self).__setattr__(name, value)"]
        env["_cls"] = cls
        cls.__setattr__ = _compile("__setattr__", ["self", "name", "value"], body, env)
        body = ["if type(self) is _cls or name in _fields_of:",
                "    raise FrozenInstanceError('cannot delete field ' + repr(name))",
                "super(_cls, self).__delattr__(name)"]
        cls.__delattr__ = _compile("__delattr__", ["self", "name"], body, env)
    hashed = [f.name for f in flds if (f.compare if f.hash is None else f.hash)]
    has_own_hash = "__hash__" in cls.__dict__ and cls.__dict__["__hash__"] is not None
    if unsafe_hash or (eq and frozen):
        if unsafe_hash and has_own_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        if not has_own_hash:
            cls.__hash__ = _compile("__hash__", ["self"], ["return hash(%s)" % _tuple_of(hashed, "self")], env)
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if "__match_args__" not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in flds if f.init)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False):
    if kw_only or slots:
        raise NotImplementedError("dataclass(kw_only=..., slots=...) is not supported by pyjit")
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    if not is_dataclass(class_or_instance):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(class_or_instance.__dataclass_fields__.values())


def _copy_value(obj, make):
    if is_dataclass(obj) and not isinstance(obj, type):
        return make(obj)
    if isinstance(obj, (list, tuple)):
        return type(obj)(_copy_value(v, make) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_copy_value(k, make), _copy_value(v, make)) for k, v in obj.items())
    return obj


def asdict(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return {f.name: _copy_value(getattr(obj, f.name), asdict) for f in fields(obj)}


def astuple(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple(_copy_value(getattr(obj, f.name), astuple) for f in fields(obj))


def replace(obj, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified "
                                 "with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
