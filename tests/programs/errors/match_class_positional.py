# An uncaught TypeError of a class pattern: the traceback names the pattern's line.
print("before")
class Bad:
    __match_args__ = ("a",)
match Bad():
    case [1,
          2]:
        pass
    case Bad(
            1,
            2):
        pass
