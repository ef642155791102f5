"""Generic (shallow and deep) copying operations, for pyjit.

A port of CPython's copy.py.  pyjit has no `__reduce_ex__` on object, so instances
of Python classes are rebuilt the way object.__reduce_ex__(4) would do it:
`cls.__new__(cls)`, then the state (`__getstate__()` or a copy of `__dict__`) is
restored with `__setstate__` or by updating the new object's `__dict__`.
A class may still define `__reduce_ex__` / `__reduce__`, `__copy__`, `__deepcopy__`.
"""


class Error(Exception):
    pass


error = Error  # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _method_example():
    pass


class _C:
    def m(self):
        pass


_FunctionType = type(_method_example)
_BuiltinFunctionType = type(len)
_MethodType = type(_C().m)
del _C


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, str, tuple, frozenset, type, range, slice,
          property, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
          _FunctionType):
    d[t] = _copy_immutable


def _copy_list(x):
    return x.copy()


def _copy_dict(x):
    return x.copy()


def _copy_set(x):
    return x.copy()


d[list] = _copy_list
d[dict] = _copy_dict
d[set] = _copy_set

del d, t


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _class_attr(cls, name):
    """`name` as defined by a class of cls's MRO other than object (so not a default
    that pyjit's object may or may not provide), or None."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        d = klass.__dict__
        if name in d:
            return d[name]
    return None


def _reduce(x, cls):
    """What x.__reduce_ex__(4) returns in CPython: (func, args, state, ...)."""
    reductor = _class_attr(cls, "__reduce_ex__")
    if reductor is not None:
        return reductor(x, 4)
    reductor = _class_attr(cls, "__reduce__")
    if reductor is not None:
        return reductor(x)
    if isinstance(x, BaseException):
        state = x.__dict__ or None
        return (cls, x.args, state and dict(state))
    if cls is set:
        return (cls, (list(x),), None)
    if cls is frozenset:
        return (cls, (list(x),), None)
    try:
        dict_ = x.__dict__
    except AttributeError:
        raise TypeError("cannot pickle '%s' object" % cls.__name__) from None
    getstate = _class_attr(cls, "__getstate__")
    if getstate is not None:
        state = getstate(x)
    else:
        state = dict(dict_) if dict_ else None
    getnewargs = _class_attr(cls, "__getnewargs__")
    args = (cls,) + tuple(getnewargs(x)) if getnewargs is not None else (cls,)
    return (_newobj, args, state)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)  # Make sure x lives at least as long as d
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str,
          type, range, _BuiltinFunctionType, _FunctionType, property):
    d[t] = _deepcopy_atomic
del t


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):  # Copy instance methods
    return getattr(deepcopy(x.__self__, memo), x.__func__.__name__)


d[_MethodType] = _deepcopy_method

del d


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = _class_attr(type(y), "__setstate__")
        if setstate is not None:
            setstate(y, state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
