# int + str is unsupported.
total = 0
for item in [1, 2, 3, "4"]:
    print("adding", repr(item))
    total = total + item
