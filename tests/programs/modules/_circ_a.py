print("a starts")
import _circ_b
VALUE = "from a"
def use_circ_b():
    return _circ_b.VALUE
print("a ends, b.VALUE =", _circ_b.VALUE)
