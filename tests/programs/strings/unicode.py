# Non-ASCII text: lengths count code points.
s = "héllo wörld"
print(s, len(s), s[1], s[-4], s[::-1], s.upper())
e = "日本語のテキスト"
print(e, len(e), e[0], e[-1], e[2:5], e[::2])
m = "a😀b🎉c"
print(m, len(m), m[1], m[3], m[::-1], m.find("b"), m.index("c"))
print("ü" in s, "ö" in s, "wö" in s, "x" in s)
print(ord("é"), ord("日"), ord("😀"), chr(233), chr(26085), chr(128512))
print("Straße".upper(), "ÄÖÜ".lower(), "ǅ".lower(), "αβγ".upper(), "ΑΒΓ".lower())
print("naïve café".title(), "éa".capitalize(), len("naïve café".split()))
print("€" * 3, len("€" * 3), "→".join(["a", "b", "c"]))
print(sorted("cbaé"), max("héllo"), min("héllo"))
print("é".isalpha(), "日".isalpha(), "é".islower(), "É".isupper(), "😀".isalpha())
words = "über straße café naïve".split()
for w in words:
    print(w, len(w), w[0], w[-1], w.upper(), w.center(9, "*"))
print(repr("日本"), repr("é\n"), str("ñ"))
