# Unpacking a longer string.
first, second = "ab"
print(first, second)
first, second = "abc"
