# An error raised inside a lambda called by map/list.
convert = lambda s: int(s) * 2
print(list(map(convert, ["1", "2"])))
values = list(map(convert, ["3", "x"]))
