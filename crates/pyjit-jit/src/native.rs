//! Native functions: self-recursive functions of small ints (`fib`) compiled whole, from
//! their bytecode, to machine code whose recursive calls are native calls.
//!
//! A function has no loop for the tracing JIT to find, and a trace of one call that makes
//! its recursive calls residual costs more per call than the interpreter (see *Native
//! functions* in `docs/jit.md`). This is a method JIT for the narrowest useful case:
//!
//! * **What compiles** (`analyze`): a function without defaults, cells, `*args` or
//!   keyword-only parameters, at most six parameters, whose bytecode only moves ints between
//!   locals and the stack, computes `+ - * // % & | ^`, unary `-`, compares ints, branches
//!   forward (no loop) and calls itself by its global name with all its arguments — at
//!   least once (the candidates are recursive functions; a non-recursive one is better
//!   inlined by the tracer). Every value it handles is then an int, which the analysis
//!   proves per instruction (a typed abstract stack; a compare's result only feeds a
//!   branch; a local is read only where every path has bound it).
//! * **What runs**: each activation is a native frame (`rbp`-based, one 8-byte slot per local
//!   and per stack entry), arguments in `rdi rsi rdx rcx r8 r9`, the result in `rax`; a
//!   recursive call is a `call` to the function's own code, both arms of every `if` are
//!   compiled.
//! * **Giving up** ("bail"): an overflow out of `i64`, a zero or `-1` divisor, or more nested
//!   calls than the interpreter allows before `RecursionError` (or than `STACK_BYTES` of
//!   native stack hold) makes the code drop every native frame at once (`rsp` reset to the
//!   entry's) and report failure; the interpreter then makes the outermost call itself, from
//!   its start. That is exact because the code has no effect but its result: it reads only
//!   its arguments and constants (the global it calls is checked at entry, and no Python
//!   code runs while it runs, so nothing can rebind it), writes nothing but its own frames,
//!   and allocates nothing. So the interpreter's run produces exactly the program's results,
//!   big ints, exceptions, tracebacks and the `RecursionError` at the interpreter's depth,
//!   with no interpreter frame ever rebuilt from native state. A function that gives up
//!   often (`DISABLE_BAILS`) stops being run natively.

use pyjit_bytecode::{BinOp, CodeObject, Const, Op};
use pyjit_runtime::object::Function;
use pyjit_runtime::Value;
use std::rc::Rc;

/// Arguments passed in registers (the System V integer argument registers).
pub const MAX_ARGS: usize = 6;

/// Native stack one outermost call may use: its depth is capped at this over the frame size
/// (16 bytes of return address and saved `rbp` plus the slots), below the interpreter's limit
/// for functions with big frames or a raised recursion limit.
const STACK_BYTES: usize = 1 << 20;

/// A function whose native runs gave up this many times, more than once per four runs, is
/// interpreted from then on.
const DISABLE_BAILS: u64 = 64;

/// The type of an operand-stack entry during the analysis.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    /// A comparison's result (0 or 1 in its slot): only a branch may consume it.
    Cond,
    /// The function itself, loaded from its global to be called (no slot content).
    SelfFn,
}

#[derive(Clone, PartialEq, Eq, Debug)]
struct State {
    stack: Vec<Ty>,
    /// Locals bound on every path to here.
    bound: Vec<bool>,
}

/// What `analyze` found: the operand-stack depth at each reachable instruction.
#[derive(Debug)]
pub struct Plan {
    pub depth: Vec<Option<usize>>,
    pub max_stack: usize,
    pub nlocals: usize,
    pub argc: usize,
}

fn pop(s: &mut State, want: &[Ty]) -> Option<Ty> {
    let t = s.stack.pop()?;
    want.contains(&t).then_some(t)
}

