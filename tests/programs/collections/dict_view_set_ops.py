# Set operations on dict views give sets built the way CPython's views build them, so their
# order is CPython's.
d = {-1.5: 0, 0: 1, 5.5: 2, (0, 2): 1, 7: 2, 40: 3, 8: 4}
e = {8: 4, 0: 9, 33: 1, (0, 2): 1}
print(d.keys() | {1.5, True}, d.keys() & {3.5, 7, 40, 0}, d.keys() - {7, 8}, d.keys() ^ {1.5, True})
print({1.5, 7} | d.keys(), {40, 0, 99} & d.keys(), [7, 8, 9] - d.keys() if False else 0)
print(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() - e.keys(), d.keys() ^ e.keys())
print(d.items() & e.items(), d.items() ^ e.items(), d.items() - e.items(), d.items() | {(1, 2)})
print(d.keys() & [8, 40, 8, 1], d.keys() | [1, 2], d.keys() - [0], d.keys() ^ [0, 100])
print(set(d), set(d.keys()), set(d.items()) == d.items(), d.keys() <= set(d) | {1}, d.keys() == set(d))
k = {1: 0}.keys()
print(k | {True}, k & {True}, {True} & k)
