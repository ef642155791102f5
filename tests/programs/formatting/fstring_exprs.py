# Expressions, nested quotes and computed specs inside f-strings.
data = {"alpha": 1.5, "beta": 22.25, "gamma": 333.125}
width = max(len("alpha"), len("beta"), len("gamma"))
for k in data:
    print(f"{k:>{width + 2}} = {data[k]:>{width + 3}.{2}f} ({'big' if data[k] > 10 else 'small'})")
lst = [3, 1, 2]
print(f"{sorted(lst)} {lst[::-1]} {sum(lst)} {min(lst) * max(lst)} {len('x' * 5)}")
print(f"{'a' + 'b'} {'-'.join(['x', 'y'])} {str(12).zfill(4)} {'%d' % 5}")
n = 17
print(f"{n} is {'odd' if n % 2 else 'even'}; {n}^2={n ** 2}; hex={n:#x}; bits={n:b}")
spec = ">8.2f"
print(f"[{2.5:{spec}}] [{-1:{'+'}d}]")
