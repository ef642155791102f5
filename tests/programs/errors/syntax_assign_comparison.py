# A comparison as the target: no suggestion, the comparison is named.
x = 1
if x:
    x < 2 = 3
