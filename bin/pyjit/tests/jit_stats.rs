//! The JIT does what it claims: for each kind of loop, `--jit-stats` shows a compiled trace
//! that was entered and ran iterations, and guard exits happen exactly where a program forces
//! them (overflow, type change, break, exhausted loop). Output is checked against the
//! interpreter (`--jit=off`) every time.

use std::process::Command;

struct TraceStat {
    line: u32,
    func: String,
    entries: u64,
    iterations: u64,
    discarded: bool,
    /// (line, count) of every exit taken.
    exits: Vec<(u32, u64)>,
}

struct Run {
    stdout: String,
    compiled: u64,
    traces: Vec<TraceStat>,
    aborts: Vec<String>,
}

fn pyjit(args: &[&str], code: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .arg("-c")
        .arg(code)
        .output()
        .expect("run pyjit")
}

fn field(s: &str, key: &str) -> u64 {
    let at = s.find(key).unwrap_or_else(|| panic!("no {key:?} in {s:?}")) + key.len();
    s[at..]
        .trim_start()
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|d| d.parse().ok())
        .unwrap_or_else(|| panic!("bad {key:?} in {s:?}"))
}

/// Run `code` with the JIT (threshold 10) and with the interpreter; outputs must match.
fn run(code: &str) -> Run {
    let off = pyjit(&["--jit=off"], code);
    let on = pyjit(&["--jit=on", "--jit-threshold=10", "--jit-stats"], code);
    let stdout = String::from_utf8_lossy(&on.stdout).to_string();
    assert_eq!(
        stdout,
        String::from_utf8_lossy(&off.stdout),
        "--jit=on and --jit=off differ for:\n{code}"
    );
    assert_eq!(on.status.code(), off.status.code());
    let stderr = String::from_utf8_lossy(&on.stderr).to_string();
    let mut r = Run {
        stdout,
        compiled: 0,
        traces: Vec::new(),
        aborts: Vec::new(),
    };
    for line in stderr.lines() {
        let Some(l) = line.strip_prefix("jit: ") else {
            continue;
        };
        if l.starts_with("traces compiled:") {
            r.compiled = field(l, "compiled:");
        } else if let Some(rest) = l
            .strip_prefix("trace ")
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            // trace N at <string>:LINE in FUNC[ (discarded)]: entries E, iterations I, exits X
            let at = rest.find(":").expect("line number") + 1;
            let line_no = field(&rest[at - 1..], ":") as u32;
            let func = rest
                .split(" in ")
                .nth(1)
                .and_then(|s| s.split([':', ' ']).next())
                .unwrap_or("")
                .to_string();
            r.traces.push(TraceStat {
                line: line_no,
                func,
                entries: field(l, "entries"),
                iterations: field(l, "iterations"),
                discarded: l.contains("(discarded)"),
                exits: Vec::new(),
            });
        } else if let Some(rest) = l.strip_prefix("  exit ") {
            let line_no = if rest.contains("(line ") {
                field(rest, "(line ") as u32
            } else {
                0
            };
            let count = rest
                .rsplit(": ")
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0);
            if let Some(t) = r.traces.last_mut() {
                t.exits.push((line_no, count));
            }
        } else if let Some(rest) = l.strip_prefix("  aborted ") {
            r.aborts.push(rest.to_string());
        }
    }
    r
}

impl Run {
    fn trace_in(&self, func: &str) -> &TraceStat {
        self.traces
            .iter()
            .find(|t| t.func == func && !t.discarded)
            .unwrap_or_else(|| panic!("no live trace in {func}; stats: {:?}", self.summary()))
    }

    fn summary(&self) -> Vec<String> {
        self.traces
            .iter()
            .map(|t| {
                format!(
                    "{} line {} entries {} iterations {} exits {:?}{}",
                    t.func,
                    t.line,
                    t.entries,
                    t.iterations,
                    t.exits,
                    if t.discarded { " discarded" } else { "" }
                )
            })
            .chain(self.aborts.iter().cloned())
            .collect()
    }
}

