# Circular imports see a partially initialised module; `from m import *` honours __all__.
import _circ_a
print(_circ_a.use_circ_b(), _circ_a._circ_b.peek())
from _star_all import *
print(public, _exported_private)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
from _circ_a import _circ_b as bee
print(bee.VALUE, bee is _circ_a._circ_b)
