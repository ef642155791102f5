#!/usr/bin/env python3
r"""Generate tests/cases.txt: CPython 3.11's answers for pyjit-numeric.

Usage (from the crate directory, with CPython 3.11):
    python3 tests/gen_cases.py > tests/cases.txt

Each line is TAB-separated:
    <op> <arg>... => ok <value>...
    <op> <arg>... => err <ExceptionName> <message>
Typed values: i:<hex int, e.g. -0x1f>, f:<16 hex digits of the IEEE bits>,
s:<escaped str>, b:<True|False>, n: (None).  Strings escape backslash,
TAB, LF, CR and other control characters as \\, \t, \n, \r, \xNN.
A float ** float that CPython answers with a complex is `err Complex`.
printf lines: printf <fmt> <T|S|M|D> <values...>; T = tuple operand,
S = single non-mapping object, M = single mapping-like object (a list,
given as o:list), D = dict given as alternating s:key, value fields.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "cases must come from CPython 3.11"

OUT = []


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def enc(v):
    if isinstance(v, bool):
        return "b:%s" % v
    if v is None:
        return "n:"
    if isinstance(v, int):
        return "i:" + hex(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s:" + esc(v)
    if isinstance(v, Obj):
        return "o:" + v.name
    raise TypeError(v)


class Obj:
    """An opaque object of some other Python type (for printf TypeErrors)."""

    def __init__(self, name):
        self.name = name


def case(op, args, fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - we record every exception
        res = ["err", type(e).__name__, esc(str(e))]
    else:
        if isinstance(r, complex):
            res = ["err", "Complex"]
        elif isinstance(r, tuple):
            res = ["ok"] + [enc(x) for x in r]
        else:
            res = ["ok", enc(r)]
    OUT.append("\t".join([op] + [enc(a) if not isinstance(a, Raw) else a.text for a in args] + ["=>"] + res))


class Raw:
    def __init__(self, text):
        self.text = text


rng = random.Random(20240611)

# ---------------------------------------------------------------- ints
I64_MAX = 2**63 - 1
I64_MIN = -(2**63)
INTS = [
    0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -255, 2**31, -(2**31),
    I64_MAX, I64_MIN, I64_MAX - 1, I64_MIN + 1, 2**63, -(2**63) - 1, 2**64, -(2**64),
    10**20, -(10**20), 3**100, -(3**100), 2**200 + 12345, -(2**200) + 1,
]
INTS += [rng.getrandbits(rng.choice([70, 130, 300])) * rng.choice([1, -1]) for _ in range(6)]
SMALL_INTS = [0, 1, -1, 5, -5, 7, -7, I64_MAX, I64_MIN, 2**63, -(2**63) - 1, 10**20, -(10**20), 3**100, -(3**100)]

for a in INTS:
    for b in INTS:
        case("int_floordiv", [a, b], lambda: a // b)
        case("int_mod", [a, b], lambda: a % b)
        case("int_divmod", [a, b], lambda: divmod(a, b))
        case("int_cmp", [a, b], lambda: (a > b) - (a < b))
for a in SMALL_INTS:
    for b in SMALL_INTS:
        case("int_add", [a, b], lambda: a + b)
        case("int_sub", [a, b], lambda: a - b)
        case("int_mul", [a, b], lambda: a * b)
        case("int_and", [a, b], lambda: a & b)
        case("int_or", [a, b], lambda: a | b)
        case("int_xor", [a, b], lambda: a ^ b)
        case("int_truediv", [a, b], lambda: a / b)
for a in INTS:
    case("int_neg", [a], lambda: -a)
    case("int_abs", [a], lambda: abs(a))
    case("int_invert", [a], lambda: ~a)
    case("int_hash", [a], lambda: hash(a))
    case("int_bit_length", [a], lambda: a.bit_length())
    case("int_to_float", [a], lambda: float(a))
    case("int_str", [a], lambda: str(a))
    case("int_hex", [a], lambda: hex(a))
    case("int_oct", [a], lambda: oct(a))
    case("int_bin", [a], lambda: bin(a))
for a in [-2**128 - 1, -(3**80), -12345, 2**100 - 1, 0xF0F0F0F0F0F0F0F0F0F0]:
    for b in [-1, -2**64, 2**64 - 1, -(2**130) + 7, 12345, -12345, 0]:
        case("int_and", [a, b], lambda: a & b)
        case("int_or", [a, b], lambda: a | b)
        case("int_xor", [a, b], lambda: a ^ b)
# pow
for a in [0, 1, -1, 2, -2, 3, -3, 10, -10, 7, 2**40, -(2**40), 3**50]:
    for b in [0, 1, 2, 3, 5, 10, 31, 62, 63, 64, 65, 100, -1, -2, -3, -10, -1075, 2**70]:
        if abs(a) > 1 and b == 2**70:
            continue
        case("int_pow", [a, b], lambda: a**b)
case("int_pow", [10**400, -1], lambda: (10**400) ** -1)
case("int_pow", [7, 1000], lambda: 7**1000)
case("int_pow", [-(3**100), 3], lambda: (-(3**100)) ** 3)
for a in [0, 1, -1, 2, 3, -3, 5, 12345, -12345, 10**30, -(10**30) + 7]:
    for b in [0, 1, 2, 5, 100, -1, -2, 10**20]:
        for m in [1, -1, 2, 7, -7, 10, 12, 2**61 - 1, -(10**25) - 3, 0]:
            case("int_powmod", [a, b, m], lambda: pow(a, b, m))
# shifts
for a in [0, 1, -1, 5, -5, 3**40, -(3**40), I64_MAX, I64_MIN, 2**100 + 3, -(2**100) - 3]:
    for s in [0, 1, 5, 31, 32, 62, 63, 64, 65, 100, 200, -1, 2**70]:
        if s == 2**70 and a != 0:
            case("int_rshift", [a, s], lambda: a >> s)
            continue
        case("int_lshift", [a, s], lambda: a << s)
        case("int_rshift", [a, s], lambda: a >> s)
# true division
TD = [
    (10**400, 10**399), (2**1100, 2**80), (1, 3), (-1, 3), (0, -5), (1, 10**320), (1, 10**330),
    (3, 2**1076), (5, 2**1076), (2**2000, 3), (2**1024, 1), (2**1024 - 2**970, 1),
    (2**1024 - 2**971, 1), (-(2**1024 - 2**970), 1), (10**300 + 1, 10**299), (1, 0), (10**50, 0),
    (2**53 + 1, 1), (2**53 + 1, 2), (2**54 + 3, 4), (-(2**64) - 1, 2**11), (I64_MAX, I64_MIN),
    (10**22, 10**22 + 1), (7**300, 3**400), (3**400, 7**300), (-(7**300), 3**600),
]
for _ in range(60):
    a = rng.getrandbits(rng.randint(1, 1200)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randint(1, 1200)) + 1
    TD.append((a, b))
for a, b in TD:
    case("int_truediv", [a, b], lambda: a / b)
for a in [2**53 + 1, 2**53 + 3, 2**1024 - 2**970, 2**1024 - 2**971, -(2**1024), 10**308, 10**309,
          2**64 - 1, 2**64 + 2**11, 2**64 + 2**11 + 1, 3**600] + [rng.getrandbits(rng.randint(60, 1100)) for _ in range(30)]:
    case("int_to_float", [a], lambda: float(a))
# digit limit
for a in [10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14300, 2**14285]:
    case("int_str", [a], lambda: str(a))
# int parsing
PARSE = [
    ("0", 10), ("123", 10), ("-123", 10), ("+123", 10), ("  42  ", 10), ("\t\n 7\x0b\x0c\r", 10),
    ("1_000", 10), ("1__000", 10), ("_1", 10), ("1_", 10), ("abc", 10), ("abc", 16), ("ABC", 16),
    ("0x1f", 16), ("0X1F", 16), ("0x_1f", 16), ("0x__1f", 16), ("-0x1f", 0), ("0x1f", 0), ("0o17", 0),
    ("0O17", 8), ("0b101", 0), ("0B101", 2), ("0b", 16), ("0b1", 16), ("010", 0), ("00", 0), ("0_0", 0),
    ("0", 0), ("09", 0), ("0x", 16), ("0x", 0), ("1 2", 10), ("- 1", 10), ("--1", 10), ("", 10), (" ", 10),
    ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("777", 8), ("789", 8), ("1", 1), ("1", 37), ("1", -1),
    ("99999999999999999999", 10), ("-9223372036854775808", 10), ("9223372036854775808", 10),
    ("ffffffffffffffffffffffffffffffff", 16), ("é", 10), ("١٢٣", 10), ("１２", 10), ("\u3000 5\u00a0", 10),
    ("\x1c5", 10), ("5\x00", 10), ("12a", 0), ("0_", 0), ("0x_", 16), ("1" * 4300, 10), ("1" * 4301, 10),
    ("1" * 5000 + "x", 10), ("f" * 5000, 16), ("x" * 300, 10), ("'", 10), ("a'b\"", 10), ("\u2028", 10),
    ("0o8", 8), ("0b2", 2), ("١_٢", 10), ("0x1g", 16), ("1e5", 10), ("1.0", 10), ("in", 36), ("+0b1", 0),
]
for s, b in PARSE:
    case("int_parse", [s, b], lambda: int(s, b))
# round with ndigits
for a in [0, 5, 15, 25, 35, -25, -35, 1234, 1250, 1350, -1250, 999, 10**20 + 5 * 10**18, 123456789, I64_MAX, I64_MIN, 3**100]:
    for n in [0, 1, -1, -2, -3, -5, -18, -19, -20, -50, -100, -400, 10**20]:
        case("int_round", [a, n], lambda: round(a, n))

# ---------------------------------------------------------------- floats
def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, -1 / 3,
    1e16, 1e16 - 2, 9999999999999998.0, 1e15, 1e17, 123456789012345678.0, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64,
    1e-4, 1e-5, 0.00011, 9.999e-5, 0.0001234, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 1e308, 1e-308, 1e-320, 2.675, 0.125, 0.375,
    1234.5, 12345.678, 1e100, 1.5e-7, 123.456, -123.456, math.pi, math.e, 4.35, 0.045, 1.005,
    100.0, 1e6, 123456.0, 1e-10, 0.999999, 9.5, 99.5, 0.05, 1e21, 1e-7, 5e-5,
    float("inf"), float("-inf"), float("nan"),
]
RANDOM_FLOATS = []
while len(RANDOM_FLOATS) < 300:
    f = bits_to_float(rng.getrandbits(64))
    if not math.isnan(f):
        RANDOM_FLOATS.append(f)
NICE_FLOATS = [round(rng.uniform(-1e6, 1e6), rng.randint(0, 6)) for _ in range(60)]
NICE_FLOATS += [rng.uniform(-10, 10) * 10.0 ** rng.randint(-30, 30) for _ in range(60)]
SUBNORMALS = [bits_to_float(rng.getrandbits(52)) for _ in range(20)]

for f in FLOATS + RANDOM_FLOATS + NICE_FLOATS + SUBNORMALS:
    case("repr", [f], lambda: repr(f))
for f in FLOATS + RANDOM_FLOATS[:60] + NICE_FLOATS[:40] + SUBNORMALS[:5]:
    if not math.isnan(f):
        case("float_hash", [f], lambda: hash(f))
    case("float_round", [f], lambda: round(f))
    case("float_is_integer", [f], lambda: f.is_integer())
    case("float_ratio", [f], lambda: f.as_integer_ratio())
    case("int_from_float", [f], lambda: int(f))
for f in FLOATS + NICE_FLOATS[:50] + RANDOM_FLOATS[:30]:
    for n in [0, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, -3, -10, -308, -309, 323, 324, 400]:
        case("float_round_n", [f, n], lambda: round(f, n))

DIVF = [0.0, -0.0, 1.0, -1.0, 5.0, -5.0, 0.5, 7.5, -7.5, 2.0, 3.0, -3.0, 1e-300, 1e300, 0.1,
        float("inf"), float("-inf"), float("nan")]
for a in DIVF:
    for b in DIVF:
        case("float_floordiv", [a, b], lambda: a // b)
        case("float_mod", [a, b], lambda: a % b)
        case("float_divmod", [a, b], lambda: divmod(a, b))
        case("float_div", [a, b], lambda: a / b)
for _ in range(150):
    a = rng.uniform(-1e3, 1e3) * 10.0 ** rng.randint(-5, 5)
    b = rng.uniform(-50, 50) * 10.0 ** rng.randint(-3, 3)
    case("float_floordiv", [a, b], lambda: a // b)
    case("float_mod", [a, b], lambda: a % b)
    case("float_divmod", [a, b], lambda: divmod(a, b))

POWF = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, 10.0, 1.5, -8.0, 1e10, 1e-10,
        float("inf"), float("-inf"), float("nan")]
POWE = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, -0.5, 1.5, 1e5, -1e5, 1e300, 400.0, -400.0,
        1075.0, -1075.0, float("inf"), float("-inf"), float("nan")]
for a in POWF:
    for b in POWE:
        case("float_pow", [a, b], lambda: a**b)
for _ in range(40):
    a = rng.uniform(0, 5)
    b = rng.uniform(-30, 30)
    case("float_pow", [a, b], lambda: a**b)
case("float_pow", [1.5, -1800.0], lambda: 1.5 ** -1800.0)
case("float_pow", [1.5, -1700.0], lambda: 1.5 ** -1700.0)

for a in [0, 1, -1, 2**53 + 1, 10**400, -(10**400), 2**63, 3]:
    for f in [0.0, -0.0, 1.0, 0.5, 3.0, 3.5, 9007199254740992.0, 9.223372036854776e18, 1e400,
              float("-inf"), float("nan"), 1e308, -1e20]:
        def cf(a=a, f=f):
            if math.isnan(f):
                return None
            return (a > f) - (a < f)
        case("int_cmp_float", [a, f], cf)

FPARSE = [
    "1", "-1", "+1.5", " 1e5 ", "1_0", "1__0", "_1", "1_", "1_.5", "1._5", "1_0.2_5e1_0", "1e_5",
    "inf", "-inf", "+inf", "iNf", "infinity", "-Infinity", "infinit", "nan", "-nan", "NaN", "nan(1)",
    "1e", "1e+", ".", "e5", ".5", "5.", "-.5e-3", "1e99999", "-1e-99999", "0x1p3", "1 2", "--1", "+-1",
    "", " ", "abc", "é", "１.５", "١٢٣.٥", "\u3000 2 \u00a0", "\x1c2", "2\x00", "x" * 300,
    "12345678901234567890123456789", "0.1000000000000000055511151231257827", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308", "9" * 400,
    "0." + "0" * 400 + "1", "00001.5", "1E5", "1e+05", "  -0  ", "a'b", "\u2028",
]
for s in FPARSE:
    case("float_parse", [s], lambda: float(s))

# ---------------------------------------------------------------- format()
FMT_INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1234, 1234567, -1234567, 65, 0x10FFFF, 0x110000,
            2**63, -(2**63), 10**20, -(3**60), 2**64]
INT_SPECS = [
    "", "d", "5", "-5", "+", "+d", " d", "05", "010", "08,", "09,", "010,", "+010,", ",", "_", "_x",
    "_b", "_o", "_X", ",x", "x", "X", "#x", "#X", "#o", "#b", "b", "o", "#010x", "#010b", "0=10",
    "0=+10", "*<8", "*>8", "*^8", "*^9", "=8", "<05", ">05", "^05", "^+09", "c", "^5c", "+c", "#c",
    "n", "010n", ",n", "_n", "e", "E", "f", ".2f", "g", "G", "%", ".1%", ",.2f", "z", "zd", ".2",
    "s", "abc", ",_", "_,", "\x01", "y", "=+#12_x", "é^10,", "0>8", "0<8", "#", "-#o", " #x",
    "010_", "012_b", "#012_b", ",d", "c,", ".", "99999999999999999999999", ",c", "z.2f", "z5",
]
for v in FMT_INTS:
    for spec in INT_SPECS:
        case("fmt_int", [v, spec], lambda: format(v, spec))
for v in [10**5000, -(10**4300), 10**4299]:
    for spec in ["", "d", "x", "n", ",", "e", "_b"]:
        case("fmt_int_head", [v, spec], lambda: format(v, spec)[:100])

FMT_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 123.0, 123.456, -123.456, 1234567.0, 1e16, 1e15,
              1e-4, 1e-5, 0.0001234, 1e100, 1.7976931348623157e308, 5e-324, 12.0, 100000.0, 1e6,
              0.125, 2.675, -0.0001, 9.999, 99.99, 0.045,
              float("inf"), float("-inf"), float("nan")]
FLOAT_SPECS = [
    "", ".0", ".1", ".3", ".10", ".17", "e", "E", ".0e", ".2e", "#.0e", "f", "F", ".0f", ".2f", "#.0f",
    ".10f", "g", "G", ".0g", ".1g", ".2g", ".10g", "#g", "#.3g", "#.0g", "%", ".0%", ".2%", "n", ".3n",
    ",", ",.2f", "_.3f", ",e", ",g", ",.2e", "_", "010", "010.2f", "012,.2f", "+", "+.2f", " .2f", "-.2f",
    "=+12.3f", "*^12.2f", "*<12", "*>12", "0=12", "<012.2f", "^015,.1f", "z", "z.2f", "z.0f", "+z.1f",
    "z.3g", "ze", "#", "#.3", "x", "d", "s", "c", "abc", "20.10e", "-^20", ",_", ".2x", "é>12.3",
    "023,.4e", "015%", "z%", ".100f", ".30e", ".40g", "#.20g", ".", "_n", ",%", "#x",
]
for v in FMT_FLOATS:
    for spec in FLOAT_SPECS:
        case("fmt_float", [v, spec], lambda: format(v, spec))
for v in NICE_FLOATS[:25] + RANDOM_FLOATS[:25]:
    for spec in ["", ".3", "e", ".2f", "g", ".12g", ",", "%", "#g", ".15e", ",.3f"]:
        case("fmt_float", [v, spec], lambda: format(v, spec))

FMT_STRS = ["", "a", "abc", "héllo", "日本語", "x" * 20, "a'b"]
STR_SPECS = [
    "", "s", "5", "<5", ">5", "^5", "^6", "*^7", "é>6", "05", "<05", "=5", "+", "-", " ", "z", "#",
    ".2", ".0", "10.2", "^10.2s", ",", "_", ",s", "d", "x", "abc", "+z", "z#", "#=", "=+", "0=5",
    "10", ".", "\x01", ">>5", "<<5", "\t^9", "99999999999999999999999",
]
for v in FMT_STRS:
    for spec in STR_SPECS:
        case("fmt_str", [v, spec], lambda: format(v, spec))

# ---------------------------------------------------------------- stress
# Correct rounding: random floats through e/f/g with random precisions,
# round(x, n), and int -> float conversions sitting exactly on ties.
for _ in range(700):
    v = rng.choice([bits_to_float(rng.getrandbits(64)), rng.uniform(-1e4, 1e4),
                    rng.uniform(-1, 1) * 10.0 ** rng.randint(-25, 25),
                    rng.randint(-10**6, 10**6) / 8.0, rng.randint(-10**6, 10**6) / 1000.0])
    spec = rng.choice(["", "+", " ", "#", "0"]) + rng.choice(["", "12", "25"]) + "." + str(rng.randint(0, 25)) + rng.choice("eEfFgG%")
    case("fmt_float", [v, spec], lambda: format(v, spec))
for _ in range(500):
    v = rng.choice([rng.randint(-10**6, 10**6) / 1000.0, rng.randint(-10**6, 10**6) / 8.0,
                    rng.uniform(-1e6, 1e6), rng.uniform(-1, 1) * 10.0 ** rng.randint(-20, 20)])
    n = rng.randint(-8, 12)
    case("float_round_n", [v, n], lambda: round(v, n))
for _ in range(1500):
    f = bits_to_float(rng.getrandbits(64))
    if not math.isnan(f):
        case("repr", [f], lambda: repr(f))
for k in range(0, 1000, 37):
    for base in [2**53 + 1, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**53 - 1]:
        for delta in [0, 1, -1]:
            a = (base << k) + delta
            case("int_to_float", [a], lambda: float(a))
            case("int_truediv", [a, 3], lambda: a / 3)
for _ in range(150):
    a = rng.getrandbits(rng.randint(1, 200))
    b = rng.getrandbits(rng.randint(1100, 1300)) + 1
    case("int_truediv", [a, b], lambda: a / b)
for _ in range(100):
    digits = "".join(rng.choice("0123456789_ abcxob-+") for _ in range(rng.randint(1, 8)))
    base = rng.choice([0, 2, 8, 10, 16, 36])
    case("int_parse", [digits, base], lambda: int(digits, base))
for _ in range(100):
    text = "".join(rng.choice("0123456789_.eE+- ni") for _ in range(rng.randint(1, 8)))
    case("float_parse", [text], lambda: float(text))

# repr()/ascii() of strings (exercises the Unicode printable table).
REPR_STRS = ["", "abc", "a'b", 'a"b', "a'b\"c", "\\", "\t\n\r\x00\x1f\x7f", "é\xa0\xad",
             "\u0378", "\u2028\u2029\u200b\ufeff", "\U0001F600", "\U000E0001", "\U0010FFFF", "日本"]
REPR_STRS.append("".join(chr(c) for c in range(128)))
for _ in range(40):
    cps = []
    while len(cps) < 8:
        c = rng.choice([rng.randint(0x80, 0x3000), rng.randint(0x3000, 0xFFFF), rng.randint(0x10000, 0x10FFFF)])
        if not 0xD800 <= c <= 0xDFFF:
            cps.append(c)
    REPR_STRS.append("".join(map(chr, cps)))
for t in REPR_STRS:
    case("str_repr", [t], lambda: repr(t))
    case("str_ascii", [t], lambda: ascii(t))
for t in ["\xa0x", "\U0001F600", "\x7f", "\u0378", "a\u2028" * 80, "1e999999999999999999999", "\u00a0 1 \u3000"]:
    case("int_parse", [t, 10], lambda: int(t))
    case("float_parse", [t], lambda: float(t))

# ---------------------------------------------------------------- printf
def printf_case(fmt, kind, values):
    if kind == "T":
        operand = tuple(o.name if isinstance(o, Obj) else o for o in values)
        if any(isinstance(o, Obj) for o in values):
            operand = tuple(OBJ_PY[o.name] if isinstance(o, Obj) else o for o in values)
        args = [Raw("T")] + list(values)
    elif kind == "S":
        (v,) = values
        operand = OBJ_PY[v.name] if isinstance(v, Obj) else v
        args = [Raw("S")] + list(values)
    elif kind == "M":
        operand = []
        args = [Raw("M")]
    else:
        operand = dict(values)
        args = [Raw("D")]
        for k, v in values:
            args += [k, v]
    case("printf", [fmt] + args, lambda: fmt % operand)


OBJ_PY = {"list": [1], "NoneType": None, "tuple": (1,), "dict": {"k": 1}}

PRINTF_FIXED = [
    ("%s", "T", [1]), ("%d", "T", [42]), ("%s %s", "T", [1]), ("%s", "T", [1, 2]), ("abc", "S", [5]),
    ("abc", "T", []), ("abc", "M", []), ("%%", "T", []), ("%5%", "T", []), ("%5%", "S", [1]),
    ("%y", "T", []), ("%y", "S", [1]), ("%", "T", []), ("a%", "S", [1]), ("%.", "S", [1]),
    ("%5", "S", [1]), ("%-", "S", [1]), ("%(a", "D", []), ("%(a)s", "S", [1]), ("%c", "S", ["ab"]),
    ("%c", "S", [1.5]), ("%c", "S", [-1]), ("%c", "S", [0x110000]), ("%c", "S", [2**70]), ("%c", "S", ["é"]),
    ("%*d", "T", ["a", 1]), ("%d", "S", ["a"]), ("%x", "S", [1.5]), ("%f", "S", ["a"]), ("%d %y", "T", ["a", 1]),
    ("%(a)s %s", "D", [("a", 1)]), ("%(a)s", "D", [("a", 1), ("b", 2)]), ("%(a)d", "D", [("a", "x")]),
    ("%(a)*d", "D", [("a", 1)]), ("%(a(b))s", "D", [("a(b)", 1)]), ("%\x00", "S", [1]), ("%é", "S", [1]),
    ("%*.*f", "T", [10, 2, 3.14159]), ("%-*d|", "T", [-5, 3]), ("%*d|", "T", [-5, 3]), ("%.*f", "T", [-3, 1.5]),
    ("%hd %ld %Lf", "T", [1, 2, 3.0]), ("%#o %#x %#X", "T", [8, 255, 255]), ("%+#010x", "S", [255]),
    ("%#.5x", "S", [255]), ("% d", "S", [5]), ("%010.3f", "S", [-3.14159]), ("%-010d|", "S", [5]),
    ("%010f", "S", [float("inf")]), ("%+f", "S", [float("nan")]), ("%f", "S", [-float("nan")]),
    ("%e", "S", [1e100]), ("%g", "S", [1e-5]), ("%#g", "S", [1.0]), ("%.0e", "S", [0.25]), ("%.0f", "S", [2.5]),
    ("%5c|", "S", [65]), ("%.1s", "S", ["abc"]), ("%5.1s|", "S", ["abc"]), ("%-5s|", "S", ["ab"]),
    ("%05s", "S", ["ab"]), ("%+s", "S", ["ab"]), ("%r", "S", ["a"]), ("%a", "S", ["é"]), ("%r", "S", ["é\n"]),
    ("%d", "S", [3.7]), ("%d", "S", [-3.7]), ("%d", "S", [float("nan")]), ("%d", "S", [float("inf")]),
    ("%x", "S", [-255]), ("%#x", "S", [-255]), ("%o", "S", [-8]), ("%.3d", "S", [-5]), ("%+.3d", "S", [5]),
    ("%05d", "S", [-42]), ("%u", "S", [7]), ("%i", "S", [-7]), ("%F", "S", [float("inf")]), ("%E", "S", [1.5]),
    ("%G", "S", [1e-10]), ("%d", "T", [1]), ("%s", "S", ["x"]), ("%d", "S", [10**5000]), ("%x", "S", [10**30]),
    ("%f", "S", [10**400]), ("%f", "S", [10**20]), ("%e", "S", [-(2**70)]), ("%s", "S", [10**30]),
    ("%d", "S", [Obj("list")]), ("%x", "S", [Obj("NoneType")]), ("%f", "S", [Obj("list")]),
    ("%c", "S", [Obj("list")]), ("%*d", "T", [2**40, 1]), ("%.*d", "T", [2**40, 1]), ("%*d", "T", [2**70, 1]),
    ("%(x)s %(y)r %(x)d", "D", [("x", 5), ("y", "q")]), ("%s%%%s", "T", ["a", "b"]),
    ("%(a)s%%", "D", [("a", 1)]), ("x%sy%dz%fw", "T", ["s", 2, 0.5]), ("%-+ #0", "S", [1]),
    ("%*", "T", [5]), ("%*", "T", []), ("%.*", "T", [5]), ("%(a)", "D", [("a", 1)]),
    ("%99999999999999999999d", "S", [1]), ("%.99999999999d", "S", [1]), ("%ld", "S", [5]), ("%l", "S", [5]),
    ("%s", "S", [1.5]), ("%r", "S", [1e16]), ("%5s|%-5r|", "T", [1.0, 2]), ("%c%c", "T", [72, "i"]),
    ("%.3c", "S", [65]), ("%-3c|", "S", ["x"]), ("%03c", "S", ["x"]), ("%.0s|", "S", ["abc"]),
    ("%.2r", "S", ["abc"]), ("%#5o", "S", [8]), ("%#-8x|", "S", [255]), ("%# 8X|", "S", [-255]),
    ("%+ d", "S", [5]), ("% +d", "S", [5]), ("% 05d", "S", [5]), ("%- 5d|", "S", [5]), ("%#.0e", "S", [3.0]),
    ("%#.0f", "S", [3.0]), ("%#x", "S", [0]), ("%#o", "S", [0]), ("%.0d", "S", [0]), ("%.0x", "S", [0]),
]
for fmt, kind, values in PRINTF_FIXED:
    printf_case(fmt, kind, values)

CONV_VALUES = {
    "d": [0, 42, -42, 2**70, -(2**70), 3.9, -0.5, True],
    "i": [7, -7],
    "u": [123],
    "o": [0, 8, -8, 2**70],
    "x": [0, 255, -255, 2**70, -(2**70)],
    "X": [255, -255, 2**70],
    "e": [0.0, -0.0, 1.5, -1234.5678, 1e-10, 1e100, 7, float("inf"), float("nan")],
    "E": [1.5, -1e-7],
    "f": [0.0, -0.0, 1.5, -1234.5678, 0.0005, 1e20, 7, float("-inf"), 2.675],
    "F": [1.5, float("nan")],
    "g": [0.0, 1.5, -1234.5678, 1e-5, 123456789.0, 1e16, 7, 100000.0],
    "G": [1e-10, 1234567.0],
    "c": [65, "z", 0x1F600],
    "s": ["abc", "", "héllo", 12345],
    "r": ["abc", "it's"],
    "a": ["é"],
}
FLAG_CHOICES = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+#", "-+", " 0", "#-", "+ #0-"]
for _ in range(900):
    conv = rng.choice(list(CONV_VALUES))
    v = rng.choice(CONV_VALUES[conv])
    if isinstance(v, bool):
        continue
    flags = rng.choice(FLAG_CHOICES)
    width = rng.choice(["", "", "1", "5", "12", "20"])
    prec = rng.choice(["", "", ".0", ".1", ".3", ".8", "."])
    fmt = "[%" + flags + width + prec + conv + "]"
    printf_case(fmt, "S" if rng.random() < 0.5 else "T", [v])

sys.stdout.write("\n".join(OUT) + "\n")
print("generated %d cases" % len(OUT), file=sys.stderr)
