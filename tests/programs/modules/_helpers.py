import _mymod
from _mymod import greet as _greet

print("_helpers: body runs")


def shout(name):
    return _greet(name).upper()


def mymod_counter():
    return _mymod.counter
