# Alternatives of an or-pattern must capture the same names.
print("never printed")
match (1, 2):
    case (1, x) | (y, 2):
        pass
