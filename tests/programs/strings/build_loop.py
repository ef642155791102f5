# Building strings in loops: a Caesar cipher and a simple formatter.
def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out


msg = "Hello, World! The Quick Brown Fox."
for shift in [1, 3, 13, 25, -1, 52]:
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, -shift) == msg)
pieces = []
for i in range(1, 21):
    if i % 15 == 0:
        pieces.append("FizzBuzz")
    elif i % 3 == 0:
        pieces.append("Fizz")
    elif i % 5 == 0:
        pieces.append("Buzz")
    else:
        pieces.append(str(i))
print(" ".join(pieces))
big = ""
for i in range(2000):
    big += chr(65 + i % 26)
print(len(big), big[:52], big.count("A"), big[-3:])
