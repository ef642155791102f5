# ImportError / ModuleNotFoundError messages, failing module bodies.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print(e.name if hasattr(e, "name") else "?", isinstance(e, ImportError))

try:
    from _mymod import does_not_exist
except ImportError as e:
    msg = str(e)
    print("ImportError:", msg[:msg.index("(")].strip())

try:
    import _raises
except ValueError as e:
    print("ValueError:", e)

import sys
print("_raises" in sys.modules)
try:
    import _raises   # runs the body again since it failed before
except ValueError as e:
    print("again:", e)

try:
    from no_such_pkg_abc import thing
except ImportError as e:
    print(type(e).__name__, e)
