# list.pop and list.insert take any object with __index__ as the position.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = [7, 8, 9]
print(l.pop(I(0)), l)
l.insert(I(1), 5); print(l)
try:
    l.pop(I(10))
except IndexError as e:
    print("IndexError:", e)
class Bad:
    def __index__(self): return "x"
try:
    l.pop(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    l.insert(Bad(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    l.pop("a")
except TypeError as e:
    print("TypeError:", e)
