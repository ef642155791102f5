# startswith / endswith with strings, tuples and positions.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(""))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.endswith(("x", "y")), s.endswith("tar", 0, 12))
print(s.startswith(("a", "b", "f")), s.startswith(()), "".startswith(""), "".endswith("a"))
print(s.startswith("e", -2), s.endswith("file", 0, 4), s.startswith("tar", 9, 20))
files = ["a.py", "b.rs", "c.txt", "d.py", "Makefile", "e.RS", "f.tar.gz"]
for f in files:
    kind = "python" if f.endswith(".py") else "rust" if f.endswith((".rs", ".RS")) else "other"
    print(f, kind, f.startswith(("a", "M")))
