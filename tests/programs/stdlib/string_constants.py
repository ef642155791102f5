import string

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable))
print(len(string.printable), len(string.punctuation), len(string.ascii_letters))
print(string.capwords('hello world'), string.capwords('  the  QUICK brown\tfox  '))
print(string.capwords('a-b-c', '-'), string.capwords('x,y,,z', ','), repr(string.capwords('')))
print([c for c in 'Hello, World! 42' if c in string.ascii_letters])
print(sum(c in string.punctuation for c in 'a.b,c!d?'))
print(all(c in string.hexdigits for c in 'deadBEEF'), any(c in string.whitespace for c in 'nospace'))

def caesar(text, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    out = []
    for c in text:
        if c in lo:
            out.append(lo[(lo.index(c) + k) % 26])
        elif c in up:
            out.append(up[(up.index(c) + k) % 26])
        else:
            out.append(c)
    return ''.join(out)

print(caesar('Hello, World!', 3), caesar(caesar('Round Trip', 7), -7))

def to_base(n, b):
    digits = string.digits + string.ascii_lowercase
    if n == 0:
        return '0'
    out = ''
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out

print(to_base(255, 16), to_base(255, 2), to_base(123456789, 36))
