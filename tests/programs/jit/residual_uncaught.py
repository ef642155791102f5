# An exception from a residual call that nothing catches: the traceback has the loop's line
# and the callee's, as CPython prints them.


class Account:
    def __init__(self):
        self.balance = 100

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


def run():
    a = Account()
    total = 0
    for i in range(1000):
        a.balance += 2
        total += a.withdraw(1)
    print(total)
    for i in range(1000):
        total += a.withdraw(i)
    print("not reached")


run()
