# A bare re-raise keeps the original traceback.
def risky(n):
    return 10 // n


def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging the error")
        raise


print(wrapper(2))
wrapper(0)
