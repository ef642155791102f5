# A bank simulation: account hierarchy, custom exceptions, transactions with rollback.
class BankError(Exception):
    """Base class of all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account.number, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return (f"account {self.account.number} has {self.account.balance:.2f}, "
                f"cannot withdraw {self.amount:.2f}")


class AccountFrozen(BankError):
    pass


class InvalidAmount(BankError, ValueError):
    pass


class UnknownAccount(BankError, KeyError):
    pass


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        Account._next_number += 1
        self.number = Account._next_number
        self.owner = owner
        self._balance = 0.0
        self.frozen = False
        self.history = []
        if balance:
            self.deposit(balance, note="opening")

    @property
    def balance(self):
        return self._balance

    @staticmethod
    def _check(amount):
        if not isinstance(amount, (int, float)) or amount <= 0:
            raise InvalidAmount(f"invalid amount: {amount!r}")

    def _ensure_active(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount, note="deposit"):
        self._check(amount)
        self._ensure_active()
        self._balance += amount
        self.history.append((note, amount))

    def can_withdraw(self, amount):
        return amount <= self._balance

    def withdraw(self, amount, note="withdraw"):
        self._check(amount)
        self._ensure_active()
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append((note, -amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner}: {self._balance:.2f}>"

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number

    def __hash__(self):
        return hash(self.number)

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    kind = "savings"
    rate = 0.02

    def month_end(self):
        interest = round(self._balance * self.rate / 12, 2)
        if interest > 0:
            self.deposit(interest, note="interest")


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0.0, overdraft=100.0):
        self.overdraft = overdraft
        super().__init__(owner, balance)

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft

    def month_end(self):
        if self._balance < 0:
            fee = 5.0
            self._balance -= fee
            self.history.append(("overdraft fee", -fee))


class Transaction:
    """Context manager: on error every recorded step is undone."""

    def __init__(self, bank):
        self.bank = bank
        self.undo = []

    def __enter__(self):
        return self

    def transfer(self, src, dst, amount):
        src.withdraw(amount, note=f"to {dst.number}")
        self.undo.append(lambda: src.deposit(amount, note="rollback"))
        dst.deposit(amount, note=f"from {src.number}")
        self.undo.append(lambda: dst.withdraw(amount, note="rollback"))

    def __exit__(self, et, ev, tb):
        if et is None:
            self.bank.log.append(f"commit {len(self.undo) // 2} transfer(s)")
            return False
        for step in reversed(self.undo):
            step()
        self.bank.log.append(f"rollback after {et.__name__}: {ev}")
        return issubclass(et, BankError)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise UnknownAccount(number) from None

    def transaction(self):
        return Transaction(self)

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)

    def report(self):
        print(f"== {self.name} ==")
        for acct in sorted(self.accounts.values(), key=lambda a: (a.kind, a.number)):
            print(f"  {acct.kind:9} {acct.number} {acct.owner:6} {acct.balance:10.2f}")
        print(f"  total {self.total():.2f}")


bank = Bank("First PyJIT")
alice = bank.open(Savings, "alice", 1000)
bob = bank.open(Checking, "bob", 50, overdraft=200)
carol = bank.open(Account, "carol")
bank.report()

with bank.transaction() as t:
    t.transfer(alice, bob, 300)
    t.transfer(bob, carol, 100)
bank.report()

with bank.transaction() as t:
    t.transfer(carol, alice, 50)
    t.transfer(carol, bob, 500)        # fails: rollback of both
bank.report()

with bank.transaction() as t:
    t.transfer(bob, alice, 400)        # uses overdraft
bank.report()

for action in [
    lambda: alice.withdraw(-5),
    lambda: bob.deposit("ten"),
    lambda: bank.get(9999),
    lambda: carol.withdraw(1000),
]:
    try:
        action()
    except InvalidAmount as e:
        print("InvalidAmount:", e, isinstance(e, ValueError))
    except UnknownAccount as e:
        print("UnknownAccount:", e, isinstance(e, KeyError), isinstance(e, LookupError))
    except BankError as e:
        print(type(e).__name__ + ":", e, e.args)

carol.frozen = True
try:
    with bank.transaction() as t:
        t.transfer(alice, carol, 10)
except AccountFrozen:
    print("not reached: AccountFrozen is a BankError and is suppressed")
print("frozen transfer handled; alice has", alice.balance)
carol.frozen = False

try:
    with bank.transaction() as t:
        t.transfer(alice, bob, 1)
        raise RuntimeError("power failure")
except RuntimeError as e:
    print("RuntimeError propagated:", e)

for month in range(1, 4):
    bank.month_end()
    print(f"month {month}: alice={alice.balance:.2f} bob={bob.balance:.2f} total={bank.total():.2f}")
bank.report()
print("richest:", max(bank.accounts.values()), "poorest:", min(bank.accounts.values()))
print("unique accounts:", len({alice, bob, carol, bank.get(alice.number)}))
print("alice history:")
for note, amount in alice.history:
    print(f"  {note:12} {amount:+9.2f}")
print("log:")
for entry in bank.log:
    print("  " + entry)
print([cls.__name__ for cls in InvalidAmount.__mro__])
