# A value pattern that adds two reals is no complex literal.
print("never printed")
match 3:
    case 1 + 2:
        pass
