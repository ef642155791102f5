# Word statistics over a block of text.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like
the present period, that some of its noisiest authorities insisted on its
being received, for good or for evil, in the superlative degree of comparison
only."""


def normalize(word):
    out = ""
    for ch in word.lower():
        if ch.isalpha() or ch == "'":
            out += ch
    return out


def tokenize(text):
    words = []
    for raw in text.split():
        w = normalize(raw)
        if w:
            words.append(w)
    return words


words = tokenize(TEXT)
print("words:", len(words))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("distinct:", len(counts))

ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 10:")
for word, n in ranked[:10]:
    print(f"  {word:<12}{n:>3} {'*' * n}")

by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))

print("counts dict (sorted keys):")
print(dict(sorted(counts.items())))
lines = TEXT.splitlines()
longest = max(lines, key=len)
print("lines:", len(lines), "longest:", len(longest), repr(longest[:30]))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top letters:", common)
print("unused letters:", "".join(sorted(set("abcdefghijklmnopqrstuvwxyz") - set(letters))))
caps = 0
for raw in TEXT.split():
    if raw[0].isupper():
        caps += 1
print("capitalized words:", caps)
