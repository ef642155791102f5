# A wildcard alternative that is not last in an or-pattern.
print("never printed")
match 1:
    case _ | 2:
        pass
