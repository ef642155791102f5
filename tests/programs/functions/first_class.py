# Functions are values.
def shout(s):
    return s.upper() + "!"
def whisper(s):
    return s.lower() + "..."
speakers = [shout, whisper, len, repr]
for f in speakers:
    print(f("Hello There"))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(shout, "hi"), apply_twice(lambda n: n * n, 3))
table = {"loud": shout, "quiet": whisper}
print(table["loud"]("x"), table["quiet"]("Y"))
alias = shout
print(alias is shout, alias == shout, alias("same"))
print(shout)
print(type(shout))
def make_pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
pipe = make_pipeline(lambda s: s.strip(), shout, len)
print(pipe("   padded   "))
print(sorted([shout, whisper], key=lambda f: f("a")) == [shout, whisper])
