# Using an undefined name at module level.
print("before")
value = 10
print(value + undefined_thing_xyz)
print("after")
