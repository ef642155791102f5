# Keyword arguments.
def describe(name, age, city="Nowhere"):
    return f"{name} ({age}) from {city}"


print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Oslo", age=41))
print(describe("Di", 50, "Rome"))
def box(width, height, depth=1, *, unit="cm"):
    return f"{width}x{height}x{depth} {unit}"
print(box(1, 2), box(1, 2, 3), box(1, 2, unit="m"), box(height=5, width=6, depth=7, unit="in"))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print("x", "y", sep="-", end="!\n")
