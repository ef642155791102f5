# A bank ledger using dicts and functions; amounts are integer cents.
accounts = {}
history = []


def open_account(name, initial=0):
    if name in accounts:
        return False
    accounts[name] = initial
    history.append(("open", name, initial))
    return True


def deposit(name, cents):
    accounts[name] += cents
    history.append(("deposit", name, cents))


def withdraw(name, cents):
    if accounts[name] < cents:
        history.append(("rejected", name, cents))
        return False
    accounts[name] -= cents
    history.append(("withdraw", name, cents))
    return True


def transfer(src, dst, cents):
    if withdraw(src, cents):
        deposit(dst, cents)
        return True
    return False


def fmt(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def apply_interest(rate_bp):
    for name in accounts:
        interest = accounts[name] * rate_bp // 10000
        if interest:
            deposit(name, interest)


print(open_account("alice", 100000), open_account("bob"), open_account("carol", 2550),
      open_account("alice"))
deposit("bob", 12345)
print(transfer("alice", "bob", 25000), transfer("carol", "alice", 10000), transfer("carol", "bob", 2550))
for month in range(1, 13):
    apply_interest(42)
    deposit("carol", 1000 * month)
    if month % 4 == 0:
        transfer("bob", "carol", 5000)
for name in sorted(accounts):
    print(f"{name:<6} {fmt(accounts[name]):>14}")
print("total:", fmt(sum(accounts.values())))
kinds = {}
for kind, name, amount in history:
    kinds[kind] = kinds.get(kind, 0) + 1
print(sorted(kinds.items()))
rejected = []
for kind, name, amount in history:
    if kind == "rejected":
        rejected.append((name, fmt(amount)))
print("rejected:", rejected)
print(fmt(-123456), fmt(5), fmt(100), fmt(10 ** 15))
richest = max(accounts, key=lambda n: accounts[n])
print("richest:", richest, len(history))
