# repr() of strings picks quotes and escapes.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
          "\x00\x01\x7f", "é", "\xa0", "bell\a", "\r\x0b\x0c", "日本", "😀", "", "'", '"']:
    print(repr(s), len(repr(s)), str(s) == s)
print(repr("a'b\"c"), repr("\\n"), [repr("x")], ["it's", 'q"'])
print(str("abc"), repr(repr("abc")))
