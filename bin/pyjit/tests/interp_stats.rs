//! `--stats` counts what the specializing interpreter really did: the exact hits and misses
//! of each family for a program whose instructions can be counted by hand.

use std::process::Command;

/// `(hits, misses)` of `family` in the `--stats` table on stderr.
fn counts(stderr: &str, family: &str) -> (u64, u64) {
    let line = stderr
        .lines()
        .find(|l| l.split_whitespace().next() == Some(family))
        .unwrap_or_else(|| panic!("no {family} row in {stderr:?}"));
    let cols: Vec<u64> = line
        .split_whitespace()
        .skip(1)
        .take(2)
        .map(|c| c.parse().expect("a count"))
        .collect();
    (cols[0], cols[1])
}

#[test]
fn fast_path_families_count_hits_and_misses() {
    let code = r#"
xs = [1, 2, 3]
t = 0
for i in range(100):      # ForIter: 100 range hits
    t = t + xs[i % 3]     # BinaryOp: 2 int hits; Subscript: 1 list hit
s = ""
for c in "abc":           # ForIter: 4 misses (a str iterator, the last one exhausted)
    s = s + c             # BinaryOp: 3 misses (str + str)
if t > 5:                 # CompareOp: 1 hit
    pass
if s < "b":               # CompareOp: 1 miss
    pass
d = {"k": 1}
print(t, s, d["k"])       # Subscript: 1 miss (a dict)
"#;
    for jit in ["--jit=off", "--jit=on"] {
        let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
            .args([jit, "--stats", "-c", code])
            .output()
            .expect("run pyjit");
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout), "199 abc 1\n");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(counts(&err, "BinaryOp"), (200, 3), "{err}");
        assert_eq!(counts(&err, "CompareOp"), (1, 1), "{err}");
        assert_eq!(counts(&err, "ForIter"), (100, 4), "{err}");
        assert_eq!(counts(&err, "Subscript"), (100, 1), "{err}");
    }
}

#[test]
fn no_stats_without_the_flag() {
    let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(["--jit=off", "-c", "print(1 + 2)"])
        .env_remove("PYJIT_STATS")
        .output()
        .expect("run pyjit");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "3\n");
    assert!(out.stderr.is_empty());
}

/// The count of `row` (an opcode, or two opcodes separated by a space) in the `--stats`
/// instruction tables.
fn op_count(stderr: &str, row: &str) -> u64 {
    stderr
        .lines()
        .find_map(|l| {
            let (name, _percent) = l.trim().rsplit_once(char::is_whitespace)?;
            let (name, count) = name.trim().rsplit_once(char::is_whitespace)?;
            (name.trim() == row).then(|| count.parse::<u64>().expect("a count"))
        })
        .unwrap_or_else(|| panic!("no {row} row in {stderr:?}"))
}

#[test]
fn stats_count_executed_opcodes_and_pairs() {
    let code = r#"
def f():
    for i in range(50):
        pass
f()
"#;
    let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(["--jit=off", "--stats", "-c", code])
        .output()
        .expect("run pyjit");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    // 50 iterations and the exhausted one: `ForIter`, then `StoreFast i` and the back-jump.
    assert_eq!(op_count(&err, "ForIter"), 51, "{err}");
    assert_eq!(op_count(&err, "StoreFast"), 50, "{err}");
    assert_eq!(op_count(&err, "Jump"), 50, "{err}");
    assert_eq!(op_count(&err, "ForIter StoreFast"), 50, "{err}");
    assert_eq!(op_count(&err, "Jump ForIter"), 50, "{err}");
}

#[test]
fn stats_count_the_instructions_the_jit_records() {
    // Neither loop can be compiled (one iterates a `map`, the other yields; a loop over the
    // generator itself would compile since branch `jit-gen`), so with the JIT every
    // instruction is interpreted, some of them by the recording instance of the evaluation
    // loop: the counts must be the interpreter's.
    let code = r#"
def g():
    for i in range(50):
        yield i
def f():
    t = 0
    for x in map(int, g()):
        t += x
    return t
print(f())
"#;
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_pyjit"))
            .args(args)
            .args(["--stats", "-c", code])
            .output()
            .expect("run pyjit");
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout), "1225\n");
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let off = run(&["--jit=off"]);
    let on = run(&["--jit=on", "--jit-threshold=1"]);
    for row in ["ForIter", "YieldValue", "Jump", "InplaceOp", "Jump ForIter"] {
        assert_eq!(op_count(&on, row), op_count(&off, row), "{row}: {on}");
    }
    assert_eq!(op_count(&off, "ForIter"), 102, "{off}");
}
