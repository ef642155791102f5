# Methods of builtin types read through the type (CPython's method descriptors): they
# work on their own type and refuse anything else with CPython's TypeError.
class C: pass
tests = [
 lambda: str.lower([]), lambda: str.join(1, []), lambda: list.append((), 1), lambda: dict.get([], 1),
 lambda: str.lower(), lambda: list.append([]), lambda: int.bit_length("a"), lambda: set.add([], 1),
 lambda: str.upper(5), lambda: float.is_integer(1), lambda: tuple.index([1], 1),
 lambda: str.join(',', ['a', 'b']), lambda: list.append([], 1), lambda: dict.fromkeys([1, 2]),
 lambda: str.maketrans('a', 'b'), lambda: list(map(str.upper, ['a', 'b'])),
 lambda: sorted(['b', 'A', 'c'], key=str.lower), lambda: str.lower, lambda: repr(list.append),
 lambda: set.union({1}, {2}), lambda: frozenset.union(frozenset({1}), {2}), lambda: tuple.count((1, 1), 1),
 lambda: type.mro(C), lambda: dict.get({1: 2}, 1), lambda: dict.items({1: 2}), lambda: str.format('{}', 1),
 lambda: list.sort([3, 1]), lambda: int.bit_length(True), lambda: set.add(frozenset(), 1),
 lambda: float.is_integer(2.0), lambda: int.to_bytes if False else 1, lambda: str.count('aa', 'a'),
 lambda: range.index(range(5), 3), lambda: slice.indices(slice(1, 5), 3),
 lambda: str.lower('ABC'), lambda: callable(str.lower), lambda: list.pop([1, 2]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
