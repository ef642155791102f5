# args: b c a
import sys

args = sys.argv[1:]
args.sort()
print(args, sys.argv[1:])
sys.argv.append("extra")
print(len(sys.argv), sys.argv[-1])
if sorted(sys.argv[1:4]) == ["a", "b", "c"]:
    sys.exit(len(args))
