# del of a missing key.
d = {"x": 1}
del d["x"]
print(d)
del d["x"]
