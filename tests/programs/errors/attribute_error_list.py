# A string method called on a list.
words = ["a", "b"]
print(words)
words.upper()
