t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc-d".translate(t))
t = str.maketrans("ab", "AB", "c")
print("abcabc!".translate(t))
t = str.maketrans({"a": "1", "b": None, 99: "see", "é": 101})
print(sorted(t.items()), "abcé".translate(t))
print("hello".translate({ord("l"): "L"}), "héllo wörld".translate({ord("ö"): "oe", ord("é"): None}))


class Rot:
    def __getitem__(self, k):
        if 97 <= k <= 122:
            return (k - 97 + 13) % 26 + 97
        raise LookupError(k)


print("hello, world".translate(Rot()))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("ab"),
            lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1})):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
