# Private name mangling: __x inside class C is _C__x (attributes, methods, class vars,
# parameters, nested classes and closures), but not in keyword arguments or strings.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        self._hint = "single underscore is not mangled"
        Account.__count += 1
        self.__id = Account.__count

    def __describe(self):
        return f"#{self.__id} {self.__owner}"

    def describe(self):
        return self.__describe()

    @classmethod
    def count(cls):
        return cls.__count

    def with_param(self, __p=5):
        return __p

    def kwargs(self, **kw):
        return kw

    def call_kwargs(self):
        return self.kwargs(__k=1)

    def closure(self):
        __local = self.__id * 10

        def inner():
            return __local + 1
        return inner()

    class __Helper:
        pass

    def helper_name(self):
        return self.__Helper.__name__, self.__Helper.__qualname__


a = Account("ann")
b = Account("bob")
print(a.describe(), b.describe(), Account.count())
print(sorted(vars(a)))
print(a._Account__owner, a._Account__describe(), Account._Account__count)
print(a.with_param(), a.with_param(9), a.call_kwargs(), a.closure(), a.helper_name())
print(sorted(k for k in Account.__dict__ if k.startswith("_Account")))
print(getattr(a, "_Account__id"), hasattr(a, "__id"))
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.with_param(__p=1)
except TypeError as e:
    print("TypeError:", e)


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow " + owner   # a different attribute: _Savings__owner

    def owners(self):
        return self.__owner, self._Account__owner


s = Savings("cat")
print(s.owners(), sorted(vars(s)), s.describe())


class _Leading:
    def __init__(self):
        self.__v = 1


class ___:
    def __init__(self):
        self.__v = 2


print(vars(_Leading()), vars(___()))


class Dunder:
    def __init__(self):
        self.__special__ = "dunder names are not mangled"


print(vars(Dunder()))
