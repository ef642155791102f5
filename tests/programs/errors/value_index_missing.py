# list.index() of a missing value, and str.index().
lst = [1, 2, 3]
print(lst.index(3))
print("abc".index("c"))
print("abc".index("z"))
