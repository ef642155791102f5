from .. import VERSION
from .._geometry import area

print("_pkg/_sub/_deep runs, VERSION =", VERSION)
OFFSET = area(0)


def info():
    return __name__, __package__
