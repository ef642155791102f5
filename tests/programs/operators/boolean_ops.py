# and / or return one of their operands; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", "x" and "y", None or 0, [] and "never")
print(not 0, not 1, not "", not "a", not [], not None, not not 5)
print(0 or "" or None or [] or "last", 1 and 2 and 3 and 4, 1 and 0 and 3)
log = []
def t(name):
    log.append(name)
    return True
def f(name):
    log.append(name)
    return False
print(f("a") and t("b"), log)
log.clear()
print(t("a") or t("b"), log)
log.clear()
print(f("a") or f("b") or t("c") or t("d"), log)
log.clear()
print(t("a") and f("b") and t("c"), log)
log.clear()
print((t("a") or f("b")) and (f("c") or t("d")), log)
config = {}
name = config.get("name") or "anonymous"
size = config.get("size", 0) or 10
print(name, size)
values = [0, 1, "", "s", None, [], [0], 0.0, -1]
for v in values:
    print(repr(v), bool(v), v or "F", v and "T")
