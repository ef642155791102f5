# Loop variables persist after the loop; reassigning them in the body has no effect on iteration.
for i in range(5):
    pass
print(i)
for i in range(3):
    print("before", i)
    i = 100
    print("after", i)
print(i)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 8:
        lst.append(x * 10)
print(lst)
j = "unchanged"
for j in []:
    pass
print(j)
k = 0
for k, ch in enumerate("abc", 1):
    pass
print(k, ch)
