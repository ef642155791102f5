from functools import reduce
from itertools import islice
import operator

print(reduce(operator.add, [1, 2, 3]))
print(list(islice('abc', 2)))
print(reduce(operator.add, (x for x in [] if x)))
