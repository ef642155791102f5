# An exception propagating out of a with block whose __exit__ does not suppress it.
class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return False


def use():
    with Resource() as r:
        print("using")
        raise ValueError("inside with")


use()
