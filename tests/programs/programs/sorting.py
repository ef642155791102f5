# Sorting and searching algorithms written in Python.
def quicksort(a):
    if len(a) <= 1:
        return a
    pivot = a[len(a) // 2]
    less = []
    equal = []
    greater = []
    for x in a:
        if x < pivot:
            less.append(x)
        elif x > pivot:
            greater.append(x)
        else:
            equal.append(x)
    return quicksort(less) + equal + quicksort(greater)


def mergesort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = mergesort(a[:mid])
    right = mergesort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a


def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -lo - 1


seed = 12345
data = []
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 10000 - 5000)
q = quicksort(data)
m = mergesort(data)
ins = insertion_sort(data[:300])
print(q == sorted(data), m == sorted(data), ins == sorted(data[:300]))
print(q[:8], q[-3:])
for target in [q[0], q[1000], q[-1], 5001, -5001, 0]:
    print(target, binary_search(q, target))
words = "delta alpha echo charlie bravo foxtrot alpha".split()
print(quicksort(words), mergesort(words))
floats = [3.5, -1.25, 2.0, 2, -0.0, 1e10, 7]
print(mergesort(floats), quicksort(floats))
