# An exception raised inside a generator, uncaught.
def numbers(limit):
    n = 0
    while True:
        if n > limit:
            raise OverflowError(f"passed {limit}")
        yield n
        n += 1


def consume():
    total = 0
    for x in numbers(3):
        total += x
        print("total", total)
    return total


consume()
