# NameError raised three calls deep.
def level3(x):
    return x + missing_global_qqq


def level2(x):
    return level3(x * 2)


def level1(x):
    return level2(x + 1)


print("start")
print(level1(1))
