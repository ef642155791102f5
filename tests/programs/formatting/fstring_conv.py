# f-string conversions, self-documenting expressions, nesting and escapes.
name = "Ada"
val = 3.5
items = [1, "two", 3.0]
print(f"{name!r} {name!s} {items!r} {items} {name!r:>8}|")
print(f"{name=} {val=} {items=} {1 + 2=} {name = }")
print(f"{val=:.3f} {name=:>6}| {val=!s}")
w, p = 10, 3
print(f"[{val:{w}.{p}f}] [{val:{w}}] [{name:{'^'}{w}}] [{3.14159:.{p}}]")
print(f"{{literal}} {{{name}}} {'{'}{name}{'}'}")
print(f"{name.upper()} {len(items)} {items[1]} {items[-1] * 2} {'yes' if val > 3 else 'no'}")
d = {"k": 5, "j": [1, 2]}
print(f"{d['k']} {d['j'][0]} {d} {len(d)}")
print(f"{'nested ' + f'{name:>5}'}|")
for i in range(3):
    print(f"row {i}: {i * i:3d} {'#' * i}")
