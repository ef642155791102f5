# Conway's Game of Life on a small torus; hot nested loops.
W, H = 24, 16


def empty():
    grid = []
    for y in range(H):
        grid.append([0] * W)
    return grid


def step(grid):
    nxt = empty()
    for y in range(H):
        for x in range(W):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dy or dx:
                        n += grid[(y + dy) % H][(x + dx) % W]
            if grid[y][x]:
                nxt[y][x] = 1 if n in (2, 3) else 0
            else:
                nxt[y][x] = 1 if n == 3 else 0
    return nxt


def render(grid):
    lines = []
    for row in grid:
        s = ""
        for c in row:
            s += "#" if c else "."
        lines.append(s)
    return "\n".join(lines)


def population(grid):
    total = 0
    for row in grid:
        total += sum(row)
    return total


g = empty()
for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    g[y][x] = 1
for x, y in [(10, 8), (11, 8), (12, 8)]:
    g[y][x] = 1
for x, y in [(18, 3), (19, 3), (18, 4), (19, 4)]:
    g[y][x] = 1
print(render(g))
pops = []
for gen in range(40):
    g = step(g)
    pops.append(population(g))
print()
print(render(g))
print(pops)