/// Whether `code` compiles natively (see the module comment), and its stack depths.
pub fn analyze(code: &CodeObject) -> Option<Plan> {
    let fl = &code.flags;
    if fl.generator || fl.varargs || fl.varkeywords || fl.uses_name_dict {
        return None;
    }
    let argc = code.argcount as usize;
    if code.kwonlyargcount != 0
        || argc > MAX_ARGS
        || !code.cellvars.is_empty()
        || !code.freevars.is_empty()
    {
        return None;
    }
    let n = code.instrs.len();
    let nlocals = code.varnames.len();
    let mut at: Vec<Option<State>> = vec![None; n];
    if n == 0 {
        return None;
    }
    at[0] = Some(State {
        stack: Vec::new(),
        bound: (0..nlocals).map(|i| i < argc).collect(),
    });
    let mut depth = vec![None; n];
    let mut max_stack = 0;
    let mut recursive = false;
    for pc in 0..n {
        let Some(mut s) = at[pc].take() else {
            continue;
        };
        depth[pc] = Some(s.stack.len());
        let ins = code.instrs[pc];
        let arg = ins.arg as usize;
        let mut branch = None;
        let mut falls = true;
        match ins.op {
            Op::Nop => {}
            Op::LoadFast => {
                if !*s.bound.get(arg)? {
                    return None;
                }
                s.stack.push(Ty::Int);
            }
            Op::StoreFast => {
                pop(&mut s, &[Ty::Int])?;
                *s.bound.get_mut(arg)? = true;
            }
            Op::LoadConst => match code.consts.get(arg)? {
                Const::Int(_) => s.stack.push(Ty::Int),
                _ => return None,
            },
            Op::LoadGlobal => {
                if *code.names.get(arg)? != code.name {
                    return None;
                }
                recursive = true;
                s.stack.push(Ty::SelfFn);
            }
            Op::BinaryOp | Op::InplaceOp => {
                let ok = matches!(
                    BinOp::ALL.get(arg)?,
                    BinOp::Add
                        | BinOp::Sub
                        | BinOp::Mul
                        | BinOp::FloorDiv
                        | BinOp::Mod
                        | BinOp::And
                        | BinOp::Or
                        | BinOp::Xor
                );
                if !ok {
                    return None;
                }
                pop(&mut s, &[Ty::Int])?;
                pop(&mut s, &[Ty::Int])?;
                s.stack.push(Ty::Int);
            }
            Op::UnaryNeg | Op::UnaryPos => {
                pop(&mut s, &[Ty::Int])?;
                s.stack.push(Ty::Int);
            }
            Op::CompareOp => {
                if arg >= pyjit_bytecode::CmpOp::ALL.len() {
                    return None;
                }
                pop(&mut s, &[Ty::Int])?;
                pop(&mut s, &[Ty::Int])?;
                s.stack.push(Ty::Cond);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                pop(&mut s, &[Ty::Int, Ty::Cond])?;
                branch = Some(arg);
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let t = *s.stack.last()?;
                if t == Ty::SelfFn {
                    return None;
                }
                let taken = s.clone();
                s.stack.pop();
                merge(&mut at, pc, arg, taken)?;
            }
            Op::Jump => {
                branch = Some(arg);
                falls = false;
            }
            Op::Call => {
                if arg != argc {
                    return None;
                }
                for _ in 0..arg {
                    pop(&mut s, &[Ty::Int])?;
                }
                pop(&mut s, &[Ty::SelfFn])?;
                s.stack.push(Ty::Int);
            }
            Op::ReturnValue => {
                pop(&mut s, &[Ty::Int])?;
                falls = false;
            }
            Op::PopTop => {
                pop(&mut s, &[Ty::Int, Ty::Cond])?;
            }
            Op::DupTop => {
                let t = *s.stack.last()?;
                if t == Ty::SelfFn {
                    return None;
                }
                s.stack.push(t);
            }
            Op::RotTwo => {
                let k = s.stack.len();
                if k < 2 || s.stack[k - 1] == Ty::SelfFn || s.stack[k - 2] == Ty::SelfFn {
                    return None;
                }
                s.stack.swap(k - 1, k - 2);
            }
            _ => return None,
        }
        max_stack = max_stack.max(s.stack.len()).max(depth[pc].unwrap_or(0));
        if let Some(t) = branch {
            merge(&mut at, pc, t, s.clone())?;
        }
        if falls {
            merge(&mut at, pc, pc + 1, s)?;
        }
    }
    recursive.then_some(Plan {
        depth,
        max_stack,
        nlocals,
        argc,
    })
}

/// Flow `s` from `pc` to `to`, a later instruction (no loops): the stacks must agree, and a
/// local is bound there only if it is on every incoming path.
fn merge(at: &mut [Option<State>], pc: usize, to: usize, s: State) -> Option<()> {
    if to <= pc || to >= at.len() {
        return None;
    }
    match &mut at[to] {
        None => at[to] = Some(s),
        Some(t) => {
            if t.stack != s.stack {
                return None;
            }
            for (a, b) in t.bound.iter_mut().zip(&s.bound) {
                *a &= *b;
            }
        }
    }
    Some(())
}

