# Packages: __init__.py, dotted imports, submodules, relative imports inside the package.
import _pkg
print(_pkg.describe(), _pkg.square_area(3), _pkg.VERSION)
print(_pkg.__name__, _pkg.__package__, _pkg._geometry.__name__, _pkg._geometry.__package__)
import _pkg._geometry
print(_pkg._geometry.area(4))
import _pkg._sub._deep as deep
print(deep.info(), deep.OFFSET, deep.area(5))
from _pkg._geometry import perimeter
print(perimeter(2))
from _pkg import _sub
print(_sub.__name__, _sub._deep is deep)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
import os.path
print(os.path.join("a", "b"))
try:
    import _pkg._missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import _pkg.VERSION
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from _pkg import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    from . import something
except ImportError as e:
    print("ImportError:", e)
