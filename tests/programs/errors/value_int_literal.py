# int() of a non-numeric string.
for text in ["12", " 34 ", "-5", "abc"]:
    print(int(text) * 2)
