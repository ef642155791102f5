print("_pkg/_geometry runs, __name__ =", __name__, "__package__ =", __package__)


def area(side):
    return side * side


def perimeter(side):
    from ._sub import _deep
    return 4 * side + _deep.OFFSET
