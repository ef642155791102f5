# re.error: CPython's messages, positions, line and column; other exceptions the module
# raises for bad arguments.
import re

BAD = ["(", "(ab", ")", "a)", "*", "a**", "a|*", "+a", "a{2}{3}", "^*", "[a", "[]", "[z-a]",
       r"[\d-z]", r"\q", r"a\\\k", "\\", "(?", "(?P", "(?P<", "(?P<>a)", "(?P<1a>x)",
       "(?P<n>a)(?P<n>b)", "(?P=n)", "(?P=1)", "(?Px)", "(?<x)", "(?z)", "(?i", "(?i-",
       "(?-i)", "(?i-i:a)", "(?L)", "(?au)", "a(?i)", "(?<=a*)b", "(?<!a|bc)d", r"\1",
       r"(a)\2", r"(a\1)", "a{3,1}", r"\x4", r"\u12", r"\400", "(?#abc", "(?(2)a|b)",
       "(?(x)a)", "(?(a-)b)", "(?(1)a|b|c)", "(a)(?(0)b)", "a\n(b", "ab\n\nc)",
       r"[\A]", r"[\B]", r"[\9]", "(?<=(a)\\1)b", "(?>", "((?<!(\\w|bc))", "(?<=a*))",
       "(?<=a|bc)(?P=x)"]
for pattern in BAD:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pattern), type(e).__name__, e)

for template in [r"\g<2>", r"\g<x>", r"\g<1", r"\g", r"\g<-1>", r"\3", r"\q", "\\"]:
    try:
        print(re.sub(r"(a)", template, "a"))
    except re.error as e:
        print(repr(template), "error:", e)
    except Exception as e:
        print(repr(template), type(e).__name__, e)

e = re.error("plain message")
print(e, e.msg, e.pattern, e.pos, e.lineno, type(e).__module__, re.error.__mro__[1].__name__)
for call in [lambda: re.compile("a", re.LOCALE), lambda: re.compile("a", re.A | re.U),
             lambda: re.compile(re.compile("a"), re.I), lambda: re.search("a", 5),
             lambda: re.sub("a", 5, "a"), lambda: re.compile(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile(re.compile("ab")).pattern)
