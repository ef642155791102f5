import bisect

a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=4))
for x in [3, 2, 9, 0]:
    bisect.insort(a, x)
print(a)
bisect.insort_left(a, 2)
print(a)
recs = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, "d"), key=lambda r: r[0])
print(recs)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
