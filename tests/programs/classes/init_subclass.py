# __init_subclass__ hooks, class keywords, metaclass=type, and plugin registries.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"registered {cls.__name__} as {key!r}")


class Csv(Plugin):
    pass


class Json(Plugin, name="json-v2"):
    pass


class Base(metaclass=type):
    pass


class Strict:
    @classmethod
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in required if not hasattr(cls, r)]
        cls.missing = missing


class Good(Strict, required=("run",)):
    def run(self):
        pass


class Bad(Strict, required=("run", "stop")):
    def run(self):
        pass


print(sorted(Plugin.registry), Plugin.registry["json-v2"].__name__)
print(Good.missing, Bad.missing, type(Base).__name__)


class SubCsv(Csv):
    pass


print(sorted(Plugin.registry))
try:
    class Oops(tag="x"):
        pass
except TypeError as e:
    print("TypeError:", e)
T = type("T", (Plugin,), {"x": 1})
print(T.x, "t" in Plugin.registry)
