# An uncaught AttributeError suggests the closest name in dir() of the object.
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n


a = Account()
a.deposit(5)
try:
    a.deposti(1)
except AttributeError as e:
    print(e)
print(a.balanse)
