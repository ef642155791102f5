"""go: Monte-Carlo tree search (UCT) playing 9x9 Go against itself.

Each search iteration copies the board, walks down the tree picking the
child with the best UCB1 score, expands one move, finishes the game with
random (eye-avoiding) moves, scores it by area and backs the result up.

Exercises: classes for board and tree nodes, list copying, flood fill with
an explicit stack (lists + sets), neighbour tables (list of lists),
many small methods, float math (math.sqrt / math.log) in UCB1, dict
lookups, an inline LCG for randomness.
"""
import sys
import math

NAME = "go"
QUICK = 12
DEFAULT = 240
EXPECTED = {
    12: ('61-45-24-11', 12, 3),
    240: ('61-35-22-7', 240, 110),
}

SIZE = 9
POINTS = SIZE * SIZE
EMPTY = 0
BLACK = 1
WHITE = 2
PASS = -1
KOMI = 7.5


def opponent(color):
    return 3 - color


def build_neighbours():
    table = []
    for pos in range(POINTS):
        row = pos // SIZE
        col = pos % SIZE
        near = []
        if row > 0:
            near.append(pos - SIZE)
        if row < SIZE - 1:
            near.append(pos + SIZE)
        if col > 0:
            near.append(pos - 1)
        if col < SIZE - 1:
            near.append(pos + 1)
        table.append(near)
    return table


NEIGHBOURS = build_neighbours()


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Board:
    def __init__(self):
        self.cells = [EMPTY] * POINTS
        self.to_move = BLACK
        self.ko = PASS
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board()
        b.cells = self.cells[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, pos):
        """Return (stones, liberty_count) of the chain containing pos."""
        cells = self.cells
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        liberties = set()
        i = 0
        while i < len(stones):
            p = stones[i]
            i += 1
            for q in NEIGHBOURS[p]:
                c = cells[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == color and q not in seen:
                    seen.add(q)
                    stones.append(q)
        return stones, len(liberties)

    def is_eye(self, pos, color):
        for q in NEIGHBOURS[pos]:
            if self.cells[q] != color:
                return False
        return True

    def is_legal(self, pos):
        cells = self.cells
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        color = self.to_move
        enemy = opponent(color)
        for q in NEIGHBOURS[pos]:
            if cells[q] == EMPTY:
                return True
        # No empty neighbour: legal only if it captures or joins a chain
        # that keeps another liberty.
        cells[pos] = color
        legal = False
        for q in NEIGHBOURS[pos]:
            c = cells[q]
            if c == enemy:
                if self.group(q)[1] == 0:
                    legal = True
                    break
            elif c == color:
                if self.group(q)[1] > 0:
                    legal = True
                    break
        cells[pos] = EMPTY
        return legal

    def play(self, pos):
        color = self.to_move
        self.moves += 1
        if pos == PASS:
            self.passes += 1
            self.ko = PASS
            self.to_move = opponent(color)
            return
        self.passes = 0
        cells = self.cells
        cells[pos] = color
        enemy = opponent(color)
        captured = []
        for q in NEIGHBOURS[pos]:
            if cells[q] == enemy:
                stones, libs = self.group(q)
                if libs == 0:
                    for s in stones:
                        cells[s] = EMPTY
                        captured.append(s)
        self.ko = PASS
        if len(captured) == 1:
            stones, libs = self.group(pos)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]
        self.to_move = enemy

    def legal_moves(self):
        return [p for p in range(POINTS) if self.is_legal(p)]

    def random_move(self, rng):
        """A random legal move that does not fill one of our own eyes."""
        start = rng.below(POINTS)
        color = self.to_move
        for k in range(POINTS):
            pos = (start + k) % POINTS
            if self.cells[pos] == EMPTY and not self.is_eye(pos, color) and self.is_legal(pos):
                return pos
        return PASS

    def playout(self, rng):
        limit = POINTS * 3
        while self.passes < 2 and self.moves < limit:
            self.play(self.random_move(rng))

    def score(self, color):
        """Area score for `color` minus the opponent's (komi to white)."""
        counts = [0, 0, 0]
        cells = self.cells
        for pos in range(POINTS):
            c = cells[pos]
            if c != EMPTY:
                counts[c] += 1
            else:
                owner = EMPTY
                for q in NEIGHBOURS[pos]:
                    n = cells[q]
                    if n != EMPTY:
                        if owner == EMPTY:
                            owner = n
                        elif owner != n:
                            owner = -1
                if owner > 0:
                    counts[owner] += 1
        diff = counts[BLACK] - counts[WHITE] - KOMI
        if color == BLACK:
            return diff
        return -diff


class Node:
    def __init__(self, move, parent, mover):
        self.move = move
        self.parent = parent
        self.mover = mover          # colour that played `move`
        self.children = []
        self.untried = None
        self.wins = 0
        self.visits = 0

    def ucb_child(self):
        log_n = math.log(self.visits)
        best = None
        best_value = -1.0
        for child in self.children:
            value = child.wins / child.visits + 1.1 * math.sqrt(log_n / child.visits)
            if value > best_value:
                best_value = value
                best = child
        return best


class Searcher:
    def __init__(self, seed):
        self.rng = Rng(seed)

    def iterate(self, root, board):
        node = root
        # Selection.
        while node.untried is not None and not node.untried and node.children:
            node = node.ucb_child()
            board.play(node.move)
        # Expansion.
        if node.untried is None:
            node.untried = board.legal_moves()
        if node.untried and board.passes < 2:
            idx = self.rng.below(len(node.untried))
            move = node.untried.pop(idx)
            mover = board.to_move
            board.play(move)
            child = Node(move, node, mover)
            node.children.append(child)
            node = child
        # Simulation.
        board.playout(self.rng)
        # Back-propagation.
        black_margin = board.score(BLACK)
        while node is not None:
            node.visits += 1
            if node.mover == BLACK and black_margin > 0:
                node.wins += 1
            elif node.mover == WHITE and black_margin < 0:
                node.wins += 1
            node = node.parent

    def best_move(self, board, iterations):
        root = Node(PASS, None, opponent(board.to_move))
        for _ in range(iterations):
            self.iterate(root, board.copy())
        best = None
        for child in root.children:
            if best is None or child.visits > best.visits:
                best = child
        if best is None:
            return PASS, root
        return best.move, root


def bench(n):
    """Play a few opening moves, each chosen by a UCT search of n // 4
    iterations; checksum the moves and tree statistics."""
    board = Board()
    searcher = Searcher(12345)
    moves = []
    visits = 0
    wins = 0
    for _ in range(4):
        move, root = searcher.best_move(board, n // 4)
        for child in root.children:
            visits += child.visits
            wins += child.wins
        moves.append(move)
        board.play(move)
    text = "-".join([str(m) for m in moves])
    return (text, visits, wins)


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
