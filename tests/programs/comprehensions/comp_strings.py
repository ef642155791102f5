# Comprehensions for text processing.
text = "It was the best of times, it was the worst of times"
words = [w.strip(",").lower() for w in text.split()]
print(words)
freq = {w: words.count(w) for w in words}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
caps = " ".join(w.capitalize() for w in words)
print(caps)
acronym = "".join([w[0].upper() for w in words if len(w) > 3])
print(acronym)
print([ord(c) - 96 for c in "python"], sum(ord(c) - 96 for c in "python"))
