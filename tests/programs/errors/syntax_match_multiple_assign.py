# The same name captured twice in one pattern.
print("never printed")
match (1, 2):
    case (x, [y, x]):
        pass
