# args: 7
import sys


def check(n):
    if n > 5:
        print("too big:", n)
        sys.exit(42)
    return n


def main():
    n = int(sys.argv[1])
    print("checking", n)
    check(n)
    print("unreachable")


main()
