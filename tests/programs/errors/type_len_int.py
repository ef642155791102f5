# len() of an int.
print(len("abc"))
print(len(12345))
