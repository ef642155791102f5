print("Straße ﬁne ς ſ µ ŉ ABC".casefold())
print("ß".casefold() == "SS".casefold(), "Σίσυφος".casefold(), "İ".lower() == "İ".casefold())
print(sorted(["b", "A", "ẞ", "a"], key=str.casefold))
