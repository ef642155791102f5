# range objects.
r = range(10)
print(r, repr(range(1, 10, 2)), range(10, 0, -3), range(0), range(5, 5), range(-3, 3))
print(len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(0)), len(range(5, 1)), len(range(0, -10, -1)))
print(r[0], r[-1], r[5], range(1, 10, 2)[2], range(10, 0, -3)[-1], range(-5, 5)[3])
print(r[2:5], r[::2], r[::-1], range(1, 10, 2)[::-1], r[-3:], r[1:8:3], range(10, 0, -3)[1:])
print(list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(3, 3)), list(range(2, 20, 5)))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 7 in range(10, 0, -3))
print(range(0) == range(2, 2), range(0, 5) == range(5), range(1, 4) == range(1, 5), list(range(3)) == [0, 1, 2])
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
print(r.index(7), range(0, 20, 4).index(12), r.count(3), range(0, 20, 4).count(5))
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
print(reversed(range(3)) is not None, list(reversed(range(1, 10, 3))))
