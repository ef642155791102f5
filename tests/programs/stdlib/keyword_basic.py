import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), sorted(keyword.__all__))
for word in ["if", "match", "case", "_", "print", "None", "none", "async", "", "yield"]:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
print(keyword.iskeyword(3))
try:
    keyword.iskeyword([])
except TypeError as e:
    print("TypeError:", e)
