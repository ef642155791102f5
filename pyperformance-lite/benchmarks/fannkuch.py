"""fannkuch: "pancake flipping" over every permutation of 0..n-1.

For each permutation, repeatedly reverse the first k+1 elements where k is
the first element, until 0 comes first; report the maximum number of
flips and a checksum with alternating signs.

Exercises: list indexing and element swaps (tuple-unpacking swaps),
list copying by slicing, while loops with integer counters.
"""
import sys

NAME = "fannkuch"
QUICK = 7
DEFAULT = 9
EXPECTED = {
    7: (228, 16, 5040),
    9: (8629, 30, 362880),
}


def count_flips(perm):
    first = perm[0]
    if first == 0:
        return 0
    p = perm[:]
    flips = 0
    while first != 0:
        i = 0
        j = first
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    counter = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    r = n
    while True:
        # Reset the counters of the levels below r.
        while r > 1:
            counter[r - 1] = r
            r -= 1

        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        if index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        index += 1

        # Next permutation: rotate the prefix perm[0..r] left by one,
        # moving up a level whenever that level's counter runs out.
        while True:
            if r == n:
                return checksum, max_flips, index
            head = perm[0]
            for i in range(r):
                perm[i] = perm[i + 1]
            perm[r] = head
            counter[r] -= 1
            if counter[r] > 0:
                break
            r += 1


def bench(n):
    checksum, max_flips, count = fannkuch(n)
    return (checksum, max_flips, count)


# ---------------------------------------------------------------------------
# Harness (identical in every benchmark): size selection + verification.
# The checksum is a tuple of ints / floats / strings.  Floats are compared
# with a relative tolerance of 1e-9 and printed rounded to 9 decimals.

def format_checksum(values):
    parts = []
    for v in values:
        if isinstance(v, float):
            parts.append("%.9f" % v)
        else:
            parts.append(str(v))
    return ",".join(parts)


def same_checksum(got, expected):
    if len(got) != len(expected):
        return False
    for i in range(len(got)):
        a = got[i]
        b = expected[i]
        if isinstance(b, float):
            if abs(a - b) > 1e-9 * abs(b):
                return False
        elif a != b:
            return False
    return True


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else "default"
    if arg == "quick":
        n = QUICK
    elif arg == "default":
        n = DEFAULT
    else:
        n = int(arg)
    got = bench(n)
    text = format_checksum(got)
    if n in EXPECTED:
        expected = EXPECTED[n]
        if not same_checksum(got, expected):
            sys.stderr.write("FAIL %s: got %s expected %s\n"
                             % (NAME, text, format_checksum(expected)))
            sys.exit(1)
        print("OK %s %s" % (NAME, text))
    else:
        print("UNVERIFIED %s %s" % (NAME, text))


main()
