import math

items = [1, 2]
items.append(3)
print(math.sqrt(16), items)
try:
    math.sqr(2)
except AttributeError as e:
    print(e)
items.apend(4)
