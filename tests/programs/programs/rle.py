# Run-length encoding and decoding.
def encode(s):
    if not s:
        return []
    out = []
    cur = s[0]
    n = 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            out.append((cur, n))
            cur = ch
            n = 1
    out.append((cur, n))
    return out


def to_text(runs):
    parts = []
    for ch, n in runs:
        parts.append(f"{n}{ch}" if n > 1 else ch)
    return "".join(parts)


def decode_text(text):
    out = ""
    num = ""
    for ch in text:
        if ch.isdigit():
            num += ch
        else:
            out += ch * (int(num) if num else 1)
            num = ""
    return out


samples = ["", "a", "aaabccddddde", "abcdef", "zzzzzzzzzzzzzzzzzzzzzzzzz", "aabbaabb", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]
for s in samples:
    runs = encode(s)
    text = to_text(runs)
    back = decode_text(text)
    print(repr(s[:20]), runs[:4], repr(text), back == s, len(text), len(s))
data = ""
for i in range(1, 60):
    data += chr(97 + i % 5) * (i % 7 + 1)
enc = to_text(encode(data))
print(len(data), len(enc), decode_text(enc) == data)
print(enc[:60])
