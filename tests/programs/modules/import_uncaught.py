# An uncaught ModuleNotFoundError.
import _mymod
print("imported _mymod")
import definitely_missing_module
