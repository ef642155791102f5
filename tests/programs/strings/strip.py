# strip, lstrip and rstrip, with and without chars.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("www.example.com".strip("cmowz.")), repr("abcabcXabc".strip("abc")))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")), repr("aaa".strip("a")))
print(repr("123abc321".strip("123")), repr("--==title==--".strip("-=")))
print(repr("\n\nx\n".rstrip("\n")), repr("  pad".lstrip(" p")))
lines = ["  alpha  ", "\tbeta\n", "gamma", "   ", "delta   \n"]
for line in lines:
    t = line.strip()
    print(repr(t), len(t), t == "")
