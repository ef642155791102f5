# ord(), chr(), hex(), bin(), oct().
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(10)), chr(233), chr(8364), chr(128512), repr(chr(0)))
print(hex(255), hex(-255), hex(0), hex(2 ** 64), bin(10), bin(-10), bin(0), oct(8), oct(-8), oct(0))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8), hex(True))
word = ""
for code in [80, 121, 116, 104, 111, 110]:
    word += chr(code)
print(word)
codes = []
for ch in "JIT!":
    codes.append(ord(ch))
print(codes, sum(codes))
print(chr(ord("a") + 25), chr(0x41), ord(chr(1000)) == 1000)
