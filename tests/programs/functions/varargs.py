# *args collects extra positional arguments into a tuple.
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


print(total(), total(1), total(1, 2, 3), total(*range(10)), total(*[1.5, 2.5]))
def head_tail(first, *rest):
    return first, rest, type(rest)
print(head_tail(1), head_tail(1, 2, 3), head_tail("a", "b"))
def fmt(sep, *parts):
    return sep.join(parts)
print(fmt("-", "a", "b", "c"), fmt(", "), fmt("+", *"xyz"))
def count_args(*args):
    return len(args)
print(count_args(), count_args(None), count_args(*[], *[1, 2], 3))
def maximum(first, *others):
    best = first
    for o in others:
        if o > best:
            best = o
    return best
print(maximum(3), maximum(3, 9, 2), maximum("b", "a", "c"))
