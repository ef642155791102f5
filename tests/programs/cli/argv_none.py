import sys

print(sys.argv, len(sys.argv))
if len(sys.argv) < 2:
    print("usage: argv_none.py NAME")
