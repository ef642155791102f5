# os.path's string functions follow posixpath exactly: normpath's rules for '.', '..' and
# leading slashes, split's head trimming, isabs; abspath and realpath against the current
# directory (compared relatively, since the directory differs from machine to machine).
import os

for p in ["", ".", "/", "//", "///", "a/b/../c", "../x", "/../x", "a//b/./c/", "//a/b",
          "a/..", "../../a/..", "./a", "a/./b/.."]:
    print(repr(p), repr(os.path.normpath(p)), os.path.split(p), os.path.isabs(p))
for p in ["/usr/lib/", "file", "/file", "a/b//", "//x"]:
    print(os.path.split(p), os.path.dirname(p), repr(os.path.basename(p)))

here = os.getcwd()
print(os.path.abspath("x/../y") == os.path.join(here, "y"))
print(os.path.abspath("/a/./b/../c"), os.path.abspath(".") == here)
script_dir = os.path.dirname(os.path.realpath(__file__))
os.chdir(script_dir)
print(os.getcwd() == script_dir, os.path.basename(os.getcwd()))
print(os.path.realpath("no_such_dir/q") == os.path.join(script_dir, "no_such_dir", "q"))
try:
    os.chdir("no_such_dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
