# str + int cannot be concatenated.
label = "count: "
n = 5
print(label + str(n))
print(label + n)
