# Unpacking in for-loop targets.
names = ["ann", "bob", "cy"]
ages = [31, 25, 47]
cities = ["oslo", "rome", "lima"]
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
for name, age, city in zip(names, ages, cities):
    print(f"{name}:{age}:{city}")
d = {"a": [1, 2], "b": [3, 4]}
for key, (first, second) in d.items():
    print(key, first + second)
for a, *rest in [[1, 2, 3], [4, 5], [6]]:
    print(a, rest)
for (x, y), z in [((1, 2), 3), ((4, 5), 6)]:
    print(x * y * z)
for idx, ch in enumerate("hey", start=10):
    print(idx, ch)
