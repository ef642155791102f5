# Ints that overflow 64 bits in the middle of a compiled loop: the trace must exit and the
# interpreter carry on with a big int, exactly as CPython does.


def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + 1
    return x


def accumulate(start, n):
    total = start
    for i in range(n):
        total += 1000000007 * 1000003
    return total


def negative(n):
    x = -1
    k = 0
    while k < n:
        x = x * 2 - 1
        k += 1
    return x


def mid_expression(n):
    # The overflow happens in `b * c` while `a` is already on the operand stack.
    a = 5
    b = 3
    out = 0
    for i in range(n):
        c = i + 4611686018427387000
        out = a + b * c
    return out


def square(n):
    v = 2
    for i in range(n):
        v = v * v
        if v > 10 ** 40:
            v = v % 1000 + 2
    return v


def neg_min():
    m = -9223372036854775807 - 1
    r = 0
    for i in range(3):
        r = -m
        m += 1
    return r, m


print(grow(10), grow(39), grow(40), grow(41), grow(80))
print(accumulate(0, 5000), accumulate(9223372036854000000, 3000))
print(negative(10), negative(62), negative(63), negative(64), negative(70))
print(mid_expression(10))
print(square(20))
print(neg_min())
