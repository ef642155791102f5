# Variables whose type changes while the loop runs: int -> float, float -> int, int -> str,
# a bool flag, None -> int. Each change must leave the trace and continue correctly.


def int_to_float(n):
    x = 0
    for i in range(n):
        if i == n // 2:
            x = x + 0.5
        x = x + 1
    return x


def float_to_int(n):
    y = 0.0
    for i in range(n):
        y = y * 0.5 + i
        if i == n - 100:
            y = 7
    return y


def to_str(n):
    s = 0
    for i in range(n):
        if i == n - 3:
            s = "done"
        if s == "done":
            break
        s = s + i
    return s, i


def flags(n):
    count = 0
    even = False
    for i in range(n):
        even = i % 2 == 0
        if even:
            count += 1
        small = i < 10
        if small:
            count += 100
    return count, even


def none_then_int(n):
    best = None
    for i in range(n):
        best = i * 3
    return best


def alternating(n):
    v = 0
    for i in range(n):
        if i % 2:
            v = v + 1.5
        else:
            v = int(v) + 1
    return v


for n in (10, 1000, 5000):
    print(int_to_float(n), float_to_int(n), to_str(n), flags(n), none_then_int(n))
print(alternating(3000))
