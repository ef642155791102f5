# break/continue/return (through finally) inside case bodies, in loops.
def f():
    out = []
    for i in range(50):
        for j in range(3):
            match (i % 5, j):
                case (0, 0):
                    continue
                case (1, k) if k > 0:
                    break
                case (4, _):
                    try:
                        match j:
                            case 2:
                                return out
                    finally:
                        out.append("fin")
                case (a, b):
                    out.append(a * b)
    return out
print(f())
while True:
    match [1]:
        case [x]:
            break
print("x", x)
