# Character class predicates.
samples = ["123", "12.3", "-12", "abc", "abc123", "ABC", "a b", " ", "\t\n", "", "_", "x_y", "é", "½", "٣",
           "Ab1", "  x", "42 "]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower())
count = {"digit": 0, "alpha": 0, "space": 0, "other": 0}
for ch in "Hello World 2024! It's 9:30 am.":
    if ch.isdigit():
        count["digit"] += 1
    elif ch.isalpha():
        count["alpha"] += 1
    elif ch.isspace():
        count["space"] += 1
    else:
        count["other"] += 1
print(count)
