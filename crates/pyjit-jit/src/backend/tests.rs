//! Backend tests: compile IR text, run it on a locals array, check the frame and the exit.

use super::entry::run_on_locals;
use super::{compile, BackendConfig};
use crate::ir::Trace;
use crate::opt::{optimize, OptLevel};
use pyjit_runtime::Value;

const LEVELS: [OptLevel; 3] = [OptLevel::None, OptLevel::NoPeel, OptLevel::All];
const REGS: [(usize, usize); 3] = [(64, 64), (2, 2), (1, 1)];

/// Run `ir` at every optimization level and register limit; return the exit pc, the
/// iteration count and the locals afterwards, asserting all configurations agree.
fn run(ir: &str, locals: &[Value]) -> (u32, Vec<String>) {
    let t = Trace::parse(ir).unwrap();
    t.verify().unwrap();
    let mut first: Option<(u32, Vec<String>)> = None;
    for level in LEVELS {
        let o = optimize(&t, level).unwrap();
        for (g, x) in REGS {
            let cfg = BackendConfig {
                max_gprs: g,
                max_xmms: x,
            };
            let mut c = compile(&o, cfg).unwrap();
            let mut l = locals.to_vec();
            let e = run_on_locals(&mut c, &mut l);
            let pc = c.exits[e.exit].pc;
            let shown = l.iter().map(show).collect::<Vec<_>>();
            match &first {
                None => first = Some((pc, shown)),
                Some(f) => assert_eq!(
                    f,
                    &(pc, shown),
                    "{level:?} with {g} gprs/{x} xmms differs\n{o}"
                ),
            }
        }
    }
    first.unwrap()
}

fn show(v: &Value) -> String {
    match v {
        Value::Int(i) => format!("{i}"),
        Value::Float(f) => format!("{f:?}"),
        Value::Bool(b) => format!("{b}"),
        Value::None => "None".into(),
        Value::Null => "<null>".into(),
        _ => "<obj>".into(),
    }
}

/// while i < n: i += 1; total += i * 3
const COUNT: &str = "
%i = load.int local0 snap0
%n = load.int local1 snap1
%c = icmp.lt %i %n
guard %c true snap2
%one = const.int 1
%i2 = iadd %i %one snap3
checkplain local0 snap4
store local0 %i2
%t = load.int local2 snap5
%three = const.int 3
%m = imul %i2 %three snap6
%t2 = iadd %t %m snap7
store local2 %t2
jumptop snap8
snap0: pc=1 stack=[] slots=[]
snap1: pc=2 stack=[%i] slots=[]
snap2: pc=4 stack=[] slots=[]
snap3: pc=5 stack=[%i %one] slots=[]
snap4: pc=6 stack=[%i2] slots=[]
snap5: pc=7 stack=[] slots=[]
snap6: pc=9 stack=[%t %i2 %three] slots=[]
snap7: pc=10 stack=[%t %m] slots=[]
snap8: pc=1 stack=[] slots=[]
";

#[test]
fn counting_loop_runs_to_its_exit() {
    let (pc, l) = run(COUNT, &[Value::Int(0), Value::Int(1000), Value::Int(0)]);
    assert_eq!(pc, 4);
    assert_eq!(l, vec!["1000", "1000", &(3 * 1000 * 1001 / 2).to_string()]);
}

#[test]
fn type_guard_exits_before_touching_anything() {
    let (pc, l) = run(COUNT, &[Value::Float(0.0), Value::Int(10), Value::Int(0)]);
    assert_eq!(pc, 1);
    assert_eq!(l, vec!["0.0", "10", "0"]);
}

#[test]
fn overflow_exits_with_the_operands_on_the_stack() {
    let start = i64::MAX / 3 - 1;
    let (pc, l) = run(
        COUNT,
        &[Value::Int(start), Value::Int(i64::MAX), Value::Int(0)],
    );
    // i*3 overflows once i > MAX/3: the exit is at the multiply, i already stored.
    assert_eq!(pc, 9);
    assert_eq!(l[0], (i64::MAX / 3 + 1).to_string());
}

