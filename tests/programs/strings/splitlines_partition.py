# splitlines and partition.
text = "first line\nsecond line\r\nthird\rfourth\n\nsixth\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "no newline".splitlines(), "\n".splitlines(), "a\n\nb".splitlines())
print("key=value".partition("="), "key=a=b".partition("="), "novalue".partition("="))
print("a.b.c".partition("."), "".partition("x"), "abc".partition("abc"))
config = "host=localhost\nport=8080\n# comment\nname = demo app\nempty=\n"
settings = {}
for line in config.splitlines():
    if line.startswith("#"):
        continue
    key, sep, value = line.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
for k in settings:
    print(k, repr(settings[k]))