/// A compiled function: `entry(args, budget, out)` runs it on `args` with at most `budget`
/// nested activations (the outermost included), writes the result to `out` and returns 0,
/// or returns 1 when it gave up.
pub struct NativeCode {
    #[cfg(target_arch = "x86_64")]
    _buf: dynasmrt::ExecutableBuffer,
    entry: extern "sysv64" fn(*const i64, u64, *mut i64) -> u64,
    /// Nested activations `STACK_BYTES` of native stack hold.
    max_depth: usize,
}

impl NativeCode {
    /// Run on `args` (the function's arity), at most `budget` activations deep.
    pub fn run(&self, args: &[i64; MAX_ARGS], budget: usize) -> Option<i64> {
        let mut out = 0i64;
        let budget = budget.min(self.max_depth) as u64;
        let rc = (self.entry)(args.as_ptr(), budget, &mut out);
        (rc == 0).then_some(out)
    }
}

/// One function's native state, per code object.
struct Native {
    /// Keeps the code object (whose address is the key) alive.
    code: Rc<CodeObject>,
    native: Option<NativeCode>,
    runs: u64,
    bails: u64,
}

/// The JIT's native functions, with their counts for `--jit-stats`.
#[derive(Default)]
pub struct Natives {
    fns: Vec<Native>,
    /// The index in `fns` of the code object last called.
    last: usize,
    pub compiled: u64,
    pub runs: u64,
    pub bails: u64,
    pub disabled: u64,
}

impl Natives {
    /// `JitHooks::native_candidate`.
    pub fn candidate(&self, code: &CodeObject) -> bool {
        cfg!(target_arch = "x86_64") && analyze(code).is_some()
    }

    fn lookup(&mut self, code: &Rc<CodeObject>) -> usize {
        if let Some(n) = self.fns.get(self.last) {
            if Rc::ptr_eq(&n.code, code) {
                return self.last;
            }
        }
        let i = match self.fns.iter().position(|n| Rc::ptr_eq(&n.code, code)) {
            Some(i) => i,
            None => {
                let native = analyze(code).and_then(|p| compile(&p, code).ok());
                if native.is_some() {
                    self.compiled += 1;
                    tracing::debug!(target: "pyjit::jit", "native function {}", code.qualname);
                }
                self.fns.push(Native {
                    code: code.clone(),
                    native,
                    runs: 0,
                    bails: 0,
                });
                self.fns.len() - 1
            }
        };
        self.last = i;
        i
    }

