# return/break/continue inside try/finally and except.
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")


print(ret_in_try())


def ret_overridden():
    try:
        return "try"
    finally:
        return "finally"


print(ret_overridden())


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


print(swallow())


def ret_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except-return")


print(ret_in_except())

for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)

out = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            out.append(("ok", i))
        finally:
            out.append(("inner-fin", i))
    except ValueError as e:
        out.append(("caught", e.args[0]))
        continue
    finally:
        out.append(("outer-fin", i))
print(out)


def nested_loops():
    res = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
                res.append((i, j))
            finally:
                res.append("f")
    return res


print(nested_loops())


def while_with_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("tick", n)


print(while_with_finally())


def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(return_value_evaluated_before_finally())


def break_in_except():
    for i in range(5):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 2:
                break
            print("handled", i)
    return i


print(break_in_except())


def deep():
    try:
        try:
            try:
                return 1
            finally:
                print("f1")
        finally:
            print("f2")
    finally:
        print("f3")


print(deep())


def gen_counter():
    count = 0
    for x in range(10):
        try:
            if x % 3 == 0:
                continue
            count += x
        except Exception:
            pass
        finally:
            count += 100
    return count


print(gen_counter())
