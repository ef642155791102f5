# __traceback__ chains (tb_lineno, tb_next, tb_frame.f_code.co_name) from the handler down to the raise.
def inner():
    raise ValueError("x")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(type(e.__traceback__).__name__, ValueError("never raised").__traceback__)
