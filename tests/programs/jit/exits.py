# Exceptions raised where a trace has a guard: division by zero, unbound locals, a loop
# that turns into something unsupported halfway.


def div_until_zero(n):
    out = []
    total = 0
    d = n
    try:
        for i in range(2 * n):
            total += 1000 // d
            d -= 1
    except ZeroDivisionError as e:
        out.append(str(e))
    return total, d, out


def float_div_zero(n):
    x = 0.0
    d = float(n)
    try:
        while True:
            x += 1.0 / d
            d -= 1.0
    except ZeroDivisionError as e:
        return round(x, 6), d, str(e)


def mod_zero(n):
    s = 0
    try:
        for i in range(n, -1, -1):
            s += 12345 % i
    except ZeroDivisionError as e:
        return s, str(e)


def unbound(n):
    for i in range(n):
        if i == n - 1:
            del_me = i
            del del_me
        x = i
    try:
        return del_me
    except UnboundLocalError as e:
        return str(e)


def becomes_list(n):
    acc = 0
    for i in range(n):
        if i == n - 5:
            acc = [acc]
        if type(acc) is list:
            acc.append(i)
        else:
            acc += i
    return acc


print(div_until_zero(3000))
print(float_div_zero(2000))
print(mod_zero(3000))
print(unbound(1000))
print(becomes_list(2000))
