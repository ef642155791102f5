# args: alpha beta gamma
import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, arg, arg.upper(), len(arg))
