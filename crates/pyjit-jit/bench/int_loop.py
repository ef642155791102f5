# total += i * 2 % 7 over 10**7
def f(n):
    total = 0
    for i in range(n):
        total += i * 2 % 7
    return total


print(f(10 ** 7))
