# __name__ == "__main__" guard in the main script and in an imported module.
import _mymod


def main():
    print("main() runs because __name__ is", repr(__name__))
    print(_mymod.__name__)


if __name__ == "__main__":
    main()
else:
    print("imported")
