# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        if n % 2 == 0:
            return "medium-even"
        else:
            return "medium-odd"
    else:
        return "large"


for n in [-5, 0, 3, 42, 77, 100, 10 ** 30, -0]:
    print(n, classify(n))
grade_bounds = [(90, "A"), (80, "B"), (70, "C"), (60, "D")]
for score in [95, 85, 75, 65, 55, 90, 59.9]:
    letter = "F"
    for bound, g in grade_bounds:
        if score >= bound:
            letter = g
            break
    print(score, letter)
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("fizzbuzz")
if x:
    pass
else:
    print("unreachable")
if not []:
    print("empty list is falsy")
if "":
    print("no")
elif None:
    print("no")
elif 0.0:
    print("no")
else:
    print("all falsy")
