# The Pattern and Match objects: groups by number and name, spans, pos/endpos, lastindex,
# lastgroup, expand, repr, groupindex, flags.
import re

p = re.compile(r"(?P<key>\w+)\s*=\s*(?P<value>[^;]*)(;)?")
m = p.search("  alpha = 1; beta=2")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("value"), m.group(1, "value", 3))
print(m[0], m["key"], m[2])
print(m.groups(), m.groupdict(), m.span(), m.span("value"), m.start(2), m.end(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string == "  alpha = 1; beta=2")
print(m.re is p, m.regs)
print(m.expand(r"\g<value> <- \g<key> [\1] \\ \n"))
m2 = p.match("beta=2")
print(m2.groups(), m2.groups("-"), m2.groupdict("?"), m2.span(3), m2.lastindex, m2.lastgroup)
print(p.pattern, p.flags, p.groups, p.groupindex, p.groupindex["value"])
print(repr(p))
print(re.compile("a", re.I | re.M | re.S | re.X | re.A))
print(re.compile("(?i)x").flags, re.compile("x", re.A).flags)
print([m.span() for m in re.compile("a").finditer("banana")])
q = re.compile(r"\d+")
print(q.search("ab12cd345", 3), q.search("ab12cd345", 3, 4), q.match("ab12", 2))
print(q.fullmatch("12345", 1, 3), q.findall("1 22 333 4444", 2, 9))
print(q.match("12", -5, 99), q.search("x", 5))
print(re.match("(a)|(b)", "b").lastindex, re.match("((a)b)", "ab").lastindex)
print(re.match(r"(?:(a)|b)*", "ab").group(1), re.match(r"(a)*", "aaa").span(1))
print(re.match("x*", "xxx"), re.match("", ""))
print(repr(re.search("a+", "b" + "a" * 80).group())[:20], re.search("a+", "b" + "a" * 80))
try:
    m.group(4)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError", e)
print(type(m).__name__, type(p).__name__, re.Pattern is type(p), re.Match is type(m))
print(bool(m), re.compile("a") is re.compile("a"), re.compile("a") == re.compile("a"))
print(re.purge(), re.escape("a.b*c? [x] (y) {z} ^$ | \\ - # & ~ \t\n é_1"))
