# Missing two required arguments.
def area(width, height, depth):
    return width * height * depth


print(area(1, 2, 3))
area(1)
