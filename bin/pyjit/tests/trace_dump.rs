//! `PYJIT_TRACE=1` dumps every compiled trace to stderr (location, recorded and optimized IR,
//! exits, code size); `PYJIT_TRACE=2` adds the disassembly of its machine code. The program's
//! own output is unchanged either way.

use std::process::Command;

const LOOP: &str = "def f(n):\n    t = 0\n    for i in range(n):\n        t += i * 3\n    return t\nprint(f(1000))\n";

fn run(trace: Option<&str>) -> (String, String) {
    run_code(LOOP, trace)
}

fn run_code(code: &str, trace: Option<&str>) -> (String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyjit"));
    cmd.args(["--jit-threshold=5", "-c", code]);
    cmd.env_remove("PYJIT_TRACE");
    if let Some(level) = trace {
        cmd.env("PYJIT_TRACE", level);
    }
    let out = cmd.output().expect("run pyjit");
    assert!(out.status.success());
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The number after `key` in `text`.
fn number_after(text: &str, key: &str) -> usize {
    let at = text
        .find(key)
        .unwrap_or_else(|| panic!("no {key:?} in:\n{text}"))
        + key.len();
    text[at..]
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|d| d.parse().ok())
        .unwrap_or_else(|| panic!("no number after {key:?}"))
}

#[test]
fn level_one_dumps_the_trace_without_disassembly() {
    let (plain, quiet) = run(None);
    assert_eq!(plain, "1498500\n");
    assert!(quiet.is_empty(), "no dump without PYJIT_TRACE: {quiet}");
    let (stdout, dump) = run(Some("1"));
    assert_eq!(stdout, plain);
    for part in [
        "---- trace 0:",
        "in f",
        "recorded IR",
        "optimized IR",
        "exits:",
        "machine code:",
    ] {
        assert!(dump.contains(part), "{part:?} missing from:\n{dump}");
    }
    assert!(number_after(&dump, "machine code: ") > 0);
    assert!(!dump.contains("disassembly"), "{dump}");
}

#[test]
fn level_two_adds_the_disassembly() {
    let (stdout, dump) = run(Some("2"));
    assert_eq!(stdout, "1498500\n");
    let size = number_after(&dump, "machine code: ");
    assert_eq!(number_after(&dump, "disassembly ("), size, "{dump}");
    let listing: Vec<&str> = dump
        .lines()
        .skip_while(|l| !l.starts_with("disassembly"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .collect();
    assert!(listing.len() > 10, "{dump}");
    // The overflow guard of `i * 3` / `t += ...` and the return to the interpreter.
    assert!(listing.iter().any(|l| l.contains(" jo ")), "{dump}");
    assert!(
        listing.iter().any(|l| l.trim_end().ends_with("ret")),
        "{dump}"
    );
}

#[test]
fn side_traces_are_dumped_like_traces() {
    let code = "def f(n):\n    a = b = 0\n    for i in range(n):\n        if i % 2:\n            a += i\n        else:\n            b += 1\n    return a, b\nprint(f(1000))\n";
    let (stdout, dump) = run_code(code, Some("1"));
    assert_eq!(stdout, "(250000, 500)\n");
    let side = dump
        .find("---- side trace of trace at <string>:3 in f exit snap")
        .unwrap_or_else(|| panic!("no side trace in:\n{dump}"));
    let side = &dump[side..];
    for part in [
        "to the loop header pc",
        "recorded IR",
        "optimized IR",
        "exit snap",
        "exits:",
        "machine code:",
    ] {
        assert!(side.contains(part), "{part:?} missing from:\n{side}");
    }
    assert!(number_after(side, "machine code: ") > 0);
}

/// nbody's pairs loop: each instance gets one `attr.base` (class and dict check) per
/// iteration, however many of its attributes the body reads and writes.
#[test]
fn one_attribute_check_per_instance_and_iteration() {
    let code = "class B:\n    def __init__(s, x):\n        s.x = x\n        s.y = x\n        s.v = 0.0\n        s.m = 1.0\n\
bs = [B(float(i)) for i in range(4)]\n\
ps = [(bs[i], bs[j]) for i in range(4) for j in range(i + 1, 4)]\n\
def f(ps):\n    for a, b in ps:\n        d = a.x - b.x + a.y - b.y\n        a.v -= d * b.m\n        b.v += d * a.m\n\
for _ in range(50):\n    f(ps)\nprint(round(bs[0].v, 6))\n";
    let (plain, _) = run_code(code, None);
    let (stdout, dump) = run_code(code, Some("1"));
    assert_eq!(stdout, plain);
    let optimized = &dump[dump.find("optimized IR").expect("a trace")..];
    let body = &optimized[optimized.find("loop\n").expect("peeled")..];
    let body = &body[..body.find("jumploop").expect("loop end")];
    assert_eq!(body.matches("attr.base").count(), 2, "{body}");
}

/// Tuple items of constant index are read inline (length check, tag check, load) when the
/// tuple layout was measured (`backend::layout`, which its own test shows works here): the
/// disassembly shows the length compared with item indexes 0 and 1. Likewise list items
/// (`backend::layout::list_layout`).
#[test]
fn tuple_items_are_read_inline() {
    let code = "def f(ps):\n    s = 0\n    for a, b in ps:\n        s += a - b\n    return s\nprint(f([(i, 2 * i) for i in range(100)]))\n";
    let (plain, _) = run_code(code, None);
    let (stdout, dump) = run_code(code, Some("2"));
    assert_eq!(stdout, plain);
    assert_eq!(plain, "-4950\n");
    for ix in [",0", ",1"] {
        assert!(
            dump.lines()
                .any(|l| l.contains("cmp     qword ptr [r11+") && l.trim_end().ends_with(ix)),
            "no inline length check for index {ix}:\n{dump}"
        );
    }
    // The list item the `for` reads is inline too (`list.get`: borrow counter, bounds,
    // tag, then the item at `index * 16`).
    assert!(
        dump.contains("shl     rax,4"),
        "no inline list read:\n{dump}"
    );
}
