# A chain of three exceptions: context, then cause.
def step1():
    raise KeyError("step1")


def step2():
    try:
        step1()
    except KeyError:
        raise ValueError("step2")


def step3():
    try:
        step2()
    except ValueError as e:
        raise RuntimeError("step3") from e


step3()
