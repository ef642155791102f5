# `=` for `==` in a while condition, after an arithmetic expression.
m, d = 10, 2
while m % d = 0:
    m //= d
