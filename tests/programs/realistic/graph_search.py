# Graph algorithms: BFS, DFS (recursive and iterative), Dijkstra with a hand-written binary
# heap, topological sort, connected components, and A* on a grid.
class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and items[left] < items[smallest]:
                smallest = left
            if right < n and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj.setdefault(u, []).append((v, w))
        self.adj.setdefault(v, [])
        if not self.directed:
            self.adj[v].append((u, w))

    def neighbors(self, u):
        return [v for v, _ in self.adj.get(u, [])]

    def bfs(self, start):
        order, seen, queue = [], {start}, [start]
        head = 0
        while head < len(queue):
            u = queue[head]
            head += 1
            order.append(u)
            for v in self.neighbors(u):
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
        return order

    def shortest_hops(self, start, goal):
        prev = {start: None}
        frontier = [start]
        while frontier:
            nxt = []
            for u in frontier:
                if u == goal:
                    path = []
                    while u is not None:
                        path.append(u)
                        u = prev[u]
                    return path[::-1]
                for v in self.neighbors(u):
                    if v not in prev:
                        prev[v] = u
                        nxt.append(v)
            frontier = nxt
        return None

    def dfs(self, start, seen=None):
        if seen is None:
            seen = []
        seen.append(start)
        for v in self.neighbors(start):
            if v not in seen:
                self.dfs(v, seen)
        return seen

    def dfs_iter(self, start):
        seen, stack, order = set(), [start], []
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(reversed(self.neighbors(u)))
        return order

    def dijkstra(self, source):
        dist = {source: 0}
        prev = {}
        heap = MinHeap()
        heap.push((0, source))
        done = set()
        while heap:
            d, u = heap.pop()
            if u in done:
                continue
            done.add(u)
            for v, w in self.adj[u]:
                nd = d + w
                if v not in dist or nd < dist[v]:
                    dist[v] = nd
                    prev[v] = u
                    heap.push((nd, v))
        return dist, prev

    def path_to(self, prev, source, target):
        path = [target]
        while path[-1] != source:
            path.append(prev[path[-1]])
        return path[::-1]

    def topo_sort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v, _ in self.adj[u]:
                indeg[v] += 1
        ready = sorted(u for u, d in indeg.items() if d == 0)
        order = []
        while ready:
            u = ready.pop(0)
            order.append(u)
            for v, _ in self.adj[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle")
        return order

    def components(self):
        seen, comps = set(), []
        for u in sorted(self.adj):
            if u not in seen:
                comp = self.bfs(u)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps


h = MinHeap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print("heap order:", [h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)

g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print("bfs:", g.bfs("A"))
print("dfs:", g.dfs("A"))
print("dfs iterative:", g.dfs_iter("A"))
print("hops A->F:", g.shortest_hops("A", "F"), "A->X:", g.shortest_hops("A", "X"))
dist, prev = g.dijkstra("A")
for node in sorted(dist):
    print(f"  dist A->{node} = {dist[node]:2}  via {' -> '.join(g.path_to(prev, 'A', node))}")
print("components:", g.components())

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("pants", "shoes"), ("pants", "belt"),
             ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes"), ("undershorts", "pants"),
             ("undershorts", "shoes")]:
    dag.add_edge(u, v)
print("topo:", dag.topo_sort())
dag.add_edge("jacket", "shirt")
try:
    dag.topo_sort()
except ValueError as e:
    print("ValueError:", e)

GRID = [
    "S..#......",
    ".#.#.####.",
    ".#...#....",
    ".####.#.#.",
    "......#.#G",
]


def astar(grid):
    rows, cols = len(grid), len(grid[0])
    find = lambda ch: next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == ch)
    start, goal = find("S"), find("G")
    heur = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    heap = MinHeap()
    heap.push((heur(start), 0, start))
    came = {start: None}
    cost = {start: 0}
    expanded = 0
    while heap:
        _, g_cost, cur = heap.pop()
        expanded += 1
        if cur == goal:
            break
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                ng = g_cost + 1
                if (nr, nc) not in cost or ng < cost[(nr, nc)]:
                    cost[(nr, nc)] = ng
                    came[(nr, nc)] = cur
                    heap.push((ng + heur((nr, nc)), ng, (nr, nc)))
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = came[node]
    path.reverse()
    canvas = [list(row) for row in grid]
    for r, c in path[1:-1]:
        canvas[r][c] = "*"
    return len(path) - 1, expanded, ["".join(row) for row in canvas]


steps, expanded, drawing = astar(GRID)
print("A* steps:", steps, "expanded:", expanded)
for row in drawing:
    print("  " + row)
