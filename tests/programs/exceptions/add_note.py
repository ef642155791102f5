# BaseException.add_note (3.11): notes print after the message of an uncaught exception.
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing config.ini")
    e.add_note("line 3")
    print(e.__notes__)
    err = e
try:
    err.add_note(5)
except TypeError as t:
    print("TypeError:", t)
print(str(err), repr(err))
raise err
