# __del__ runs when the last reference goes away (del, rebinding, function exit, container
# clearing) and, for what is still alive, at interpreter shutdown in __main__'s order.
class Resource:
    def __init__(self, name):
        self.name = name
        print("acquire", name)

    def __del__(self):
        print("release", self.name)


a = Resource("a")
del a
print("after del")


def work():
    r = Resource("local")
    print("working with", r.name)


work()
print("after work")
b = Resource("b1")
b = Resource("b2")
print("rebound")
items = [Resource("in list")]
items.clear()
print("cleared")
d = {"k": Resource("in dict")}
d.pop("k")
print("popped")
x = Resource("x")
y = x
del x
print("still referenced by y")
y = None
print("now released")


class Child(Resource):
    pass


c = Child("child")
del c


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleaned up at exit")


gen = numbers()
next(gen)
survivor = Resource("survivor")
last = [Resource("list member")]
print("end of program")
