# List mutation methods.
a = [3, 1, 4]
a.append(1)
a.append([5, 9])
print(a)
a.extend([2, 6])
a.extend("ab")
a.extend(range(2))
a.extend((7,))
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1)
print(a, a.index(1), a.index("a"), a.count(1), a.count("zz"))
b = [5, 3, 5, 1, 5]
print(b.index(5), b.index(5, 1), b.index(5, 3), b.count(5))
b.reverse()
print(b)
c = b.copy()
c.append(0)
print(b, c, b == c)
c.clear()
print(c, len(c))
stack = []
for i in range(10):
    stack.append(i * i)
    if i % 3 == 2:
        print("popped", stack.pop())
print(stack)
r = [1, 2, 3]
print(r.append(4), r.extend([5]), r.insert(0, 0), r.reverse(), r.sort(), r)
