# Unary minus on a string.
s = "text"
print(s * 2)
print(-s)
