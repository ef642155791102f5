# A local assigned only on one branch.
def pick(flag):
    if flag:
        result = "yes"
    return result


print(pick(True))
print(pick(False))
