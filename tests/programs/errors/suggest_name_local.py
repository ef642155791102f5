# An uncaught NameError suggests the closest local, global or builtin name.
def area(width, height):
    total_area = width * height
    return totl_area


try:
    prnt("caught: no suggestion in str(e)")
except NameError as e:
    print(e)
print(area(2, 3))
