import argparse, sys
def run(p, argv):
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
p = argparse.ArgumentParser(prog="prog")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out")
p.add_argument("rest", nargs="*")
p.add_argument("-n", "--num", type=int, default=3, help="how many (default: %(default)s)")
p.add_argument("-x", action="store_true")
p.add_argument("-y", action="store_true")
p.add_argument("--ratio", type=float)
p.add_argument("--level", choices=[1, 2, 3], type=int)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--const", action="append_const", const=7)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.print_help()
run(p, ["a"])
run(p, ["a", "b", "c", "d"])
run(p, ["a", "-n", "5", "b"])
run(p, ["-xy", "a", "-n5", "--num=6"])
run(p, ["a", "--ratio", "-1.5"])
run(p, ["a", "-1"])
run(p, ["a", "--level", "4"])
run(p, ["a", "--level", "two"])
run(p, ["a", "--const", "--const", "--ext", "1", "2", "--ext", "3"])
run(p, ["--", "-a", "-b"])
run(p, ["a", "--num"])
run(p, ["a", "-x=1"])
run(p, ["a", "--version"])
run(p, ["-h"])
ns = argparse.Namespace(a=1, b=[2])
print(ns, ns == argparse.Namespace(a=1, b=[2]), "a" in ns)
print(p.parse_known_args(["a", "--zzz", "q"]))
q = argparse.ArgumentParser(prog="q", description="A   long description that should be wrapped at the width of the terminal which is seventy-eight columns here.", add_help=False)
q.add_argument("--a-very-long-option-name-here", metavar="VALUE", help="help text")
q.add_argument("pos", help="positional")
q.print_help()
run(q, [])
r = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-most-of-the-usage-line-width-x")
for i in range(8):
    r.add_argument("--option%d" % i, metavar="V")
r.add_argument("positional_one")
r.print_usage()
try:
    r.add_argument("--option1")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    r.add_argument("--z", type="int")
except ValueError as e:
    print("ValueError:", e)
try:
    r.add_argument("p", required=True)
except TypeError as e:
    print("TypeError:", e)

t = argparse.ArgumentParser(prog="tool", description="Process some integers.", epilog="Bye.")
t.add_argument("integers", metavar="N", type=int, nargs="+",
               help="an integer for the accumulator")
t.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
t.add_argument("-v", "--verbose", action="count", default=0)
t.add_argument("--mode", choices=["a", "b"], default="a", help="the mode")
t.add_argument("-o", "--output", metavar="FILE",
               help="write the result to a file with a long help text that wraps around")
t.add_argument("--flag", action="store_true")
t.add_argument("--no-x", action="store_false", dest="x")
t.add_argument("--tag", action="append")
t.add_argument("--pair", nargs=2)
t.add_argument("--opt", nargs="?", const="C", default="D")
t.print_help()
print(t.format_usage(), end="")
args = t.parse_args(["1", "2", "--sum", "-vv", "--tag", "x", "--tag=y", "--pair", "a", "b",
                     "--opt"])
print(args.accumulate(args.integers), args.verbose, args.tag, args.pair, args.opt, args.x)
for bad in [[], ["x"], ["1", "--mode", "c"], ["1", "--bogus"], ["1", "--pair", "a"],
            ["1", "-o"]]:
    run(t, bad)
t.set_defaults(extra="e")
print(t.get_default("extra"), t.get_default("mode"), t.parse_args(["7"]).extra)


def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return n


u = argparse.ArgumentParser(prog="u", exit_on_error=False)
u.add_argument("n", type=even)
print(u.parse_args(["4"]))
try:
    u.parse_args(["3"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
print(u.parse_known_args(["2", "--other"]))
