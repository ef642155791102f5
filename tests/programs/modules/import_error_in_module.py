# An exception raised in an imported module's body: the traceback goes through it.
print("before")
import _raises
print("not reached")
