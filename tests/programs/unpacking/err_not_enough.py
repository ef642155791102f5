# Unpacking two values into three names fails.
def get_point():
    return 1, 2
print("getting point")
x, y, z = get_point()
print("unreachable")
