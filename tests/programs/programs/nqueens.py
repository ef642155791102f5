# N-queens by backtracking.
def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    solutions = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if cols[c] or diag1[row + c] or diag2[row - c + n]:
                continue
            cols[c] = diag1[row + c] = diag2[row - c + n] = True
            placement[row] = c
            place(row + 1)
            cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return solutions


def board(sol):
    lines = []
    for c in sol:
        lines.append("." * c + "Q" + "." * (len(sol) - c - 1))
    return "\n".join(lines)


for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols), sols[0] if sols else None)
sols = solve(8)
print(board(sols[0]))
print()
print(board(sols[-1]))
symmetric = 0
for s in sols:
    if s == s[::-1]:
        symmetric += 1
print("palindromic solutions:", symmetric)
firsts = {}
for s in sols:
    firsts[s[0]] = firsts.get(s[0], 0) + 1
print(firsts)
