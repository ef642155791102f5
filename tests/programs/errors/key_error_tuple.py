# Missing tuple key, raised in a function.
def lookup(grid, x, y):
    return grid[(x, y)]


grid = {(0, 0): "origin"}
print(lookup(grid, 0, 0))
print(lookup(grid, 1, 2))
