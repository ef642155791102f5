# Passing assertions and pass statements.
def noop():
    pass
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is truthy"
x = 10
assert x > 5 and x < 20
assert noop() is None
for i in range(3):
    pass
while False:
    pass
if x:
    pass
print("all assertions passed", i, noop())
total = 0
for i in range(100):
    assert i >= 0, i
    total += i
assert total == 4950, "sum"
print(total)
