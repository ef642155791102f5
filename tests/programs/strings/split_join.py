# split, rsplit and join.
print("a b  c   d".split(), " leading and trailing ".split(), "".split(), "   ".split())
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split(","))
print("a b c d e".split(" ", 2), "a b c d e".split(None, 1), "a b c d e".rsplit(" ", 2))
print("one::two::three".split("::"), "x--y--z".rsplit("--", 1), "a.b.c".split(".", 0))
print("  a  b  c  ".split(None, 1), "  a  b  c  ".rsplit(None, 1))
print("line1\nline2\tword  end".split(), "a\r\nb".split())
print("mississippi".split("ss"), "mississippi".split("i"), "aaaa".split("aa"))
parts = "2024-01-15".split("-")
print(parts, int(parts[0]) + int(parts[1]) + int(parts[2]))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"))
print(" ".join(("tuple", "of", "words")), "/".join(["single"]))
words = []
for i in range(10):
    words.append(str(i * i))
joined = ",".join(words)
print(joined, joined.split(",") == words, len(joined))
print("a1b2c3".split("1"), "key=value=more".split("=", 1), "k=v".rsplit("=", 5))
csv = "name,age,city\nalice,30,paris\nbob,25,rome"
for line in csv.split("\n"):
    fields = line.split(",")
    print(fields[0].upper(), fields[1], len(fields))
