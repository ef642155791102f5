# An exception deep in a call chain reports every frame.
def parse(token):
    return int(token)


def parse_all(tokens):
    out = []
    for t in tokens:
        out.append(parse(t))
    return out


def load(text):
    return parse_all(text.split(","))


def main():
    print(load("1,2,3"))
    print(load("4,five,6"))


main()
