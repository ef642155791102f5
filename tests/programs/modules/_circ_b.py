print("b starts")
import _circ_a
VALUE = "from b"
def peek():
    return getattr(_circ_a, "VALUE", "a not ready")
print("b sees a partially:", peek())
