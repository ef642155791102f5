# Conway's Game of Life on an unbounded grid stored as a set of (row, col) tuples, with
# pattern parsing, generation stepping via Counter-like dicts, period detection and rendering.
class Pattern:
    def __init__(self, name, rows):
        self.name = name
        self.cells = frozenset(
            (r, c) for r, line in enumerate(rows) for c, ch in enumerate(line) if ch == "#"
        )

    def __repr__(self):
        return f"Pattern({self.name!r}, {len(self.cells)} cells)"


class Life:
    def __init__(self, cells):
        self.cells = set(cells)
        self.generation = 0
        self.history = {}

    @staticmethod
    def neighbours(cell):
        r, c = cell
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    yield (r + dr, c + dc)

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items()
                      if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1
        return self

    def normalized(self):
        if not self.cells:
            return frozenset()
        r0 = min(r for r, _ in self.cells)
        c0 = min(c for _, c in self.cells)
        return frozenset((r - r0, c - c0) for r, c in self.cells)

    def bounds(self):
        rows = [r for r, _ in self.cells]
        cols = [c for _, c in self.cells]
        return min(rows), max(rows), min(cols), max(cols)

    def render(self):
        if not self.cells:
            return ["(empty)"]
        r0, r1, c0, c1 = self.bounds()
        return ["".join("#" if (r, c) in self.cells else "." for c in range(c0, c1 + 1))
                for r in range(r0, r1 + 1)]

    def run_until_repeat(self, limit=200):
        seen = {}
        while self.generation <= limit:
            key = self.normalized()
            if key in seen:
                return seen[key], self.generation - seen[key]
            seen[key] = self.generation
            self.step()
        return None, None

    def __len__(self):
        return len(self.cells)

    def __contains__(self, cell):
        return cell in self.cells


patterns = [
    Pattern("blinker", ["###"]),
    Pattern("block", ["##", "##"]),
    Pattern("glider", [".#.", "..#", "###"]),
    Pattern("toad", [".###", "###."]),
    Pattern("beacon", ["##..", "##..", "..##", "..##"]),
    Pattern("r-pentomino", [".##", "##.", ".#."]),
    Pattern("diehard", ["......#.", "##......", ".#...###"]),
]
for p in patterns:
    life = Life(p.cells)
    start, period = life.run_until_repeat(limit=150)
    if start is None:
        print(f"{p.name:12} no repeat within 150 generations, population {len(life)}")
    else:
        print(f"{p.name:12} enters a cycle at gen {start} with period {period}, population {len(life)}")

g = Life(patterns[2].cells)
for gen in range(5):
    print(f"glider gen {g.generation}: bounds={g.bounds()}")
    for line in g.render():
        print("   " + line)
    g.step()
print("glider moved diagonally:", g.normalized() == Life(patterns[2].cells).normalized(), g.bounds())
b = Life(patterns[0].cells)
print([sorted(b.step().cells) for _ in range(2)])
print((0, 1) in b, (5, 5) in b, len(b))
dh = Life(patterns[6].cells)
pops = []
for _ in range(131):
    pops.append(len(dh))
    dh.step()
print("diehard populations:", pops[:10], "...", pops[-5:], "final", len(dh))
print("max population", max(pops), "at gen", pops.index(max(pops)))
