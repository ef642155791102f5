# A `for` loop inside a `while` loop, and a `while` loop inside a `for` loop inside a
# `for` loop: the inner `for`'s end runs through the enclosing loops in machine code.


def for_in_while(n, m):
    total = 0
    i = 0
    while i < n:
        for j in range(i % 7, m):
            total += j
        i += 1
    return total


def three_deep(n):
    total = 0
    for i in range(n):
        for j in range(10):
            k = j
            while k > 0:
                total += k ^ i
                k -= 3
    return total


def while_true(n):
    total = 0
    i = 0
    while True:
        for j in range(5):
            total += i * j
        i += 1
        if i >= n:
            break
    return total, i


print(for_in_while(300, 50))
print(three_deep(200))
print(while_true(400))
