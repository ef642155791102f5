# Recursion 900 levels deep is fine under the default limit of 1000.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(850))))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
print(len(count_down(900, [])))
