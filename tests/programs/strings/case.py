# Case conversion and case predicates.
for s in ["hello world", "HELLO", "Hello World", "hello-world foo_bar", "mIxEd CaSe 123", "", "123",
          "they're bill's", "o'neil mcDonald", "a1b2 c3d4", "  spaces  "]:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          s.isupper(), s.islower())
print("ABC".isupper(), "AbC".isupper(), "ABC1".isupper(), "123".isupper(), "abc".islower(), "".islower())
