# The container protocol's special methods of builtin types: hasattr sees them (duck typing),
# they run the operation the syntax runs, and their errors are worded as CPython words them.
d = {'a': 3, 'b': 1}
for x in ([1, 2], (1,), 'ab', d, {1}, frozenset(), range(3), 5, 2.5, None, len):
    print(type(x).__name__, [hasattr(x, n) for n in ('__len__', '__iter__', '__contains__', '__getitem__', '__setitem__', '__delitem__')])
print(max(d, key=d.__getitem__), [1, 2].__len__(), 'abc'.__getitem__(1), list(range(5).__iter__()))
l = [1, 2, 3]; l.__setitem__(0, 9); l.__delitem__(1); print(l, l.__contains__(9), d.__contains__('z'))
print(list.__len__([1]), str.__contains__('abc', 'b'), dict.__getitem__(d, 'a'), tuple.__getitem__((4, 5), -1))
for f in (lambda: [].__getitem__(5), lambda: d.__getitem__('z'), lambda: 'a'.__contains__(1), lambda: [].__len__(1),
          lambda: list.__len__((1,)), lambda: (1,).__setitem__(0, 1), lambda: {1}.__getitem__(0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(['bb', 'a', 'ccc'], key=str.__len__), list(map([10, 20, 30].__getitem__, [2, 0])))
for f in (lambda: [].__getitem__(), lambda: [].__contains__(), lambda: [].__setitem__(1), lambda: [].__delitem__(), lambda: 'a'.__getitem__(), lambda: {}.__getitem__(), lambda: (1,).__len__(2), lambda: [].__iter__(1),
  lambda: list.__getitem__((1,), 0), lambda: dict.__getitem__([], 0), lambda: str.__getitem__(1, 0), lambda: list.__contains__((), 1), lambda: list.__iter__(()), lambda: dict.__len__([]), lambda: list.__setitem__((), 0, 1), lambda: dict.__contains__([], 1), lambda: list.__len__()):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
