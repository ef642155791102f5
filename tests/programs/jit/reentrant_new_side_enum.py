# Found by tests/fuzz/gen_programs.py (minimised): recursion from inside an enumerate loop
# whose late iterations store objects into locals; a side trace attached while an outer
# activation was suspended stayed bound to the inner (dead) frame — a segfault at
# --jit-threshold=7 before jit-nq 43981b8 (bin/pyjit/tests/jit_stats.rs runs it there).
def t0(depth=3, width=3):
    x = -27.08
    s = 0
    for j9, i0 in enumerate(range(width)):
        if x is None:
            pass
        if depth > 0:
            s = (s + t0(depth - 1, (i0 + depth) % 4 + 1)) % 1000003
        if i0 >= width - 2:
            label = 'h%d' % depth
            last = [i0]
    return (s + int(a) * 7 + int(b) + int(x) + len(label) + (last[-1] if last else 0)) % 1000003
a = 4611686018427387000
b = True
for d in range(6):
    try:
        print('t0', d, t0(d, 4))
    except Exception as e:
        pass
