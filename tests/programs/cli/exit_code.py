# args: --verbose input.txt
import sys

print("args:", sys.argv[1:])
if "--verbose" in sys.argv:
    print("verbose mode")
print("exiting with 3")
sys.exit(3)
print("unreachable")
