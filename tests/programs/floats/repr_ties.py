# The shortest repr that round-trips; when two are equally near (the float lies exactly
# halfway between them), the one ending in an even digit, as CPython's dtoa picks.
import random

print(-1605694144777596.2, 1605694144777596.25, 1605694144777596.75, 2**52 + 0.5, 2**51 + 0.25)
r = random.Random(5)
for i in range(40):
    e = r.randrange(40, 60)
    x = r.randrange(2**52, 2**53) * 2.0 ** (e - 52 - r.randrange(0, 6))
    x += r.choice([0.25, 0.75, 0.5, 0.125, 0.375]) * 2.0 ** (e - 52)
    print(repr(x), str(-x / 3), f"{x!r:>25}", [x])
