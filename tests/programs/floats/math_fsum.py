import math, random
random.seed(5)
out = []
for i in range(400):
    n = random.randint(0, 12)
    xs = []
    for _ in range(n):
        r = random.random()
        if r < 0.05:
            xs.append(random.choice([math.inf, -math.inf, math.nan, 1e308, -1e308, 5e-324]))
        elif r < 0.5:
            xs.append(random.uniform(-1, 1) * 10 ** random.randint(-20, 20))
        else:
            xs.append(random.choice([1.0, 0.1, 1e16, -1e16, 2**-53, 1 + 2**-52, 0.5, 3.0]) * random.choice([1, -1]))
    try:
        out.append(repr(math.fsum(xs)))
    except (ValueError, OverflowError) as e:
        out.append(type(e).__name__ + str(e))
for o in out:
    print(o)
