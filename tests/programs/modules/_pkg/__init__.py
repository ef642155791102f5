"""A helper package for modules/packages.py."""
print("_pkg/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
from . import _geometry
from ._geometry import area as square_area

VERSION = "1.0"


def describe():
    return f"_pkg {VERSION} with {_geometry.__name__}"
