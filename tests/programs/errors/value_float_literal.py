# float() of a bad string.
print(float("1.5"))
print(float("one point five"))
