# __file__ is an absolute path (the current directory joined to the script's name, as
# CPython 3.9+ gives it), sys.path[0] is the script's directory, and sys.path is live:
# a directory the program inserts into it is searched by later imports.
import os
import sys

print(os.path.isabs(__file__), __file__.endswith("sys_path_files.py"))
print(os.path.isabs(sys.path[0]), os.path.basename(sys.path[0]))
print(os.path.dirname(__file__) == sys.path[0])

try:
    import _extra_mod
except ImportError as e:
    print(type(e).__name__, e)

sys.path.insert(0, os.path.join(sys.path[0], "_extra"))
import _extra_mod

print(_extra_mod.VALUE)
print(os.path.isabs(_extra_mod.__file__), os.path.basename(_extra_mod.__file__))

# A relative entry is looked up from the current directory and still gives an absolute name.
script_dir = os.path.dirname(__file__)
os.chdir(script_dir)
sys.path.insert(0, "_extra")
import _rel_mod

print(_rel_mod.NAME, os.path.isabs(_rel_mod.__file__), os.path.basename(_rel_mod.__file__))
