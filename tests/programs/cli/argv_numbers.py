# args: 3 10 -4 2.5 1000000000000000000000
import sys

total = 0
for a in sys.argv[1:]:
    if "." in a:
        total += float(a)
    else:
        total += int(a)
    print(a, total)
print("total:", total)
