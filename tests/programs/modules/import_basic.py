# import m; module attributes; module is run once and cached.
print("main starts, __name__ =", __name__)
import _mymod
print(_mymod.GREETING, _mymod.greet("world"))
print(type(_mymod).__name__, _mymod.__name__)
import _mymod    # cached: the body does not run again
print(_mymod.bump(), _mymod.bump(), _mymod.counter)
import _helpers   # imports _mymod again (cached)
print(_helpers.shout("pyjit"), _helpers.mymod_counter())
_mymod.counter = 100
print(_helpers.mymod_counter())
print(_helpers._mymod is _mymod)
sq = _mymod.Square()
print(sq.describe(), isinstance(sq, _mymod.Shape), type(sq).__module__)
print(_mymod.__doc__)
print(_mymod._private)
_mymod.new_attr = "set from outside"
print(_mymod.new_attr)
print(hasattr(_mymod, "greet"), hasattr(_mymod, "nope"), getattr(_mymod, "GREETING"))
print(sorted(k for k in vars(_mymod) if not k.startswith("__")))
print(_mymod.__file__.endswith("_mymod.py"))
try:
    _mymod.missing
except AttributeError as e:
    print("AttributeError:", e)
