# Uncaught user exception with a custom __str__, raised in a method.
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(need, have)
        self.need = need
        self.have = have

    def __str__(self):
        return f"need {self.need}, have {self.have}"


class Wallet:
    def __init__(self, cash):
        self.cash = cash

    def pay(self, amount):
        if amount > self.cash:
            raise InsufficientFunds(amount, self.cash)
        self.cash -= amount
        print("paid", amount)


w = Wallet(10)
w.pay(4)
w.pay(100)
