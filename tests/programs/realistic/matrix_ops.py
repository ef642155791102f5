# A Matrix class with operator overloading, exact rational arithmetic (a small Fraction class),
# determinant, inverse, rank, and solving linear systems.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Frac):
            num, den = num.num * den, num.den
        if den == 0:
            raise ZeroDivisionError("Frac with zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.num == o.num and self.den == o.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __lt__(self, o):
        o = Frac.of(o)
        return self.num * o.den < o.num * self.den

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [[Frac.of(x) for x in r] for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = Frac.of(value)

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        cells = [[repr(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)

    def _check_same(self, other, op):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch for {op}: {self.shape} vs {other.shape}")

    def __add__(self, other):
        self._check_same(other, "+")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __sub__(self, other):
        self._check_same(other, "-")
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])

    def __neg__(self):
        return Matrix([[-a for a in r] for r in self])

    def __mul__(self, other):
        if isinstance(other, Matrix):
            return self @ other
        return Matrix([[a * other for a in r] for r in self])

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = other.transpose().rows
        return Matrix([[sum((a * b for a, b in zip(row, col)), Frac(0)) for col in cols]
                       for row in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def copy(self):
        return Matrix([r[:] for r in self.rows])

    def _eliminate(self):
        """Row-reduce a copy; return (reduced, rank, sign of the row swaps, pivots)."""
        m = self.copy()
        rows, cols = m.shape
        r, sign, pivots = 0, 1, []
        for c in range(cols):
            pivot = next((i for i in range(r, rows) if m.rows[i][c]), None)
            if pivot is None:
                continue
            if pivot != r:
                m.rows[r], m.rows[pivot] = m.rows[pivot], m.rows[r]
                sign = -sign
            pivots.append(m.rows[r][c])
            for i in range(rows):
                if i != r and m.rows[i][c]:
                    factor = m.rows[i][c] / m.rows[r][c]
                    m.rows[i] = [a - factor * b for a, b in zip(m.rows[i], m.rows[r])]
            r += 1
            if r == rows:
                break
        return m, r, sign, pivots

    def rank(self):
        return self._eliminate()[1]

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        _, rank, sign, pivots = self._eliminate()
        if rank < n:
            return Frac(0)
        result = Frac(sign)
        for p in pivots:
            result = result * p
        return result

    def inverse(self):
        n = self.shape[0]
        if self.det() == 0:
            raise ZeroDivisionError("matrix is singular")
        aug = Matrix([row + ident for row, ident in zip(self.rows, Matrix.identity(n).rows)])
        red, _, _, _ = aug._eliminate()
        return Matrix([[x / row[i] for x in row[n:]] for i, row in enumerate(red.rows)])

    def solve(self, b):
        x = self.inverse() @ Matrix([[v] for v in b])
        return [row[0] for row in x.rows]


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [0, 1, 4], [5, 6, 0]])
print("A =\n" + repr(A))
print("A + B =\n" + repr(A + B))
print("A - B =\n" + repr(A - B))
print("3 * A =\n" + repr(3 * A))
print("A @ B =\n" + repr(A @ B))
print("A * B == A @ B:", A * B == A @ B)
print("det A =", A.det(), " det B =", B.det(), " det AB =", (A @ B).det())
Ai = A.inverse()
print("A^-1 =\n" + repr(Ai))
print("A @ A^-1 == I:", A @ Ai == Matrix.identity(3))
print("B^-1 =\n" + repr(B.inverse()))
print("solve A x = [4, 5, 6]:", A.solve([4, 5, 6]))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", [(F ** k)[0, 1] for k in range(1, 15)])
S = Matrix([[1, 2, 3], [2, 4, 6], [1, 1, 1]])
print("rank S =", S.rank(), " det S =", S.det())
try:
    S.inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
R = Matrix([[1, 2], [3, 4], [5, 6]])
print("R^T =\n" + repr(R.transpose()), "\nshape", R.shape, "->", R.transpose().shape)
print("R^T R =\n" + repr(R.transpose() @ R))
for bad in [lambda: A + R, lambda: A @ R.transpose(), lambda: R.det(), lambda: Matrix([[1], [1, 2]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
H = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert 4 det =", H.det())
print("Hilbert 4 inverse row 0:", H.inverse().rows[0])
M = Matrix.zeros(2, 2)
M[0, 0] = Frac(1, 2)
M[1, 1] = Frac(3, 4)
print("M =\n" + repr(M), "\nfloat det", float(M.det()))
print(sorted([Frac(1, 3), Frac(1, 2), Frac(-2, 7), Frac(5, 10)]), Frac(6, 8) == Frac(3, 4))
print({Frac(1, 2): "half"}[Frac(2, 4)], 1 - Frac(1, 3), 2 / Frac(4, 3))
