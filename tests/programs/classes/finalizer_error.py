# An exception escaping __del__ is reported on stderr and ignored; the program goes on.
class Fragile:
    def __del__(self):
        print("in __del__")
        raise ValueError("cannot release")


f = Fragile()
del f
print("program continues and exits with status 0")