    /// `JitHooks::on_native_call`.
    pub fn call(&mut self, func: &Rc<Function>, args: &[Value], budget: usize) -> Option<Value> {
        let mut a = [0i64; MAX_ARGS];
        for (k, v) in args.iter().enumerate() {
            match v {
                Value::Int(x) => *a.get_mut(k)? = *x,
                _ => return None,
            }
        }
        // The recursive calls load the function from its global: it must be this one (no
        // Python code runs before the native code returns, so it stays so).
        match func.globals.get_str(&func.code.name) {
            Some(Value::Function(g)) if Rc::ptr_eq(&g, func) => {}
            _ => return None,
        }
        let i = self.lookup(&func.code);
        let n = &mut self.fns[i];
        let code = n.native.as_ref()?;
        n.runs += 1;
        self.runs += 1;
        match code.run(&a, budget) {
            Some(r) => Some(Value::Int(r)),
            None => {
                n.bails += 1;
                self.bails += 1;
                if n.bails >= DISABLE_BAILS && n.bails * 4 > n.runs {
                    n.native = None;
                    self.disabled += 1;
                }
                None
            }
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn compile(_plan: &Plan, _code: &CodeObject) -> Result<NativeCode, String> {
    Err("no native backend".into())
}

/// Registers of arguments 0..6.
#[cfg(target_arch = "x86_64")]
const ARG_REGS: [u8; MAX_ARGS] = [7, 6, 2, 1, 8, 9];

/// Machine code for `code` as analysed in `plan`.
///
/// ```text
/// trampoline(args: rdi, budget: rsi, out: rdx):
///     save rbx rbp r12..r15; r15 = budget; r13 = out; r14 = rsp
///     load the arguments into their registers; call body; [r13] = rax; eax = 0
/// out: restore; ret
/// bail: rsp = r14; eax = 1; jmp out          (every native frame dropped at once)
/// body: push rbp; rbp = rsp; rsp -= frame; r15 -= 1 (below 0: bail); spill the arguments
///     one block per instruction, operands in the frame's slots, rax/rcx/rdx/r8 scratch
///     return: rax = top; r15 += 1; rsp = rbp; pop rbp; ret
/// ```
#[cfg(target_arch = "x86_64")]
#[allow(clippy::useless_conversion)]
fn compile(plan: &Plan, code: &CodeObject) -> Result<NativeCode, String> {
    use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi};
    use pyjit_bytecode::CmpOp;
    let slots = plan.nlocals + plan.max_stack;
    let frame = (slots * 8).div_ceil(16) * 16;
    let frame_i = i32::try_from(frame).map_err(|_| "frame too big")?;
    let local = |i: usize| -8 * (i as i32 + 1);
    let st = |d: usize| -8 * ((plan.nlocals + d) as i32 + 1);
    let mut ops = dynasmrt::x64::Assembler::new().map_err(|e| format!("assembler: {e}"))?;
    let n = code.instrs.len();
    let labels: Vec<_> = (0..n).map(|_| ops.new_dynamic_label()).collect();
    let tramp = ops.offset();
    dynasm!(ops ; .arch x64
        ; push rbx ; push rbp ; push r12 ; push r13 ; push r14 ; push r15
        ; mov r15, rsi ; mov r13, rdx ; mov r14, rsp ; mov rax, rdi);
    for (i, &r) in ARG_REGS.iter().enumerate().take(plan.argc) {
        dynasm!(ops ; .arch x64 ; mov Rq(r), [rax + 8 * i as i32]);
    }
    dynasm!(ops ; .arch x64
        ; call ->body
        ; mov [r13], rax
        ; xor eax, eax
        ; ->out:
        ; pop r15 ; pop r14 ; pop r13 ; pop r12 ; pop rbp ; pop rbx
        ; ret
        ; ->bail:
        ; mov rsp, r14
        ; mov eax, 1
        ; jmp ->out
        ; ->body:
        ; push rbp
        ; mov rbp, rsp
        ; sub rsp, frame_i
        ; sub r15, 1
        ; jb ->bail);
    for (i, &r) in ARG_REGS.iter().enumerate().take(plan.argc) {
        dynasm!(ops ; .arch x64 ; mov [rbp + local(i)], Rq(r));
    }
    for pc in 0..n {
        dynasm!(ops ; .arch x64 ; =>labels[pc]);
        let Some(d) = plan.depth[pc] else {
            continue;
        };
        let ins = code.instrs[pc];
        let arg = ins.arg as usize;
        match ins.op {
            Op::LoadFast => {
                dynasm!(ops ; .arch x64 ; mov rax, [rbp + local(arg)] ; mov [rbp + st(d)], rax)
            }
            Op::StoreFast => {
                dynasm!(ops ; .arch x64 ; mov rax, [rbp + st(d - 1)] ; mov [rbp + local(arg)], rax)
            }
            Op::LoadConst => {
                let Const::Int(v) = code.consts[arg] else {
                    return Err("constant".into());
                };
                dynasm!(ops ; .arch x64 ; mov rax, QWORD v ; mov [rbp + st(d)], rax)
            }
            Op::BinaryOp | Op::InplaceOp => {
                dynasm!(ops ; .arch x64 ; mov rax, [rbp + st(d - 2)] ; mov rcx, [rbp + st(d - 1)]);
                match BinOp::ALL[arg] {
                    BinOp::Add => dynasm!(ops ; .arch x64 ; add rax, rcx ; jo ->bail),
                    BinOp::Sub => dynasm!(ops ; .arch x64 ; sub rax, rcx ; jo ->bail),
                    BinOp::Mul => dynasm!(ops ; .arch x64 ; imul rax, rcx ; jo ->bail),
                    BinOp::And => dynasm!(ops ; .arch x64 ; and rax, rcx),
                    BinOp::Or => dynasm!(ops ; .arch x64 ; or rax, rcx),
                    BinOp::Xor => dynasm!(ops ; .arch x64 ; xor rax, rcx),
                    op @ (BinOp::FloorDiv | BinOp::Mod) => {
                        // Python's floor division: truncated quotient minus one, and the
                        // remainder plus the divisor, when the remainder is nonzero and its
                        // sign differs from the divisor's. Zero (`ZeroDivisionError`) and
                        // -1 (`i64::MIN // -1` overflows) give up.
                        dynasm!(ops ; .arch x64
                            ; test rcx, rcx ; jz ->bail
                            ; cmp rcx, -1 ; je ->bail
                            ; cqo ; idiv rcx
                            ; test rdx, rdx ; jz >done
                            ; mov r8, rdx ; xor r8, rcx ; jns >done
                            ; sub rax, 1 ; add rdx, rcx
                            ; done:);
                        if op == BinOp::Mod {
                            dynasm!(ops ; .arch x64 ; mov rax, rdx);
                        }
                    }
                    _ => return Err("operator".into()),
                }
                dynasm!(ops ; .arch x64 ; mov [rbp + st(d - 2)], rax);
            }
            Op::UnaryNeg => dynasm!(ops ; .arch x64
                ; mov rax, [rbp + st(d - 1)] ; neg rax ; jo ->bail ; mov [rbp + st(d - 1)], rax),
            Op::CompareOp => {
                dynasm!(ops ; .arch x64 ; mov rax, [rbp + st(d - 2)] ; cmp rax, [rbp + st(d - 1)]);
                match CmpOp::ALL[arg] {
                    CmpOp::Lt => dynasm!(ops ; .arch x64 ; setl al),
                    CmpOp::Le => dynasm!(ops ; .arch x64 ; setle al),
                    CmpOp::Eq => dynasm!(ops ; .arch x64 ; sete al),
                    CmpOp::Ne => dynasm!(ops ; .arch x64 ; setne al),
                    CmpOp::Gt => dynasm!(ops ; .arch x64 ; setg al),
                    CmpOp::Ge => dynasm!(ops ; .arch x64 ; setge al),
                }
                dynasm!(ops ; .arch x64 ; movzx eax, al ; mov [rbp + st(d - 2)], rax);
            }
            Op::PopJumpIfFalse | Op::JumpIfFalseOrPop => dynasm!(ops ; .arch x64
                ; cmp QWORD [rbp + st(d - 1)], 0 ; je =>labels[arg]),
            Op::PopJumpIfTrue | Op::JumpIfTrueOrPop => dynasm!(ops ; .arch x64
                ; cmp QWORD [rbp + st(d - 1)], 0 ; jne =>labels[arg]),
            Op::Jump => dynasm!(ops ; .arch x64 ; jmp =>labels[arg]),
            Op::Call => {
                for (i, &r) in ARG_REGS.iter().enumerate().take(arg) {
                    dynasm!(ops ; .arch x64 ; mov Rq(r), [rbp + st(d - arg + i)]);
                }
                dynasm!(ops ; .arch x64 ; call ->body ; mov [rbp + st(d - arg - 1)], rax);
            }
            Op::ReturnValue => dynasm!(ops ; .arch x64
                ; mov rax, [rbp + st(d - 1)]
                ; add r15, 1
                ; mov rsp, rbp
                ; pop rbp
                ; ret),
            Op::DupTop => dynasm!(ops ; .arch x64
                ; mov rax, [rbp + st(d - 1)] ; mov [rbp + st(d)], rax),
            Op::RotTwo => dynasm!(ops ; .arch x64
                ; mov rax, [rbp + st(d - 1)] ; mov rcx, [rbp + st(d - 2)]
                ; mov [rbp + st(d - 2)], rax ; mov [rbp + st(d - 1)], rcx),
            // No code: `LoadGlobal` of the function itself (checked at entry), `UnaryPos`
            // of an int, a pop, `Nop`.
            Op::LoadGlobal | Op::UnaryPos | Op::PopTop | Op::Nop => {}
            _ => return Err(format!("instruction {}", ins.op.name())),
        }
    }
    let buf = ops.finalize().map_err(|_| "could not finalize")?;
    let ptr = buf.ptr(tramp);
    // SAFETY: `ptr` is the trampoline assembled above, whose ABI is the `sysv64` signature
    // of `entry`: it reads `argc` words at `args`, writes one at `out`, and preserves every
    // callee-saved register and the stack pointer on both of its returns. The buffer lives
    // as long as the `NativeCode`.
    let entry = unsafe {
        std::mem::transmute::<*const u8, extern "sysv64" fn(*const i64, u64, *mut i64) -> u64>(ptr)
    };
    Ok(NativeCode {
        _buf: buf,
        entry,
        max_depth: STACK_BYTES / (frame + 16),
    })
}
