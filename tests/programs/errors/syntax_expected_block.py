# A function with no body.
def f():
return 1
