# A `while` loop that runs one iteration in most of its calls (its recordings end with
# "loop returned while recording") and now and then a long run, which is then recorded
# and compiled: the work queue of a propagation (deltablue's `add_propagate`).


class Node:
    def __init__(self, name):
        self.name = name
        self.value = 0
        self.mark = 0
        self.next = []


def propagate(start, mark):
    todo = [start]
    count = 0
    while todo:
        n = todo.pop(0)
        if n.mark == mark:
            return -count
        n.mark = mark
        n.value += 1
        count += 1
        for m in n.next:
            todo.append(m)
    return count


def drain(items):
    total = 0
    while items:
        x = items.pop()
        if x < 0:
            return total * 1000 + x
        total += x * 3 % 7
    return total


nodes = [Node("n%d" % i) for i in range(600)]
results = []
mark = 0
# One node at a time: every call runs one iteration.
for n in nodes:
    mark += 1
    results.append(propagate(n, mark))
print(sum(results), results[:5])

# Chain them: long runs.
for i in range(len(nodes) - 1):
    nodes[i].next.append(nodes[i + 1])
for start in (0, 100, 599, 300):
    mark += 1
    print(start, propagate(nodes[start], mark), nodes[-1].value)

# A cycle: the run ends at the `return` inside the loop.
nodes[-1].next.append(nodes[0])
mark += 1
print(propagate(nodes[10], mark))

total = 0
for i in range(500):
    total += drain([i])
print(total)
print(drain(list(range(3000))))
print(drain([5, 6, -2] + list(range(2000))))
print(drain([]))
