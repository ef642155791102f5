"""hexiom: solve "Hexiom" puzzles by exhaustive backtracking search.

A hexagonal board holds numbered tiles and empty cells; every tile's
number must equal how many of its (up to six) neighbours hold tiles.
Puzzles are generated from a random filled board (inline LCG): we keep
the multiset of tile numbers plus a few revealed cells, then count every
arrangement that satisfies all tiles.

Exercises: recursion with undo, dicts keyed by (q, r) tuples, lists of
neighbour indices, incremental counters, tuple unpacking, list
comprehensions, early-exit pruning loops.
"""
import sys

NAME = "hexiom"
QUICK = 2
DEFAULT = 10
EXPECTED = {
    2: (8, 10594, 926310909),
    10: (69, 360731, 55074800),
}

SIDE = 4
HINTS = 11
UNKNOWN = -2
HOLE = -1
DIRECTIONS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class HexBoard:
    def __init__(self, side):
        self.coords = []
        index = {}
        limit = side - 1
        for r in range(-limit, limit + 1):
            for q in range(-limit, limit + 1):
                if abs(q + r) <= limit:
                    index[(q, r)] = len(self.coords)
                    self.coords.append((q, r))
        self.size = len(self.coords)
        self.neighbours = []
        for q, r in self.coords:
            near = []
            for dq, dr in DIRECTIONS:
                key = (q + dq, r + dr)
                if key in index:
                    near.append(index[key])
            self.neighbours.append(near)


class Puzzle:
    def __init__(self, board, seed):
        rng = Rng(seed)
        self.board = board
        filled = [rng.below(10) < 7 for _ in range(board.size)]
        solution = []
        for i in range(board.size):
            if filled[i]:
                solution.append(sum([1 for j in board.neighbours[i] if filled[j]]))
            else:
                solution.append(HOLE)
        self.solution = solution
        self.tile_counts = [0] * 7
        self.holes = 0
        for v in solution:
            if v == HOLE:
                self.holes += 1
            else:
                self.tile_counts[v] += 1
        # Reveal a few cells.
        self.given = {}
        while len(self.given) < HINTS:
            i = rng.below(board.size)
            self.given[i] = solution[i]


class Solver:
    def __init__(self, puzzle):
        board = puzzle.board
        self.neighbours = board.neighbours
        self.size = board.size
        self.cells = [UNKNOWN] * board.size
        self.tiles_near = [0] * board.size            # neighbouring tiles placed
        self.unknown_near = [len(n) for n in board.neighbours]
        self.counts = puzzle.tile_counts[:]
        self.holes = puzzle.holes
        self.nodes = 0
        self.solutions = 0
        self.digest = 0
        self.ok = True
        for i, v in puzzle.given.items():
            if not self.assign(i, v):
                self.ok = False
        self.order = [i for i in range(board.size) if i not in puzzle.given]

    def consistent(self, i):
        v = self.cells[i]
        if v < 0:
            return True
        have = self.tiles_near[i]
        return have <= v <= have + self.unknown_near[i]

    def assign(self, i, v):
        """Place v (a tile number or HOLE) on cell i; False if that breaks a
        constraint.  The caller must call unassign() either way."""
        self.cells[i] = v
        if v == HOLE:
            self.holes -= 1
        else:
            self.counts[v] -= 1
        is_tile = v != HOLE
        good = self.consistent(i)
        for j in self.neighbours[i]:
            self.unknown_near[j] -= 1
            if is_tile:
                self.tiles_near[j] += 1
            if good and not self.consistent(j):
                good = False
        return good

    def unassign(self, i):
        v = self.cells[i]
        self.cells[i] = UNKNOWN
        if v == HOLE:
            self.holes += 1
        else:
            self.counts[v] += 1
        is_tile = v != HOLE
        for j in self.neighbours[i]:
            self.unknown_near[j] += 1
            if is_tile:
                self.tiles_near[j] -= 1

    def candidates(self, i):
        lo = self.tiles_near[i]
        hi = lo + self.unknown_near[i]
        result = [v for v in range(lo, hi + 1) if self.counts[v] > 0]
        if self.holes > 0:
            result.append(HOLE)
        return result

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.solutions += 1
            h = 0
            for v in self.cells:
                h = (h * 11 + v + 2) % 1000000007
            self.digest = (self.digest + h) % 1000000007
            return
        i = self.order[k]
        for v in self.candidates(i):
            if self.assign(i, v):
                self.search(k + 1)
            self.unassign(i)

    def solve(self):
        if self.ok:
            self.search(0)
        return self.solutions, self.nodes, self.digest


def bench(n):
    board = HexBoard(SIDE)
    solutions = 0
    nodes = 0
    digest = 0
    for p in range(n):
        puzzle = Puzzle(board, 1000 + 17 * p)
        s, k, d = Solver(puzzle).solve()
        if s < 1:
            sys.stderr.write("FAIL %s: puzzle %d has no solution\n" % (NAME, p))
            sys.exit(1)
        solutions += s
        nodes += k
        digest = (digest * 31 + d) % 1000000007
    return (solutions, nodes, digest)


# ---------------------------------------------------------------------------
# Harness (identical in every benchmark): size selection + verification.
# The checksum is a tuple of ints / floats / strings.  Floats are compared
# with a relative tolerance of 1e-9 and printed rounded to 9 decimals.

def format_checksum(values):
    parts = []
    for v in values:
        if isinstance(v, float):
            parts.append("%.9f" % v)
        else:
            parts.append(str(v))
    return ",".join(parts)


def same_checksum(got, expected):
    if len(got) != len(expected):
        return False
    for i in range(len(got)):
        a = got[i]
        b = expected[i]
        if isinstance(b, float):
            if abs(a - b) > 1e-9 * abs(b):
                return False
        elif a != b:
            return False
    return True


def main():
    arg = sys.argv[1] if len(sys.argv) > 1 else "default"
    if arg == "quick":
        n = QUICK
    elif arg == "default":
        n = DEFAULT
    else:
        n = int(arg)
    got = bench(n)
    text = format_checksum(got)
    if n in EXPECTED:
        expected = EXPECTED[n]
        if not same_checksum(got, expected):
            sys.stderr.write("FAIL %s: got %s expected %s\n"
                             % (NAME, text, format_checksum(expected)))
            sys.exit(1)
        print("OK %s %s" % (NAME, text))
    else:
        print("UNVERIFIED %s %s" % (NAME, text))


main()
