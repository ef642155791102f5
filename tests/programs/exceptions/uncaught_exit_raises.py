# __exit__ itself raises while handling the body's exception.
class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise RuntimeError("exit failed")


with Bad():
    1 / 0
