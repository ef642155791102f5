# replace, find, rfind, index, count.
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("the", "THE", 2), s.replace("at", ""))
print(s.replace("", "-", 3), "aaa".replace("a", "b", 0), "abc".replace("x", "y"))
print("aaaa".replace("aa", "b"), "".replace("", "x"), "abc".replace("", "|"))
print(s.find("the"), s.find("the", 1), s.find("the", 5, 20), s.find("dog"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("xyz"), s.rfind(""), s.find("t", -5))
print(s.index("cat"), s.index("at", 6), s.rfind("at", 0, -10))
print(s.count("the"), s.count("at"), s.count("a"), s.count(""), "aaaa".count("aa"), s.count("t", 10, 20))
print("banana".find("an"), "banana".rfind("an"), "banana".count("an"), "banana".count("ana"))
text = "abracadabra"
pos = text.find("a")
found = []
while pos != -1:
    found.append(pos)
    pos = text.find("a", pos + 1)
print(found)
print("x".find("x", 1), "x".find("", 1), "x".find("", 2))
