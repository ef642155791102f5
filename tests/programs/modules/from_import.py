# from m import a, b as c; import m as n; import inside functions.
from _mymod import greet, Square as Sq, GREETING
import _mymod as mm

print(greet("from"), Sq().describe(), GREETING)
print(mm.greet("alias"), mm.Square is Sq)
from _mymod import counter, bump
bump()
print(counter, mm.counter)   # the from-import copied the old value


def lazy():
    import _helpers
    from _mymod import bump as b2
    return _helpers.shout("lazy"), b2()


print(lazy())
print(lazy())
try:
    _helpers
except NameError as e:
    print("NameError:", e)

from _mymod import *
print(Shape.__name__, greet("star"))
try:
    _private
except NameError as e:
    print("NameError:", e)

import sys
print("_mymod" in sys.modules, sys.modules["_mymod"] is mm)
