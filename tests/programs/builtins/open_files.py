# open() for writing and reading text files.
import os

# A per-process name: the test runner runs several modes at once in this directory.
path = "_open_files_tmp_%d.txt" % os.getpid()
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third")
print("wrote", n)

f = open(path)
print(repr(f.read()))
f.close()
print(f.closed)

with open(path) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))

with open(path, "r") as f:
    print(f.readlines())

with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))

with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    lines = f.read().splitlines()
print(lines, len(lines))

with open(path, "w") as f:
    print("via print", 1, 2, file=f)
    print("second", end="!", file=f)
    f.writelines(["\nx", "y", "z\n"])
with open(path) as f:
    print(repr(f.read()))

with open(path) as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read()))

with open(path, encoding="utf-8") as f:
    data = [l.strip() for l in f if l.strip()]
print(data)

f = open(path, "w")
f.write("unicode: é ü 中")
f.close()
with open(path) as f:
    s = f.read()
print(s, len(s))

try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    with open(path) as f:
        f.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

os.remove(path)
print(os.path.exists(path))