/// x = x * a + b (floats), while x < limit
const FLOATS: &str = "
%x = load.float local0 snap0
%lim = load.float local1 snap0
%c = fcmp.lt %x %lim
guard %c true snap0
%a = const.float 1.5
%b = const.float 0.25
%m = fmul %x %a
%y = fadd %m %b
checkplain local0 snap1
store local0 %y
%k = load.int local2 snap1
%one = const.int 1
%k2 = iadd %k %one snap1
store local2 %k2
jumptop snap2
snap0: pc=1 stack=[] slots=[]
snap1: pc=2 stack=[] slots=[]
snap2: pc=1 stack=[] slots=[]
";

#[test]
fn float_loop() {
    let (pc, l) = run(
        FLOATS,
        &[Value::Float(1.0), Value::Float(1e6), Value::Int(0)],
    );
    let (mut x, mut k) = (1.0f64, 0);
    while x < 1e6 {
        x = x * 1.5 + 0.25;
        k += 1;
    }
    assert_eq!(pc, 1);
    assert_eq!(l, vec![format!("{x:?}"), "1000000.0".into(), k.to_string()]);
}

#[test]
fn nan_compares_false() {
    let (_, l) = run(
        FLOATS,
        &[Value::Float(f64::NAN), Value::Float(1e6), Value::Int(0)],
    );
    assert_eq!(l[2], "0");
}

/// r = a // b; s = a % b; for the four sign combinations
fn divmod_ir(b_const: Option<i64>) -> String {
    let b = match b_const {
        Some(v) => format!("%b = const.int {v}"),
        None => "%b = load.int local1 snap0".into(),
    };
    format!(
        "
%a = load.int local0 snap0
{b}
%q = ifloordiv %a %b snap1
%r = imod %a %b snap1
checkplain local2 snap1
checkplain local3 snap1
store local2 %q
store local3 %r
%f = const.bool false
guard %f true snap2
jumptop snap0
snap0: pc=1 stack=[] slots=[]
snap1: pc=2 stack=[] slots=[]
snap2: pc=3 stack=[] slots=[]
"
    )
}

#[test]
fn floor_division_and_modulo_follow_python() {
    for (a, b) in [
        (7, 2),
        (-7, 2),
        (7, -2),
        (-7, -2),
        (6, 3),
        (-6, 3),
        (0, 5),
        (i64::MIN, 2),
        (i64::MAX, -7),
        (-1, 8),
        (-9, 8),
        (13, 16),
    ] {
        let (q, r) = crate::opt::fold::int_divmod(a, b).unwrap();
        for bc in [None, Some(b)] {
            let locals = [Value::Int(a), Value::Int(b), Value::None, Value::None];
            let (pc, l) = run(&divmod_ir(bc), &locals);
            assert_eq!(pc, 3, "{a} {b}");
            assert_eq!(
                (l[2].as_str(), l[3].as_str()),
                (&*q.to_string(), &*r.to_string()),
                "{a} // {b}"
            );
        }
    }
}

#[test]
fn division_by_zero_and_min_over_minus_one_exit() {
    for (a, b) in [(5, 0), (i64::MIN, -1)] {
        let locals = [Value::Int(a), Value::Int(b), Value::None, Value::None];
        let (pc, l) = run(&divmod_ir(None), &locals);
        assert_eq!(pc, 2);
        assert_eq!(l[2], "None");
    }
}

/// Two values swapped every iteration (a parallel-move cycle) plus a counter.
const SWAP: &str = "
%a = load.int local0 snap0
%b = load.int local1 snap0
%n = load.int local2 snap0
%zero = const.int 0
%c = icmp.gt %n %zero
guard %c true snap1
%one = const.int 1
%n2 = isub %n %one snap1
store local2 %n2
store local0 %b
%s = iadd %a %b snap1
store local1 %s
jumptop snap2
snap0: pc=1 stack=[] slots=[]
snap1: pc=2 stack=[] slots=[]
snap2: pc=1 stack=[] slots=[]
";

#[test]
fn fibonacci_swap_cycle() {
    let (pc, l) = run(SWAP, &[Value::Int(0), Value::Int(1), Value::Int(50)]);
    assert_eq!(pc, 2);
    assert_eq!(l, vec!["12586269025", "20365011074", "0"]);
}
