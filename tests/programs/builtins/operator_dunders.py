# The operator special methods of builtin types: the receiver type's own operation, and
# NotImplemented (not the other operand's reflected method) for an operand it does not handle.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for x in (5, True, 2.5, 'ab', [1], (1,), {1: 2}, {1}, frozenset(), None, range(2)):
    print(type(x).__name__, [hasattr(x, n) for n in ('__add__', '__radd__', '__eq__', '__lt__', '__and__', '__neg__', '__bool__', '__hash__', '__repr__', '__iadd__', '__ior__')])
print((1).__add__(2), (1).__add__(1.5), (1.5).__add__(1), (1).__radd__(2), (7).__rsub__(10))
print((7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10), (2).__pow__(10, 1000), (3).__rpow__(2))
print((7.5).__truediv__(2), (3).__rtruediv__(1.0), (3.0).__rtruediv__(1), (3).__divmod__(2), (3.5).__divmod__(2))
print((1).__lshift__(3), (12).__and__(10), True.__and__(False), True.__add__(True), (5).__xor__(True))
print((1).__eq__(1.0), (1.0).__eq__(1), (1).__eq__('x'), (1).__ne__(2), (1).__lt__(2), (2.5).__ge__(True))
print('a'.__eq__('a'), 'a'.__eq__(1), 'a'.__ne__(1), 'a'.__lt__('b'), 'a'.__gt__(1))
print([1, 2].__lt__([1, 3]), [1, 2].__eq__((1, 2)), (1,).__le__((1,)), {1: 2}.__eq__({1: 2}), {1: 2}.__lt__({}))
print({1}.__le__({1, 2}), {1}.__lt__(frozenset({1})), {1}.__eq__([1]), frozenset({1}).__or__({2}), {1, 2}.__and__({2}))
print({1}.__or__([2]), {1, 2}.__sub__({1}), {1}.__rsub__({1, 3}), {1}.__xor__({2}))
print({1: 2}.__or__({3: 4}), {1: 2}.__or__(1), {1: 2}.__ror__({0: 0}))
print('ab'.__add__('c'), 'a'.__mul__(3), 'a'.__rmul__(2), [1].__add__([2]), (1,).__mul__(2), 'a%s'.__mod__(1), 'a'.__rmod__(1))
print((5).__neg__(), (5).__pos__(), (-5).__abs__(), (-1.5).__abs__(), (-3).__invert__(), (3).__bool__(), (0.0).__bool__(), None.__bool__())
print((3).__float__(), (3.7).__int__(), (3).__index__(), (3.7).__trunc__(), (3.5).__floor__(), (3.5).__ceil__(), (-2).__floor__())
print((2).__round__(-1), (2.567).__round__(2), (2.5).__round__(), (1).__format__('>4'), (2.5).__format__('.3f'), 'x'.__format__('^5'))
print((1, 2).__hash__() == hash((1, 2)), 'a'.__hash__() == hash('a'), (2.5).__hash__() == hash(2.5), [].__hash__, {}.__hash__, set().__hash__)
print((1).__repr__(), 'a'.__repr__(), 'a'.__str__(), [1, 'b'].__repr__(), None.__repr__(), (2.5).__str__())
print(int.__add__(3, 4), float.__mul__(2.0, 3), str.__add__('a', 'b'), list.__eq__([1], [1]), object.__ne__(1, 2), object.__eq__(1, 1))
print(sorted([3, 1, 2], key=int.__neg__), list(map(int.__mul__, [1, 2], [3, 4])), list(map((10).__sub__, [1, 2])))
x = [1]
print(x.__iadd__((2, 3)) is x, x, x.__imul__(2), x)
s = {1}
print(s.__ior__({5}), s.__ior__([5]), s.__iand__({5, 6}), s.__isub__({9}), s.__ixor__({7}), s)
d = {1: 2}
print(d.__ior__([(3, 4)]), d.__ior__({5: 6}) is d)
d |= [(7, 8)]
print(d)

class A:
    pass
a = A()
print(a.__eq__(a), a.__eq__(1), a.__ne__(1), a.__ne__(a), a.__lt__(a))
for f in (lambda: 'a'.__add__(1), lambda: [1].__add__((1,)), lambda: (1,).__add__([1]), lambda: 'a'.__mul__(1.5),
          lambda: [1].__mul__('b'), lambda: (1).__add__(), lambda: (1).__add__(1, 2), lambda: (1).__truediv__(0),
          lambda: (1.5).__floordiv__(0), lambda: int.__add__('a', 1), lambda: (1.0).__lshift__(3), lambda: (1).__neg__(2),
          lambda: float('inf').__floor__(), lambda: [].__imul__(1.5), lambda: d.__ior__(5), lambda: d.__ior__([1]),
          lambda: 'a'.__format__(1), lambda: (1).__round__(1, 2)):
    t(f)
print(range(2).__eq__(range(0, 2)), range(2).__ne__(range(3)), range(2).__lt__(range(3)), range(0).__bool__(), range(2).__eq__([0, 1]))
print(hash(''), ''.__hash__(), {'': 1}[''], 'a'.__rmod__('b%s'))
t(lambda: 'ab'.__rmod__('ab'))
