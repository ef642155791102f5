# A dict display whose last key has no value.
prices = {"apple": 1, "pear": }
print(prices)
