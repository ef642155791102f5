# `raise e` of a caught exception adds the raising line to its traceback.
def parse(s):
    return int(s)


def convert(s):
    try:
        return parse(s)
    except ValueError as e:
        print("converting failed, raising again")
        raise e


convert("12")
convert("twelve")