fn assert_ran(t: &TraceStat, min_iterations: u64) {
    assert!(t.entries >= 1, "trace never entered");
    assert!(
        t.iterations >= min_iterations,
        "trace ran {} iterations, expected at least {min_iterations}",
        t.iterations
    );
}

#[test]
fn for_range_loop_is_compiled_and_exits_when_exhausted() {
    let r = run("
def f(n):
    total = 0
    for i in range(n):
        total += i * 2 % 7
    return total
print(f(100000))
");
    assert_eq!(r.compiled, 1);
    let t = r.trace_in("f");
    assert_eq!(t.line, 4);
    assert_ran(t, 99_000);
    // The only exit is the exhausted iterator at the `for` line.
    assert_eq!(t.exits, vec![(4, 1)]);
}

#[test]
fn while_loop_with_float_arithmetic() {
    let r = run("
def g(n):
    x = 0.0
    i = 0
    while i < n and x >= 0.0:
        x = x * 0.5 + i / 3.0
        i += 1
    return x, i
print(g(50000))
");
    let t = r.trace_in("g");
    assert_ran(t, 49_000);
    assert_eq!(t.exits, vec![(5, 1)]);
}

#[test]
fn nested_loops_reenter_the_inner_trace() {
    let r = run("
def h(n):
    c = 0
    for i in range(n):
        j = 0
        while j < 100:
            c += i ^ j
            j += 1
    return c
print(h(200))
");
    let t = r.trace_in("h");
    assert_eq!(t.line, 6, "the inner loop is the one compiled");
    assert!(
        t.entries >= 150,
        "entered once per outer iteration: {}",
        t.entries
    );
    assert_ran(t, 150 * 90);
    assert!(
        r.aborts.iter().any(|a| a.contains("inner loop")),
        "{:?}",
        r.aborts
    );
}

#[test]
fn int_overflow_exits_to_the_interpreter_and_goes_big() {
    let r = run("
def grow(n):
    x = 1
    k = 0
    while k < n:
        x = x * 3
        k += 1
    return x
print(grow(30))
print(grow(100))
");
    assert!(r
        .stdout
        .contains("515377520732011331036461129765621272702107522001"));
    let t = r
        .traces
        .iter()
        .find(|t| t.func == "grow")
        .expect("a trace for grow");
    assert!(
        t.exits.iter().any(|&(line, n)| line == 6 && n >= 1),
        "an overflow exit at the multiplication: {:?}",
        r.summary()
    );
}

#[test]
fn type_change_mid_loop_exits_and_continues_as_float() {
    let r = run("
def f(n):
    x = 0
    for i in range(n):
        if i == 5000:
            x = x + 0.5
        x = x + 1
    return x
print(f(10000))
");
    assert_eq!(r.stdout.trim(), "10000.5");
    let t = r
        .traces
        .iter()
        .find(|t| t.func == "f")
        .expect("a trace for f");
    assert_ran(t, 4000);
    // The branch guard fails at i == 5000 (line 5); after that the int trace no longer fits.
    assert!(
        t.exits.iter().any(|&(line, _)| line == 5),
        "{:?}",
        r.summary()
    );
}

#[test]
fn break_leaves_through_a_branch_exit() {
    let r = run("
def first(n):
    for i in range(n):
        if i * i > 250000:
            break
    return i
print(first(10 ** 6))
");
    assert_eq!(r.stdout.trim(), "501");
    let t = r.trace_in("first");
    assert_ran(t, 400);
    assert_eq!(t.exits, vec![(4, 1)]);
}

#[test]
fn unsupported_loops_abort_with_a_reason() {
    let r = run("
total = 0
for i in range(1000):
    total += i
print(total)
");
    assert_eq!(r.compiled, 0);
    assert!(
        r.aborts
            .iter()
            .any(|a| a.contains("unsupported instruction")),
        "{:?}",
        r.aborts
    );
}

#[test]
fn jit_off_installs_nothing() {
    let out = pyjit(&["--jit=off", "--jit-stats"], "print(1)");
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim(), "jit: off");
}
