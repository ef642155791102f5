# `=` for `==` inside a list display.
m = [[0, 0], [0, 0]]
flags = [m[0][1] = 5, 6]
