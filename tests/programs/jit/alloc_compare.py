# Rich comparisons on instances in traces: __lt__/__eq__/__ge__ of one class, a number on the
# left (reflected method), NotImplemented, and a comparison method replaced halfway through.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __lt__(self, o):
        return self.cents < o.cents

    def __eq__(self, o):
        return self.cents == o.cents

    def __ge__(self, o):
        return NotImplemented

    def __add__(self, o):
        return Money(self.cents + o.cents)


def count_cheap(n):
    limit = Money(500)
    k = 0
    for i in range(n):
        m = Money(i % 1000)
        if m < limit:
            k += 1
        if m == limit:
            k += 100
    return k


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __gt__(self, x):
        return self.deg > x * 100


def reflected(n):
    k = 0
    for i in range(n):
        if 3 < Temp(i % 700):
            k += 1
        if Temp(i % 50) > 0.2:
            k += 1000
    return k


def fallback(n):
    k = 0
    a = Money(5)
    for i in range(n):
        try:
            if Money(i) >= a:
                k += 1
        except TypeError as e:
            k -= 1
    return k


def replaced(n):
    k = 0
    a = Money(50)
    for i in range(n):
        if Money(i % 100) + Money(1) < a:
            k += 1
        if i == n // 2:
            Money.__lt__ = lambda self, o: True
    return k


print(count_cheap(3000))
print(reflected(3000))
print(fallback(300))
print(replaced(3000))
