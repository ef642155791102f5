# Lists used as a stack and a queue.
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


for t in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{", "a(b[c]d)e"]:
    print(repr(t), balanced(t))
queue = [1]
order = []
while queue and len(order) < 20:
    x = queue.pop(0)
    order.append(x)
    queue.append(2 * x)
    queue.append(2 * x + 1)
print(order, len(queue))
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = []
todo = ["a"]
while todo:
    node = todo.pop(0)
    if node in seen:
        continue
    seen.append(node)
    for nxt in graph[node]:
        todo.append(nxt)
print("bfs:", seen)
seen = []
todo = ["a"]
while todo:
    node = todo.pop()
    if node in seen:
        continue
    seen.append(node)
    for nxt in reversed(graph[node]):
        todo.append(nxt)
print("dfs:", seen)
