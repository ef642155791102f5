import sys

for i in range(10):
    print(i)
    if i == 4:
        sys.exit(0)
print("unreachable")
