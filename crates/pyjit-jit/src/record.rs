//! The recorder: follows the interpreter through one loop iteration and writes typed IR.
//!
//! Recording starts at a hot loop header. From then on the interpreter hands every
//! instruction to [`Recorder::step`] *before* executing it, so the recorder sees the real
//! operands (their types, a branch condition's value, whether the `range` iterator is
//! exhausted) and translates the instruction into IR specialized to what it saw — with a guard
//! wherever the next iteration could differ. Then the interpreter executes the instruction as
//! usual; the recorder never changes program state.
//!
//! The recorder keeps an abstract operand stack of IR values for the entries pushed since the
//! header (the entries below belong to enclosing code and are never touched). Its translation
//! is deliberately one-to-one and naive — a `load` with a tag check per `LoadFast`, a
//! `checkplain` + `store` per `StoreFast`; the optimizer removes the redundancy. Each guard's
//! snapshot is the state *before* the instruction (its pc and the abstract stack), so an exit
//! re-executes that instruction in the interpreter.
//!
//! Recording ends successfully at a backward `Jump` to the header with an empty abstract
//! stack (a side trace, `Recorder::side`, also when it arrives at the header by way of an
//! enclosing loop, and with `exit` instead of `jumptop`), and aborts at anything else unusual: an unsupported instruction or operand type,
//! the loop leaving during the recorded iteration, control flow going somewhere the recorder
//! did not predict (an exception), another frame, or an over-long trace.

use crate::backend::entry::{payload_bits, tag_of, IterKind};
use crate::ir::{BinKind, Const, Helper, Inst, Ref, Slot, Trace, Type, UnKind};
use crate::pool::Desc;
use crate::snapshot::{CalleeFrame, SnapId, Snapshot};
use pyjit_bytecode::{BinOp, CmpOp, CodeObject, Op};
use pyjit_runtime::builtin_types::type_of;
use pyjit_runtime::interp::cache::Cache;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::specialize::{
    attr_value, class_method_value, global_value, method_value,
};
use pyjit_runtime::object::{IterState, PyDict, PyType, TypeKind};
use pyjit_runtime::Value;
use std::rc::Rc;

mod gen;
mod methods;
mod nest;
mod supers;
mod walk;
use methods::{builtin_method, dict_lookup};
pub use nest::OUTER_NOT_SEQ;
use supers::class_cell_only;

/// Abort reason when the loop's iterator is exhausted at the recorded iteration.
pub const LOOP_ENDED: &str = "loop ended while recording";

/// Abort reason when the recorded iteration returns from the loop's function (a `return` in
/// the body, or a `while` loop whose test fails and whose function then returns): like
/// `LOOP_ENDED`, it says nothing about the next iterations, which are tried again.
pub const LOOP_RETURNED: &str = "loop returned while recording";

/// Longest recorded iteration, in bytecode instructions (inlined callees' included). 1000,
/// not 400: raytrace's `Scene.trace` loop over its lights runs ~700 with its vector
/// operators inlined, and compiled it is 2.6x cheaper even at two iterations per entry
/// (docs/jit.md, *Long loop bodies*); no other benchmark records a longer iteration.
const MAX_STEPS: usize = 1000;

/// Instructions other frames may run during a residual call while recording (the callee and
/// what it calls) before the recording gives up. Also what ends a recording whose frame an
/// exception from the callee unwound: nothing else tells the recorder it will not return.
const MAX_RESIDUAL_STEPS: usize = 200_000;

/// Bytecode instructions per residual call a recorded iteration (or side trace) that
/// recurses into its own loop must have to be compiled (`Recorder::recursion_not_worth`).
/// hexiom's `search` loop — three residual calls (`assign`, `search`, `unassign`) in 21
/// instructions — ran 713.3 M instructions at `quick` compiled (re-entered by its
/// recursion) against 699.3 M interpreted; nqueens' `place` has 73 per call.
pub const RECURSION_STEPS_PER_CALL: usize = 16;

/// The abort reason of `recursion_not_worth` (its loop is then blacklisted at once:
/// `jit::never_traceable`).
pub const RECURSION_NOT_WORTH: &str = "recursive loop body is mostly residual calls";

/// Deepest nesting of inlined calls.
const MAX_INLINE_DEPTH: usize = 4;

pub enum Step {
    Continue,
    /// The iteration is complete; `Recorder::trace` holds it.
    Done,
    Abort(String),
}

/// A Python function call being inlined. Its locals and operand stack exist only as IR
/// values. Every guard inside it exits to the caller's call instruction, with the caller's
/// stack as it was before the call (callee and arguments pushed): the interpreter then makes
/// the call itself. That is exact because only side-effect-free functions are inlined (see
/// `pure_function`): nothing the callee did before the failing guard is observable.
struct Inlined {
    code: Rc<CodeObject>,
    /// The function (a constant of the trace).
    func: Ref,
    /// A function with side effects: guards inside it cannot restart the call, so their
    /// exits rebuild its frame instead (`Snapshot::frame`) and the interpreter finishes it.
    /// Only an outermost inlined call may be one.
    resumable: bool,
    /// An outermost plain call of a pure function, which could be resumed as well: it becomes
    /// `resumable` when a call it makes stores (see `store_attr`).
    can_resume: bool,
    /// The interpreter frame running the callee (known from its first instruction on).
    frame: Option<usize>,
    locals: Vec<Option<Ref>>,
    stack: Vec<Ref>,
    /// The call instruction in the caller (the return goes on after it; for the outermost
    /// call, also where guards inside any inlined call exit).
    call_pc: usize,
    /// For the outermost call: the caller's abstract stack at the call (what those exits
    /// restore).
    caller_stack: Vec<Ref>,
    /// How many caller stack entries the call consumes (callee, arguments, `Null`).
    consumed: usize,
    /// Trace length when the call began: objects allocated after it are fresh for this call
    /// (restarting the call makes them anew, so stores into them are not observable).
    start: usize,
    /// An inlined `__init__`: its `return None` gives the new instance to the caller.
    init_obj: Option<Ref>,
    /// An inlined special method (`__add__`...): a `NotImplemented` result aborts.
    dunder: bool,
    /// This call — one whose exits restart it — or a call it made stored into an object the
    /// trace did not allocate: exits inside it can no longer restart it (`snap` marks their
    /// snapshots inexact, see `opt::exact_exits`); once it returns, exits go on after it.
    effects: bool,
    /// For the outermost call: where its restart may start the caller's statement again
    /// (`Recorder::replay_from` at the call), so the exit has an empty operand stack.
    replay_from: Option<usize>,
}

/// An instance the trace allocated (`new`), and the attributes it was given so far: reads
/// of them are the stored IR values (the recorder forwards them; `opt/alloc.rs` may then
/// drop the allocation altogether).
struct Fresh {
    obj: Ref,
    class: Rc<PyType>,
    fields: Vec<(Value, Ref)>,
}

/// A residual call the interpreter is making while recording (see [`Recorder::residual`]).
struct Residual {
    /// The `pycall` instruction, whose type is the result's once it is known.
    inst: Ref,
    /// The call instruction, its frame and code (the loop's, or the inlined call's).
    pc: usize,
    frame: usize,
    code: Rc<CodeObject>,
    /// Instructions other frames ran since.
    foreign: usize,
    /// The call's `Desc::PyCall`, and whether the callee took a loop back-edge.
    desc: u32,
    loops: bool,
    /// A loop's `ForIter` stepping a generator (`for_gen`): its frame comes back after the
    /// `ForIter` with the item, or at the loop's end when the generator returned.
    gen: bool,
    /// That generator is an `enumerate`'s: the result is the item of the pair it pushes.
    pair: bool,
}

pub struct Recorder {
    pub code: Rc<CodeObject>,
    frame: usize,
    pub header: usize,
    /// Operand-stack depth at the header.
    pub stack_depth: usize,
    expected_pc: usize,
    pub trace: Trace,
    stack: Vec<Ref>,
    steps: usize,
    /// Residual calls recorded, and whether one of them calls the loop's own function
    /// (recursion, `recursion_not_worth`).
    residual_calls: usize,
    recursive: bool,
    /// The last instruction reported was a residual call (`waits_for_call`).
    call_started: bool,
    /// (stack index, kind) of the iterator the loop steps, if it is a `for` loop.
    pub iters: Vec<(u32, IterKind)>,
    /// Highest local index touched, plus one.
    pub min_locals: usize,
    /// Locals written with objects (`storeobj`) and with numbers (`store`): never both.
    obj_locals: Vec<u32>,
    plain_locals: Vec<u32>,
    /// Calls being inlined, innermost last.
    inlined: Vec<Inlined>,
    /// Instances whose dict entries the trace addresses: (object, `attr.base` descriptor, its
    /// result, class version, type epoch).
    attr_bases: Vec<(Ref, u32, Ref, u64, u64)>,
    /// The items of a `BuildTuple` that the next instruction, an `UnpackSequence` of the same
    /// length, takes apart again (`a, b = b, a`): the tuple is never built in the trace.
    virtual_tuple: Option<Vec<Ref>>,
    /// Instances allocated by the trace (see [`Fresh`]).
    fresh: Vec<Fresh>,
    /// Loop-level locals last stored with a fresh instance: a `LoadFast` gives that value
    /// itself (what the `guards` pass would forward anyway), so its attributes stay known.
    fresh_locals: Vec<(usize, Ref)>,
    /// A side trace: recording started at an exit of the loop's trace (not at `header`) and
    /// ends at the back-edge with `exit`, which is linked to the loop's trace.
    pub side: bool,
    start: usize,
    /// A side trace's first instruction is the branch whose guard failed: not recorded (see
    /// `side`).
    skip_branch: bool,
    /// A residual call in progress: the interpreter runs the callee (its instructions and
    /// back-edges are not the recording's business) until the recorded frame is back after
    /// the call, with the result — whose type the `pycall` then gets — on its stack.
    residual: Option<Residual>,
    /// A `super(cls, obj)` just recorded (`super_object`): the pc of the `LoadMethod` that
    /// must follow and the instance its entry stands for.
    super_at: Option<(usize, Ref)>,
    /// Operand-stack entries a trampoline side trace starts with.
    start_stack: usize,
    /// A trampoline side trace that starts inside the inlined call its parent's exit left in
    /// the middle (`side_resume`): the callee's locals and operand-stack entries it starts
    /// with (scratch locals after the caller's stack entries).
    start_callee: Option<CalleeStart>,
    /// A trampoline side trace: the loads of the operand-stack entries it starts with (its
    /// first scratch locals), and which of them were object constants of its loop trace
    /// (payload bits, `side::start_consts`). Calling one of those again is refused
    /// (`guard_callee`).
    start_loads: Vec<Ref>,
    parent_consts: Vec<Option<u64>>,
    /// A side trace from the loop-end exit of a `for` loop (`side` at the header): its first
    /// instruction is the loop's `ForIter`, which leaves the loop (`nest.rs`).
    loop_end: bool,
    /// The loop's exhausted iterator was popped (`leave_loop`): snapshots drop it from the
    /// frame (`Snapshot::pop`).
    popped: bool,
    /// The iterable or iterator of a loop about to start (`nest.rs`).
    pending: Option<nest::Pending>,
    /// The side trace ended at a `for` loop's header with its new iterator (`enter_loop`):
    /// its final exit is not linked; the JIT enters that loop's trace.
    pub enters_loop: bool,
    /// The loop trace's `ctx` and iterator words, for a side trace that starts its loop
    /// again (`nest.rs`, `restart_loop`).
    parent_iters: Option<nest::ParentIters>,
    /// The pc of the loop-level instruction that began with the operand stack empty (at the
    /// loop's depth), if every instruction since was a load that may run again
    /// (`replayable`): a guard there exits to that pc with an empty stack rather than to its
    /// own pc with the loads' results (`snap`), which makes the exit linkable
    /// (`side::linkable`). `call_replay` is its value before the current instruction, for
    /// the call that instruction may inline (`Inlined::replay_from`).
    replay_from: Option<usize>,
    call_replay: Option<usize>,
    /// Calls at the loop's level of functions with effects that make calls of their own are
    /// residual instead of inlined and resumed (`Jit::outline`): set for a loop whose
    /// inlining tree lost (richards' `task.run(pkt)`, see docs/jit.md, *Losing loops*).
    pub outline_calls: bool,
}

/// Instructions an exit may run again: loads that read the frame, a constant, a global or
/// an attribute (the recorder never calls anything for them) and change nothing.
fn replayable(op: Op) -> bool {
    matches!(
        op,
        Op::LoadFast | Op::LoadConst | Op::LoadGlobal | Op::LoadAttr | Op::LoadMethod
    )
}

/// Where a trampoline side trace that starts inside an inlined callee starts (see
/// `Recorder::side_resume`): the callee's function (its address; the trace's pool keeps it
/// alive), its pc, how many locals and stack entries its frame has, and which locals are
/// unbound (the side trace's snapshots write those back unbound).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CalleeStart {
    pub func: usize,
    pub pc: usize,
    pub locals: usize,
    pub stack: usize,
    pub unbound: Vec<bool>,
}

/// The IR type a value of this kind has in a trace.
fn ir_type(v: &Value) -> Type {
    match v {
        Value::Int(_) => Type::Int,
        Value::Float(_) => Type::Float,
        Value::Bool(_) => Type::Bool,
        _ => Type::Obj(tag_of(v)),
    }
}

fn is_plain(v: &Value) -> bool {
    matches!(
        v,
        Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    )
}

/// A value a trace holds as `obj.T` (not a number or bool).
fn is_obj(v: &Value) -> bool {
    !matches!(
        v,
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Null
    )
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_))
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Bool(_) => "bool",
        Value::None => "None",
        Value::BigInt(_) => "big int",
        Value::Str(_) => "str",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Null => "unbound",
        Value::Instance(_) => "instance",
        Value::Module(_) => "module",
        Value::Function(_) => "function",
        Value::Builtin(_) => "builtin",
        _ => "object",
    }
}

/// The truth of `v` where a trace can decide it (see `Recorder::truth_of`): numbers, `None`,
/// lists, tuples, and instances of a class without `__bool__` and `__len__` (always true).
fn object_truth(v: &Value) -> Option<bool> {
    match v {
        Value::None => Some(false),
        Value::List(l) => Some(!l.items.borrow().is_empty()),
        Value::Tuple(t) => Some(!t.items.is_empty()),
        Value::Instance(_) => plain_instance_class(v).map(|_| true),
        _ => truth(v),
    }
}

/// The class of instance `v` when its truth is that of `object` (true): a user class
/// without `__bool__` or `__len__` anywhere in its MRO.
fn plain_instance_class(v: &Value) -> Option<Rc<PyType>> {
    let cls = type_of(v);
    let plain = !cls.is_builtin
        && cls.kind == TypeKind::Object
        && cls.lookup("__bool__").is_none()
        && cls.lookup("__len__").is_none();
    plain.then_some(cls)
}

fn truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Int(i) => Some(*i != 0),
        Value::Float(x) => Some(*x != 0.0),
        _ => None,
    }
}

/// Int values that convert to float exactly, as the `itof.exact` guard checks.
fn exact_float(v: &Value) -> bool {
    match v {
        Value::Int(i) => i.unsigned_abs() < 1 << 53,
        _ => true,
    }
}

/// The builtins dict a frame's global lookups fall back to.
fn builtins_of(globals: &PyDict) -> Option<Rc<PyDict>> {
    match globals.get_str("__builtins__") {
        Some(Value::Dict(d)) => Some(d),
        Some(Value::Module(m)) => Some(m.dict.clone()),
        _ => None,
    }
}

/// Can calls to `code` be inlined? Only straight-line (forward branches allowed) functions
/// without side effects: they read locals, constants, globals, module attributes, list and
/// tuple items, compute, and call builtins or other such functions. A guard failing inside
/// one can then restart the whole call in the interpreter. A `raise` is allowed on a path
/// the recording does not take (deltablue's `satisfy` raises `SolverError` on two error
/// paths): a guard exits before it, and a recording that reaches it aborts there. Not on
/// the straight line from the entry (a function that always raises: every recording would
/// reach it, where a residual call of it compiles).
fn pure_function(code: &CodeObject) -> bool {
    let raises_at_once = code
        .instrs
        .iter()
        .find(|i| {
            matches!(
                i.op,
                Op::Jump
                    | Op::PopJumpIfFalse
                    | Op::PopJumpIfTrue
                    | Op::JumpIfFalseOrPop
                    | Op::JumpIfTrueOrPop
                    | Op::ReturnValue
                    | Op::Raise
            )
        })
        .is_some_and(|i| i.op == Op::Raise);
    !raises_at_once
        && !code.flags.varargs
        && !code.flags.varkeywords
        && !code.flags.generator
        && !code.flags.uses_name_dict
        && (code.cellvars.is_empty() && code.freevars.is_empty() || class_cell_only(code))
        && code.kwonlyargcount == 0
        && code
            .instrs
            .iter()
            .enumerate()
            .all(|(pc, ins)| match ins.op {
                Op::Jump | Op::PopJumpIfFalse | Op::PopJumpIfTrue => ins.arg as usize > pc,
                Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => ins.arg as usize > pc,
                Op::Nop
                | Op::LoadFast
                | Op::StoreFast
                | Op::LoadConst
                | Op::LoadGlobal
                | Op::LoadAttr
                | Op::LoadMethod
                | Op::CallMethod
                | Op::Call
                | Op::BinaryOp
                | Op::InplaceOp
                | Op::CompareOp
                | Op::UnaryNeg
                | Op::BinarySubscr
                | Op::PopTop
                | Op::DupTop
                | Op::DupTopTwo
                | Op::IsOp
                | Op::UnpackSequence
                | Op::BuildList
                | Op::BuildTuple
                | Op::RotTwo
                | Op::RotThree
                | Op::Raise
                | Op::LoadDeref
                | Op::ReturnValue => true,
                _ => false,
            })
}

/// Does `code` call anything?
fn makes_calls(code: &CodeObject) -> bool {
    code.instrs
        .iter()
        .any(|i| matches!(i.op, Op::Call | Op::CallMethod))
}

/// Does `func` call itself (a global of its own name)? Inlining such a function would go
/// on until `MAX_INLINE_DEPTH` and abort; a residual call runs it in the interpreter.
fn recursive(func: &pyjit_runtime::object::Function) -> bool {
    let code = &func.code;
    code.instrs.iter().any(|ins| {
        ins.op == Op::LoadGlobal
            && code
                .names
                .get(ins.arg as usize)
                .is_some_and(|n| **n == *code.name)
    })
}

/// Can calls to `code` be inlined as *resumable* calls? Like `pure_function`, plus stores
/// into attributes and list items: an exit after them cannot restart the call, so it rebuilds
/// the callee's frame for the interpreter to finish (see `Snapshot::frame`).
fn resumable_function(code: &CodeObject) -> bool {
    let mut plain = code.clone();
    for ins in &mut plain.instrs {
        if matches!(ins.op, Op::StoreAttr | Op::StoreSubscr) {
            ins.op = Op::Nop;
        }
    }
    pure_function(&plain)
}

impl Recorder {
    /// After a residual call's helper `r` (a `PyCall` or a generator's `GenNext`) at `pc`
    /// of `frame`/`code`: its result goes on the stack, what the recording knew about fresh
    /// objects is forgotten (the callee may see them), and the call is noted until its
    /// outcome is known (`Residual`).
    fn begin_residual(
        &mut self,
        r: Ref,
        pc: usize,
        frame: usize,
        code: Rc<CodeObject>,
        desc: u32,
        gen: bool,
    ) {
        self.spush(r);
        self.fresh.clear();
        self.fresh_locals.clear();
        self.attr_bases.clear();
        self.call_started = true;
        self.residual = Some(Residual {
            inst: r,
            pc,
            frame,
            code,
            foreign: 0,
            desc,
            loops: false,
            gen,
            pair: false,
        });
    }

    /// Start recording `f`, which is at loop header `f.pc`.
    pub fn new(f: &Frame) -> Recorder {
        Recorder {
            code: f.code.clone(),
            frame: f as *const Frame as usize,
            header: f.pc,
            stack_depth: f.stack.len(),
            expected_pc: f.pc,
            trace: Trace::new(),
            stack: Vec::new(),
            steps: 0,
            residual_calls: 0,
            recursive: false,
            call_started: false,
            iters: Vec::new(),
            min_locals: 0,
            obj_locals: Vec::new(),
            plain_locals: Vec::new(),
            inlined: Vec::new(),
            attr_bases: Vec::new(),
            virtual_tuple: None,
            fresh: Vec::new(),
            fresh_locals: Vec::new(),
            side: false,
            start: f.pc,
            skip_branch: false,
            residual: None,
            super_at: None,
            start_stack: 0,
            start_callee: None,
            start_loads: Vec::new(),
            parent_consts: Vec::new(),
            loop_end: false,
            popped: false,
            pending: None,
            enters_loop: false,
            parent_iters: None,
            replay_from: None,
            call_replay: None,
            outline_calls: false,
        }
    }

    /// Is the interpreter running a residual call the recording waits for? (Its back-edges
    /// neither count nor end the recording.)
    pub fn in_residual_call(&self) -> bool {
        self.residual.is_some()
    }

    /// Did the instruction just reported start a residual call (which the interpreter may
    /// then run unreported: `JitHooks::waits_for_call`)? Not for the instructions of other
    /// frames reported while one is in progress (an exception from the callee left the
    /// recorded frame, and the recorder counts them until it gives up).
    pub fn call_started(&self) -> bool {
        self.call_started
    }

    /// The residual call in progress took a loop back-edge: the trace's call re-enters the
    /// JIT (`Desc::PyCall::loops`).
    pub fn residual_backedge(&mut self) {
        if let Some(r) = &mut self.residual {
            r.loops = true;
        }
    }

    /// A side trace just recorded the backward `Jump` to `target` (an enclosing loop's
    /// header): the interpreter's back-edge there must not end the recording.
    pub fn accepts_backedge(&self, target: usize) -> bool {
        self.side && self.expected_pc == target && target != self.header
    }

    /// Operand-stack entries a trampoline side trace starts with (`side_tramp`).
    pub fn start_stack(&self) -> usize {
        self.start_stack
    }

    /// The pc recording started at (the header, or a side trace's exit pc).
    /// Bytecode instructions recorded so far (of the recorded frame and inlined calls).
    pub fn steps(&self) -> usize {
        self.steps
    }

    /// Does the recording call the loop's own function (recursion) with fewer than
    /// `RECURSION_STEPS_PER_CALL` instructions per residual call? Such a trace costs more
    /// than interpreting the loop: a `pycall` costs more than the interpreter's own call.
    pub fn recursion_not_worth(&self) -> bool {
        self.recursive && self.steps < RECURSION_STEPS_PER_CALL * self.residual_calls
    }

    pub fn start_pc(&self) -> usize {
        self.start
    }

    /// Start recording a side trace of the loop at `header`: `f` is at the pc of a hot exit
    /// of the loop's trace. When that exit is a branch guard's (`branch`: `f` is at a
    /// `PopJumpIfFalse/True` with the condition pushed), the guard failing means the branch
    /// goes the other way, so the side trace starts at the target the interpreter is about to
    /// take, with the condition popped. Recording ends at the back-edge to `header`.
    pub fn side(f: &Frame, header: usize, branch: bool) -> Recorder {
        let mut r = Recorder::new(f);
        r.header = header;
        r.side = true;
        if branch {
            r.stack_depth = f.stack.len().saturating_sub(1);
            r.skip_branch = true;
        } else if f.pc == header {
            // The loop-end exit of a `for` loop (`side::linkable`).
            r.loop_end = true;
        }
        r
    }

    /// Start recording a side trace that the trampoline enters (`side.rs`, *entered
    /// through the trampoline*): `f` is at a hot exit's pc with the exit's `k` operand-stack
    /// entries on top of the loop's stack. The trampoline moves those entries into scratch
    /// locals past the frame's own (`f.fast.len()` onwards) before it calls the side trace,
    /// so the recording starts with loads of those locals on its abstract stack (typed
    /// and checked at entry like any local).
    pub fn side_tramp(f: &Frame, header: usize, k: usize) -> Result<Recorder, String> {
        let mut r = Recorder::new(f);
        r.header = header;
        r.side = true;
        let depth = f
            .stack
            .len()
            .checked_sub(k)
            .ok_or("exit stack deeper than the frame's")?;
        r.stack_depth = depth;
        let n0 = f.fast.len();
        for (i, v) in f.stack[depth..].iter().enumerate() {
            if v.is_null() || matches!(v, Value::Iter(_)) {
                return Err("side trace: exit stack holds a null or an iterator".into());
            }
            let s = r.snap(f.pc);
            let l = r.push(Inst::Load {
                slot: Slot::Local((n0 + i) as u32),
                ty: ir_type(v),
                snap: Some(s),
            });
            r.stack.push(l);
            r.start_loads.push(l);
        }
        r.min_locals = n0 + k;
        r.start_stack = k;
        // The loop-end exit of a `for` loop whose locals hold objects (`side::trampable`).
        r.loop_end = k == 0 && f.pc == header;
        Ok(r)
    }

    /// The loop trace a linked side trace comes from: its live `ctx` and the plan of its
    /// iterator words (`EntryReq::words`).
    pub fn set_parent_iters(&mut self, ctx: *mut u64, words: Vec<(u32, IterKind, usize, usize)>) {
        self.parent_iters = Some(nest::ParentIters { ctx, words });
    }

    /// The loop's stack depth where the side trace starts (before `leave_loop` popped the
    /// exhausted iterator).
    pub fn start_depth(&self) -> usize {
        self.stack_depth + usize::from(self.popped)
    }

    /// A side trace recorded from an exit of a linked side trace that had left its `for`
    /// loop (`leave_loop`): the frame it runs on still holds the loop's exhausted iterator
    /// below its stack when linked (the recording's frame no longer does: the exit was
    /// applied), so its snapshots drop it too (`Snapshot::pop`) and its end may start the
    /// loop again (`restart_loop`). `stack_depth` is already the depth without it.
    pub fn start_popped(&mut self) {
        self.popped = true;
    }

    /// The object constants of the loop trace among the values this trampoline side trace
    /// starts with (see `parent_consts`).
    pub fn set_parent_consts(&mut self, consts: Vec<Option<u64>>) {
        self.parent_consts = consts;
    }

    /// Callee locals and stack entries a trampoline side trace of an exit inside an inlined
    /// call starts with (`side_resume`).
    pub fn start_callee(&self) -> Option<CalleeStart> {
        self.start_callee.clone()
    }

    /// Start recording a trampoline side trace of an exit inside an inlined (resumable)
    /// call: the exit left `f` after the call, with the exit's `k` operand-stack entries on
    /// top of the loop's stack, and `rc` — the callee's frame — for the interpreter to finish
    /// first. The recording starts in that callee, at its pc, as if the call had been
    /// inlined there: its locals and stack are loads of scratch locals past the frame's own
    /// (the caller's `k` entries first, then the callee's locals, then its stack: the
    /// trampoline moves them there before the call, `SideRec::enter_tramp`). The
    /// interpreter's run of the callee (`Vm::jit_resume`) is recorded like an inlined call's,
    /// its return goes on in the caller, and the recording ends at the loop header as any
    /// side trace's.
    pub fn side_resume(
        f: &Frame,
        header: usize,
        k: usize,
        rc: &pyjit_runtime::interp::jit_hook::ResumeCall,
    ) -> Result<Recorder, String> {
        let mut r = Recorder::side_tramp(f, header, k)?;
        let (nl, ns) = (rc.fast.len(), rc.stack.len());
        let code = &rc.func.code;
        if code.varnames.len().max(code.argcount as usize) != nl || rc.pc >= code.instrs.len() {
            return Err("side trace: callee frame does not fit its code".into());
        }
        if f.pc == 0 {
            return Err("side trace: resumed call at pc 0".into());
        }
        let base = f.fast.len() + k;
        let load = |r: &mut Recorder, i: usize, v: &Value| -> Result<Ref, String> {
            if matches!(v, Value::Iter(_)) {
                return Err("side trace: callee frame holds an iterator".into());
            }
            let s = r.snap(f.pc);
            Ok(r.push(Inst::Load {
                slot: Slot::Local((base + i) as u32),
                ty: ir_type(v),
                snap: Some(s),
            }))
        };
        let mut locals = Vec::with_capacity(nl);
        for (i, v) in rc.fast.iter().enumerate() {
            locals.push(if v.is_null() {
                None
            } else {
                Some(load(&mut r, i, v)?)
            });
        }
        let mut stack = Vec::with_capacity(ns);
        for (i, v) in rc.stack.iter().enumerate() {
            if v.is_null() {
                return Err("side trace: callee stack holds a null".into());
            }
            stack.push(load(&mut r, nl + i, v)?);
        }
        let func = r.value_const(&Value::Function(rc.func.clone()));
        r.inlined.push(Inlined {
            code: code.clone(),
            func,
            resumable: true,
            can_resume: false,
            frame: None,
            locals,
            stack,
            call_pc: f.pc - 1,
            caller_stack: r.stack.clone(),
            consumed: 0,
            start: r.trace.len(),
            init_obj: None,
            dunder: false,
            effects: false,
            replay_from: None,
        });
        r.expected_pc = rc.pc;
        r.min_locals = base + nl + ns;
        r.start_callee = Some(CalleeStart {
            func: Rc::as_ptr(&rc.func) as usize,
            pc: rc.pc,
            locals: nl,
            stack: ns,
            unbound: rc.fast.iter().map(Value::is_null).collect(),
        });
        Ok(r)
    }

    /// The abstract operand stack of the frame being recorded.
    fn stk(&mut self) -> &mut Vec<Ref> {
        match self.inlined.last_mut() {
            Some(c) => &mut c.stack,
            None => &mut self.stack,
        }
    }

    /// A snapshot for a guard on the instruction at `pc` of the current frame; inside an
    /// inlined call, the caller's call instruction instead.
    fn snap(&mut self, pc: usize) -> SnapId {
        let inexact = self.inlined.iter().any(|c| c.effects);
        let s = match self.inlined.first() {
            None => match self.replay_from {
                Some(start) if !self.stack.is_empty() && self.replays(start) => {
                    Snapshot::new(start as u32, Vec::new())
                }
                _ => Snapshot::new(pc as u32, self.stack.clone()),
            },
            // A restart that can begin with the caller's statement has no operands to keep.
            Some(c) if !c.resumable => match c.replay_from {
                Some(start) if self.replays_call(start) => Snapshot::new(start as u32, Vec::new()),
                _ => Snapshot::new(c.call_pc as u32, c.caller_stack.clone()),
            },
            Some(c) => {
                // The caller goes on after the call, without its operands, once the callee's
                // frame (at this instruction, or at its call of a pure function that is
                // restarted) has run to completion.
                let keep = c.caller_stack.len().saturating_sub(c.consumed);
                let mut s = Snapshot::new(c.call_pc as u32 + 1, c.caller_stack[..keep].to_vec());
                let cpc = self.inlined.get(1).map_or(pc, |inner| inner.call_pc);
                s.frame = Some(CalleeFrame {
                    func: c.func,
                    pc: cpc as u32,
                    locals: c.locals.clone(),
                    stack: c.stack.clone(),
                });
                s
            }
        };
        let mut s = s;
        s.inexact = inexact;
        s.pop = self.popped;
        self.trace.add_snap(s)
    }

    /// Does an exit start its statement again at `start` (`replay_from`)? Not at the loop
    /// header (an exit there is the loop's end or its preamble's), and only in `while`
    /// loops: there the guards of a dispatch loop over objects of several classes
    /// (richards' `Scheduler.schedule`) get linked side traces, a trace tree. A `for` loop's
    /// trace measured worse with them: deltablue's `Plan.execute` runs the elements of one
    /// phase through a side trace and a nested one instead of its dormant trace for that
    /// phase (+3%), and hexiom's `assign` traces, whose restarts of `consistent(j)` got side
    /// traces, were discarded three times and the loop left to the interpreter (+16%).
    fn replays(&self, start: usize) -> bool {
        start != self.header && self.code.instrs[self.header].op != Op::ForIter
    }

    /// Does an exit inside a pure inlined call start the caller's statement again at
    /// `start`? As `replays`, and in a `for` loop's *side* traces too: their exits inside
    /// the call are then linkable and get nested side traces (`side::nested_exit`), while
    /// the loop trace's own exits stay what `replays` measured best. hexiom's `assign`: the
    /// side trace of `if good` inlines `consistent(j)` and left at its branches ~47.6 k
    /// times a quick run, each a round trip through the interpreter.
    fn replays_call(&self, start: usize) -> bool {
        self.replays(start) || (self.side && start != self.header)
    }

    /// Is the current frame the outermost inlined call, resumable or able to become so (a
    /// plain call of a function `resumable_function` accepts, with no effect noted that
    /// keeps it restartable)? A residual call may be made from it: the call's snapshot and
    /// every later one rebuild its frame (`snap`).
    fn may_resume(&self) -> bool {
        self.inlined.len() == 1 && {
            let c = &self.inlined[0];
            c.resumable || (c.can_resume && !c.effects)
        }
    }

    /// Whether the current frame is an inlined call with side effects allowed (the
    /// outermost, resumable one).
    fn in_resumable(&self) -> bool {
        self.inlined.len() == 1 && self.inlined[0].resumable
    }

    fn push(&mut self, inst: Inst) -> Ref {
        self.trace.push(inst)
    }

    fn pop(&mut self) -> Result<Ref, String> {
        self.stk()
            .pop()
            .ok_or_else(|| "pops below the loop's stack".to_string())
    }

    fn spush(&mut self, r: Ref) {
        self.stk().push(r);
    }

    fn konst(&mut self, c: Const) -> Ref {
        self.push(Inst::Const(c))
    }

    /// A constant for `v`; objects are kept alive by the trace's pool.
    fn value_const(&mut self, v: &Value) -> Ref {
        let c = match v {
            Value::Int(i) => Const::Int(*i),
            Value::Float(x) => Const::Float(*x),
            Value::Bool(b) => Const::Bool(*b),
            _ => {
                self.trace.pool.borrow_mut().keep(v);
                Const::Obj {
                    tag: tag_of(v),
                    bits: payload_bits(v),
                }
            }
        };
        self.konst(c)
    }

    fn call(&mut self, h: Helper, k: u32, ty: Type, args: &[Ref], snap: Option<SnapId>) -> Ref {
        let mut a = [Ref(0); 3];
        a[..args.len()].copy_from_slice(args);
        self.push(Inst::Call {
            h,
            k,
            ty,
            args: a,
            n: args.len() as u8,
            snap,
        })
    }

    /// Handle the instruction `f` is about to execute.
    pub fn step(&mut self, f: &Frame) -> Step {
        self.call_started = false;
        match self.step_inner(f) {
            Ok(true) => Step::Done,
            Ok(false) => Step::Continue,
            Err(reason) => Step::Abort(reason),
        }
    }

    /// Check that the abstract stack agrees with the frame's: same types (and the same
    /// objects, for constants). This catches any instruction whose result the recorder
    /// predicted wrongly.
    fn check_stack(&self, f: &Frame, base: usize, stack: &[Ref]) -> Result<(), String> {
        if f.stack.len() != base + stack.len() {
            return Err("operand stack out of sync".into());
        }
        for (k, &r) in stack.iter().enumerate() {
            let v = &f.stack[base + k];
            let ok = match (self.trace.ty(r), self.trace.konst(r)) {
                (_, Some(Const::Obj { tag, bits })) => tag_of(v) == tag && payload_bits(v) == bits,
                (ty, _) => ir_type(v) == ty,
            };
            if !ok {
                return Err("operand stack types out of sync".into());
            }
        }
        Ok(())
    }

    fn step_inner(&mut self, f: &Frame) -> Result<bool, String> {
        let fp = f as *const Frame as usize;
        if let Some(res) = &mut self.residual {
            if fp != res.frame {
                res.foreign += 1;
                if res.foreign > MAX_RESIDUAL_STEPS {
                    return Err("residual call runs too long to record".into());
                }
                return Ok(false);
            }
            let (inst, pc, code, gen, pair) =
                (res.inst, res.pc, res.code.clone(), res.gen, res.pair);
            if res.loops {
                if let Some(Desc::PyCall { loops, .. } | Desc::GenNext { loops, .. }) = self
                    .trace
                    .pool
                    .borrow_mut()
                    .descs
                    .get_mut(res.desc as usize)
                {
                    *loops = true;
                }
            }
            self.residual = None;
            if gen && fp == self.frame && f.pc != pc + 1 {
                // The generator returned: the loop ended during the recorded iteration.
                return Err(LOOP_ENDED.into());
            }
            if !Rc::ptr_eq(&f.code, &code) || f.pc != pc + 1 {
                return Err("unexpected control flow after a residual call (exception)".into());
            }
            // See `EntryReq::unique_iters`. (Inside an inlined call `f` is the callee's
            // frame, whose stack holds no iterator of the loop.)
            let shared = fp == self.frame && self.iters.iter().any(|&(d, _)| {
                matches!(f.stack.get(d as usize), Some(Value::Iter(it)) if Rc::strong_count(it) > 1)
            });
            if shared {
                return Err("residual call in a loop over a shared iterator".into());
            }
            let top = f.stack.last().ok_or("residual call without a result")?;
            let ty = match top {
                // `enumerate(<generator>)`: the pair's item.
                Value::Tuple(tu) if pair && tu.items.len() == 2 => ir_type(&tu.items[1]),
                _ if pair => return Err("enumerate of a generator without a pair".into()),
                _ => ir_type(top),
            };
            if let Inst::Call { ty: t, .. } = &mut self.trace.insts[inst.idx()] {
                *t = ty;
            }
            self.trace.types[inst.idx()] = ty;
        }
        if self.skip_branch {
            self.skip_branch = false;
            if fp != self.frame || f.pc != self.expected_pc || f.stack.len() != self.stack_depth + 1
            {
                return Err("side trace does not start at its branch".into());
            }
            let ins = f.code.instrs[f.pc];
            let t = f
                .stack
                .last()
                .and_then(object_truth)
                .ok_or("branch on a non-number")?;
            self.expected_pc = match ins.op {
                Op::PopJumpIfFalse | Op::PopJumpIfTrue if t == (ins.op == Op::PopJumpIfTrue) => {
                    ins.arg as usize
                }
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => f.pc + 1,
                _ => return Err("side trace does not start at its branch".into()),
            };
            self.start = self.expected_pc;
            return Ok(false);
        }
        if self.loop_end {
            self.loop_end = false;
            self.leave_loop(f)?;
            return Ok(false);
        }
        if let Some(c) = self.inlined.last_mut() {
            if !Rc::ptr_eq(&f.code, &c.code) || *c.frame.get_or_insert(fp) != fp {
                return Err("left the inlined frame (call or exception)".into());
            }
            let stack = c.stack.clone();
            self.check_stack(f, 0, &stack)?;
        } else {
            if fp != self.frame || !Rc::ptr_eq(&f.code, &self.code) {
                return Err("left the frame (call, return or exception)".into());
            }
            if self.virtual_tuple.is_none() && !self.has_pending() {
                self.check_stack(f, self.stack_depth, &self.stack)?;
            }
        }
        if f.pc != self.expected_pc {
            return Err("unexpected control flow (exception)".into());
        }
        if self.side && f.pc == self.header && self.inlined.is_empty() {
            // Back at the loop header by way of an enclosing loop: the side trace ends here
            // and links into the loop's trace — or, when the loop starts again (a `for`
            // loop's new iterator on the stack), enters it.
            if self.iter_pending() {
                return self.enter_loop(f.pc);
            }
            if !self.stack.is_empty() {
                return Err("values left on the stack at the loop header".into());
            }
            let s = self.snap(f.pc);
            self.push(Inst::Exit { snap: s });
            return Ok(true);
        }
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return Err("trace too long".into());
        }
        let pc = f.pc;
        let ins = f.code.instrs[pc];
        let arg = ins.arg as usize;
        self.expected_pc = pc + 1;
        let n = f.stack.len();
        let inlined = !self.inlined.is_empty();
        // The concrete value `k` entries below the top (0 = top).
        let top = |k: usize| &f.stack[n - 1 - k];
        if self.has_pending() && !matches!(ins.op, Op::GetIter | Op::ForIter) {
            return Err("a pending iterator escapes".into());
        }
        if inlined {
            self.replay_from = None;
            self.call_replay = None;
        } else {
            if self.stack.is_empty() && self.virtual_tuple.is_none() && !self.has_pending() {
                self.replay_from = Some(pc);
            }
            self.call_replay = self.replay_from;
            if !replayable(ins.op) {
                self.replay_from = None;
            }
        }
        if self.super_at.is_some_and(|(at, _)| at != pc) {
            return Err("super object used other than for a method call".into());
        }
        match ins.op {
            Op::Nop => {}
            Op::GetIter if self.pending_get_iter(f, pc) => {}
            Op::LoadMethod if self.super_at.is_some() => self.super_method(f, pc, arg, top(0))?,
            Op::LoadDeref if inlined => self.class_cell(f, arg)?,
            Op::LoadFast if inlined => {
                let r = self.inlined.last().and_then(|c| c.locals[arg]);
                let r = r.ok_or("unbound local in an inlined function")?;
                self.spush(r);
            }
            Op::StoreFast if inlined => {
                let v = self.pop()?;
                if let Some(c) = self.inlined.last_mut() {
                    c.locals[arg] = Some(v);
                }
            }
            Op::LoadFast if self.fresh_locals.iter().any(|e| e.0 == arg) => {
                let r = self.fresh_locals.iter().find(|e| e.0 == arg).map(|e| e.1);
                self.spush(r.unwrap_or(Ref(0)));
            }
            Op::LoadFast => {
                let v = &f.fast[arg];
                if v.is_null() {
                    return Err("unbound local".into());
                }
                let ty = ir_type(v);
                let s = self.snap(pc);
                let r = self.push(Inst::Load {
                    slot: Slot::Local(arg as u32),
                    ty,
                    snap: Some(s),
                });
                self.min_locals = self.min_locals.max(arg + 1);
                self.spush(r);
            }
            Op::StoreFast => {
                let v = *self.stk().last().ok_or("pops below the loop's stack")?;
                self.fresh_locals.retain(|e| e.0 != arg);
                if self.fresh_of(v).is_some() {
                    self.fresh_locals.push((arg, v));
                }
                let slot = Slot::Local(arg as u32);
                let n32 = arg as u32;
                if self.trace.ty(v).is_obj() {
                    if self.plain_locals.contains(&n32) {
                        return Err("local holds numbers and objects".into());
                    }
                    self.obj_locals.push(n32);
                    self.pop()?;
                    self.push(Inst::StoreObj { slot, val: v });
                } else {
                    if self.obj_locals.contains(&n32) {
                        return Err("local holds numbers and objects".into());
                    }
                    if !is_plain(&f.fast[arg]) {
                        return Err(format!("store over a {}", type_name(&f.fast[arg])));
                    }
                    self.plain_locals.push(n32);
                    let s = self.snap(pc);
                    self.pop()?;
                    self.push(Inst::CheckPlain { slot, snap: s });
                    self.push(Inst::Store { slot, val: v });
                }
                self.min_locals = self.min_locals.max(arg + 1);
            }
            Op::LoadConst => {
                let c = f.rt.consts[arg].clone();
                let r = self.value_const(&c);
                self.spush(r);
            }
            Op::PopTop => {
                self.pop()?;
            }
            Op::DupTop => {
                let v = *self.stk().last().ok_or("pops below the loop's stack")?;
                self.spush(v);
            }
            Op::DupTopTwo => {
                let st = self.stk();
                let k = st.len();
                if k < 2 {
                    return Err("pops below the loop's stack".into());
                }
                let (a, b) = (st[k - 2], st[k - 1]);
                st.push(a);
                st.push(b);
            }
            Op::IsOp => {
                // `a is b` / `a is not b` (arg 1) of objects: the same tag and payload. Values
                // of different tags are never the same object, a number and an object
                // included (`x is None` on a float); two numbers are left out (their identity
                // is an implementation detail).
                let (ca, cb) = (top(1), top(0));
                if !(is_obj(ca) && is_obj(cb)
                    || tag_of(ca) != tag_of(cb) && (is_obj(ca) || is_obj(cb)))
                {
                    return Err(format!("`is` of {} and {}", type_name(ca), type_name(cb)));
                }
                let b = self.pop()?;
                let a = self.pop()?;
                let negate = arg == 1;
                let r = if tag_of(ca) != tag_of(cb) {
                    // Tags are guarded by whatever produced the values (loads, item reads).
                    self.konst(Const::Bool(negate))
                } else if payload_bits(ca) == 0
                    && matches!(ca, Value::None | Value::Ellipsis | Value::NotImplemented)
                {
                    // Singletons without a payload (their payload bytes are padding): the tag
                    // alone says it.
                    self.konst(Const::Bool(!negate))
                } else {
                    self.push(Inst::Cmp {
                        op: if negate { CmpOp::Ne } else { CmpOp::Eq },
                        float: false,
                        a,
                        b,
                    })
                };
                self.spush(r);
            }
            Op::RotTwo => {
                let st = self.stk();
                let k = st.len();
                if k < 2 {
                    return Err("pops below the loop's stack".into());
                }
                st.swap(k - 1, k - 2);
            }
            Op::RotThree => {
                let st = self.stk();
                let k = st.len();
                if k < 3 {
                    return Err("pops below the loop's stack".into());
                }
                let v = st.pop().unwrap_or(Ref(0));
                st.insert(k - 3, v);
            }
            Op::BinaryOp | Op::InplaceOp
                if matches!(top(1), Value::Instance(_)) || matches!(top(0), Value::Instance(_)) =>
            {
                let op = BinOp::from_arg(ins.arg);
                self.instance_binary(pc, op, ins.op == Op::InplaceOp, top(1), top(0))?;
            }
            Op::UnaryNeg if matches!(top(0), Value::Instance(_)) => {
                let (cls, m) = special_method(top(0), "__neg__")?;
                let s = self.snap(pc);
                let a = *self.stk().last().ok_or("pops below the loop's stack")?;
                self.guard_class(&cls, Some(a), s);
                self.inline_call(&m, vec![a], pc, 1, Kind::Dunder)?;
            }
            Op::BinaryOp | Op::InplaceOp => {
                let op = BinOp::from_arg(ins.arg);
                let s = self.snap(pc);
                let b = self.pop()?;
                let a = self.pop()?;
                let r = match (top(1), top(0)) {
                    // `xs * n` makes a new list (`xs *= n` changes `xs`: not handled).
                    (Value::List(_), Value::Int(_))
                        if op == BinOp::Mul && ins.op == Op::BinaryOp =>
                    {
                        let t = Type::Obj(crate::backend::TAG_LIST);
                        self.call(Helper::ListRepeat, 0, t, &[a, b], Some(s))
                    }
                    // `"v%d" % i`: the interpreter's own formatting (`str.mod`), which runs no
                    // Python code for these operands (a tuple's items are checked when it
                    // runs); it exits where the interpreter raises.
                    (
                        Value::Str(_),
                        Value::Int(_)
                        | Value::Float(_)
                        | Value::Bool(_)
                        | Value::Str(_)
                        | Value::Tuple(_),
                    ) if op == BinOp::Mod => {
                        let t = Type::Obj(crate::backend::TAG_STR);
                        let k = u32::from(self.trace.ty(b).tag());
                        self.call(Helper::StrMod, k, t, &[a, b], Some(s))
                    }
                    _ => self.binary(op, a, b, top(1), top(0), s)?,
                };
                self.spush(r);
            }
            Op::CompareOp
                if matches!(top(1), Value::Instance(_)) || matches!(top(0), Value::Instance(_)) =>
            {
                self.instance_compare(pc, CmpOp::from_arg(ins.arg), top(1), top(0))?;
            }
            Op::CompareOp => {
                let op = CmpOp::from_arg(ins.arg);
                let s = self.snap(pc);
                let b = self.pop()?;
                let a = self.pop()?;
                let (ca, cb) = (top(1), top(0));
                let r = match (self.trace.ty(a), self.trace.ty(b)) {
                    (Type::Int, Type::Int) => self.push(Inst::Cmp {
                        op,
                        float: false,
                        a,
                        b,
                    }),
                    (Type::Float | Type::Int, Type::Float | Type::Int) => {
                        if !exact_float(ca) || !exact_float(cb) {
                            return Err("int/float comparison with a huge int".into());
                        }
                        let a = self.as_float(a, Some(s));
                        let b = self.as_float(b, Some(s));
                        self.push(Inst::Cmp {
                            op,
                            float: true,
                            a,
                            b,
                        })
                    }
                    (Type::Obj(crate::backend::TAG_STR), Type::Obj(crate::backend::TAG_STR)) => {
                        let k = CmpOp::ALL.iter().position(|&o| o == op).unwrap_or(0);
                        self.call(Helper::StrCmp, k as u32, Type::Bool, &[a, b], None)
                    }
                    _ => {
                        return Err(format!(
                            "comparison of {} and {}",
                            type_name(ca),
                            type_name(cb)
                        ))
                    }
                };
                self.spush(r);
            }
            Op::UnaryInvert => {
                // `~i` of an int is `i ^ -1`, which never overflows.
                if !matches!(top(0), Value::Int(_)) {
                    return Err(format!("inversion of a {}", type_name(top(0))));
                }
                let a = self.pop()?;
                let m = self.konst(Const::Int(-1));
                let r = self.push(Inst::Bin {
                    op: BinKind::IXor,
                    a,
                    b: m,
                    snap: None,
                });
                self.spush(r);
            }
            Op::UnaryNeg => {
                let s = self.snap(pc);
                let a = self.pop()?;
                let r = match (self.trace.ty(a), top(0)) {
                    (Type::Int, Value::Int(i)) => {
                        if *i == i64::MIN {
                            return Err("int overflow while recording".into());
                        }
                        self.push(Inst::Un {
                            op: UnKind::INeg,
                            a,
                            snap: Some(s),
                        })
                    }
                    (Type::Float, _) => self.push(Inst::Un {
                        op: UnKind::FNeg,
                        a,
                        snap: None,
                    }),
                    _ => return Err(format!("negation of a {}", type_name(top(0)))),
                };
                self.spush(r);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let s = self.snap(pc);
                let v = self.pop()?;
                let (c, t) = self.truth_of(v, top(0), s)?;
                self.guard_truth(c, t, s);
                if t == (ins.op == Op::PopJumpIfTrue) {
                    self.expected_pc = arg;
                }
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let s = self.snap(pc);
                let v = *self.stk().last().ok_or("pops below the loop's stack")?;
                let (c, t) = self.truth_of(v, top(0), s)?;
                self.guard_truth(c, t, s);
                if t == (ins.op == Op::JumpIfTrueOrPop) {
                    self.expected_pc = arg;
                } else {
                    self.pop()?;
                }
            }
            Op::Jump => {
                if arg > pc {
                    self.expected_pc = arg;
                } else if arg == self.header && !inlined {
                    if !self.stack.is_empty() {
                        return Err("values left on the stack at the back-edge".into());
                    }
                    // (`len` results are shared and hoisted only while nothing resizes a
                    // container: `Helper::resizes`, `Folder::forget_lens`.)
                    let s = self.snap(arg);
                    if self.side {
                        self.push(Inst::Exit { snap: s });
                    } else {
                        self.push(Inst::JumpTop { snap: s });
                    }
                    return Ok(true);
                } else if self.side && !inlined && self.stack.is_empty() {
                    // A side trace may run on through an enclosing loop's back-edge and
                    // header until it reaches its own loop's header (the last iteration of an
                    // inner `while` going on into the next outer iteration); the interpreter's
                    // back-edge hook lets it (`accepts_backedge`).
                    self.expected_pc = arg;
                } else if arg < self.header && !inlined && !self.side {
                    // The back-edge of an enclosing loop: the recorded iteration left the
                    // loop (a short inner `while` whose recording started at its last
                    // test). Like a `for` loop running out, nothing to hold against it.
                    return Err(LOOP_ENDED.into());
                } else {
                    return Err("inner loop".into());
                }
            }
            Op::ForIter if !inlined => {
                if self.for_iter(f, pc, arg)? {
                    return Ok(true);
                }
            }
            Op::LoadGlobal => self.load_global(f, pc, arg)?,
            Op::LoadAttr if self.fresh_field(f, arg).is_some() => {
                let v = self.fresh_field(f, arg).unwrap_or(Ref(0));
                self.pop()?;
                self.spush(v);
            }
            Op::LoadMethod if self.fresh_method(f, arg, top(0)).is_some() => {
                let m = self.fresh_method(f, arg, top(0)).unwrap_or(Value::None);
                let obj = self.pop()?;
                let mr = self.value_const(&m);
                self.spush(mr);
                self.spush(obj);
            }
            Op::LoadAttr => {
                let s = self.snap(pc);
                let obj = self.pop()?;
                let v = self.load_attr(f, s, arg, obj, top(0))?;
                self.spush(v);
            }
            Op::LoadMethod if matches!(top(0), Value::Instance(_)) => {
                self.load_method(f, pc, arg, top(0))?
            }
            Op::LoadMethod if builtin_method(top(0), f.rt.names[arg].as_str()).is_some() => {
                // `xs.append`, `s.add`, `d.get`, ...: the method of the builtin type (whose
                // dict never changes), then the receiver, as the interpreter's
                // `BuiltinMethod` hit pushes. The receiver's tag is known; a set must also be
                // no frozenset (same tag, no `add`): `guard.set`, here, where the
                // interpreter would raise the `AttributeError`.
                let m = builtin_method(top(0), f.rt.names[arg].as_str())
                    .ok_or("no such builtin method")?;
                let s = self.snap(pc);
                let obj = self.pop()?;
                if let Value::Set(_) = top(0) {
                    self.call(Helper::GuardSet, 0, Type::Void, &[obj], Some(s));
                }
                let mr = self.value_const(&m);
                self.spush(mr);
                self.spush(obj);
            }
            Op::LoadMethod if matches!(top(0), Value::Type(_)) => {
                self.class_function(f, pc, arg, top(0))?
            }
            Op::LoadMethod => {
                let Value::Module(_) = top(0) else {
                    return Err(format!("method call on a {}", type_name(top(0))));
                };
                let s = self.snap(pc);
                let obj = self.pop()?;
                let v = self.load_attr(f, s, arg, obj, top(0))?;
                self.spush(v);
                let null = self.konst(Const::Obj { tag: 0, bits: 0 });
                self.spush(null);
            }
            Op::StoreAttr if self.is_fresh(top(0)) => self.store_fresh(f, arg)?,
            Op::StoreAttr => self.store_attr(f, pc, arg)?,
            Op::Call if self.starts_range_loop(f, pc, arg) => self.range_call(f, arg)?,
            Op::Call => self.call_op(f, pc, arg, 1)?,
            Op::CallMethod => {
                if top(arg).is_null() {
                    self.call_op(f, pc, arg, 2)?
                } else {
                    // The receiver is the first argument.
                    self.call_op(f, pc, arg + 1, 1)?
                }
            }
            Op::ReturnValue if inlined => {
                let v = self.pop()?;
                let Some(c) = self.inlined.pop() else {
                    return Err("return outside an inlined call".into());
                };
                let v = match c.init_obj {
                    Some(o) if self.trace.ty(v) == Type::Obj(tag_of(&Value::None)) => o,
                    Some(_) => return Err("__init__ returning a value".into()),
                    None if c.dunder
                        && self.trace.ty(v) == Type::Obj(tag_of(&Value::NotImplemented)) =>
                    {
                        return Err("special method returning NotImplemented".into())
                    }
                    None => v,
                };
                let st = self.stk();
                let keep = st.len().saturating_sub(c.consumed);
                st.truncate(keep);
                st.push(v);
                self.expected_pc = c.call_pc + 1;
            }
            Op::ReturnValue => return Err(LOOP_RETURNED.into()),
            Op::BinarySubscr
                if matches!(
                    (top(1), top(0)),
                    (Value::Dict(_), Value::Int(_) | Value::Str(_))
                ) =>
            {
                // `d[key]`: `dict.get` without a default exits when the key is absent (the
                // interpreter raises the `KeyError`).
                let Value::Dict(d) = top(1) else {
                    return Err("subscript of a non-dict".into());
                };
                let v = dict_lookup(d, top(0)).ok_or("missing dict key while recording")?;
                let s = self.snap(pc);
                let key = self.pop()?;
                let dr = self.pop()?;
                let k = u32::from(self.trace.ty(key).tag());
                let r = self.call(Helper::DictGet, k, ir_type(&v), &[dr, key], Some(s));
                self.spush(r);
            }
            Op::StoreSubscr
                if (!inlined || self.may_resume())
                    && matches!(
                        (top(1), top(0)),
                        (Value::Dict(_), Value::Int(_) | Value::Str(_))
                    )
                    && !top(2).is_null() =>
            {
                let s = self.snap(pc);
                let key = self.pop()?;
                let d = self.pop()?;
                let v = self.pop()?;
                self.escape(v);
                let k = u32::from(self.trace.ty(key).tag());
                self.call(Helper::DictSet, k, Type::Void, &[d, key, v], Some(s));
                self.note_effect();
            }
            Op::BinarySubscr => {
                let (seq, idx) = (top(1), top(0));
                let h = match (seq, idx) {
                    (Value::List(_), Value::Int(_)) => Helper::ListGet,
                    (Value::Tuple(_), Value::Int(_)) => Helper::TupleGet,
                    _ => return Err(format!("subscript {}[{}]", type_name(seq), type_name(idx))),
                };
                let item = match seq {
                    Value::List(l) => {
                        let items = l.items.borrow();
                        items.get(index(idx, items.len())?).cloned()
                    }
                    Value::Tuple(t) => t.items.get(index(idx, t.items.len())?).cloned(),
                    _ => None,
                };
                let item = item.ok_or("index out of range while recording")?;
                let s = self.snap(pc);
                let i = self.pop()?;
                let l = self.pop()?;
                let r = self.call(h, 0, ir_type(&item), &[l, i], Some(s));
                self.spush(r);
            }
            Op::StoreSubscr if !inlined || self.may_resume() => {
                let (v, seq, idx) = (top(2), top(1), top(0));
                let (Value::List(l), Value::Int(_)) = (seq, idx) else {
                    return Err(format!("store {}[{}]", type_name(seq), type_name(idx)));
                };
                let old_ok = {
                    let items = l.items.borrow();
                    items.get(index(idx, items.len())?).is_some_and(is_number)
                };
                if !old_ok || !is_number(v) {
                    return Err("list store of a non-number".into());
                }
                let s = self.snap(pc);
                let i = self.pop()?;
                let l = self.pop()?;
                let v = self.pop()?;
                self.call(Helper::ListSet, 0, Type::Void, &[l, i, v], Some(s));
                self.note_effect();
            }
            Op::BuildTuple
                if !inlined
                    && (2..=4).contains(&arg)
                    && f.code
                        .instrs
                        .get(pc + 1)
                        .is_some_and(|i| i.op == Op::UnpackSequence && i.arg as usize == arg) =>
            {
                let k = self.stack.len();
                if k < arg {
                    return Err("pops below the loop's stack".into());
                }
                let items = self.stack.split_off(k - arg);
                // A stand-in for the tuple, popped at the very next instruction (no guard in
                // between, so no snapshot ever sees it).
                self.stack.push(items[0]);
                self.virtual_tuple = Some(items);
            }
            Op::UnpackSequence if self.virtual_tuple.is_some() => {
                let items = self.virtual_tuple.take().unwrap_or_default();
                self.pop()?;
                for &r in items.iter().rev() {
                    self.stack.push(r);
                }
            }
            Op::UnpackSequence => {
                let (h, items, t, s) =
                    self.unpack_guard(pc, top(0), CmpOp::Eq, arg, "unpacking")?;
                self.push_items(h, t, &items, s);
            }
            Op::UnpackEx => self.unpack_ex(pc, arg, top(0))?,
            Op::LoadDeref if !inlined => {
                // A cell of the recorded frame (inlined functions have none). The cell
                // objects differ from call to call (a comprehension's closure is made anew
                // each time), so the helper reads the running frame's cell `arg`, checking
                // the content's type; nothing but `deref.store` and residual calls (both
                // barriers) can rebind it while the trace runs, so it is hoisted.
                let v = f.cells.get(arg).ok_or("no such cell")?.borrow().clone();
                if v.is_null() {
                    return Err("unbound free variable".into());
                }
                let s = self.snap(pc);
                let r = self.call(Helper::Deref, arg as u32, ir_type(&v), &[], Some(s));
                self.spush(r);
            }
            Op::StoreDeref if !inlined => {
                let old = f.cells.get(arg).ok_or("no such cell")?.borrow().clone();
                if matches!(old, Value::Instance(_) | Value::Generator(_)) {
                    return Err(format!("cell store over a {}", type_name(&old)));
                }
                let s = self.snap(pc);
                let v = self.pop()?;
                self.escape(v);
                self.call(Helper::DerefStore, arg as u32, Type::Void, &[v], Some(s));
            }
            Op::ListAppend if !inlined => {
                // The list is `arg` entries below the value; in a comprehension it is under
                // the iterator, below the loop's stack: read from the frame (`stack.get`).
                let pos = (n - 1)
                    .checked_sub(arg)
                    .ok_or("list append below the stack")?;
                if !matches!(f.stack[pos], Value::List(_)) {
                    return Err("list append to a non-list".into());
                }
                let s = self.snap(pc);
                let v = self.pop()?;
                let l = match pos.checked_sub(self.stack_depth) {
                    Some(i) => self.stack[i],
                    None => self.call(
                        Helper::StackGet,
                        pos as u32,
                        Type::Obj(crate::backend::TAG_LIST),
                        &[],
                        Some(s),
                    ),
                };
                self.escape(v);
                self.call(Helper::ListAppend, 0, Type::Void, &[l, v], None);
            }
            Op::BuildList | Op::BuildTuple if ins.op == Op::BuildList || arg <= 3 => {
                let tuple = ins.op == Op::BuildTuple;
                let k = self.stk().len();
                if k < arg {
                    return Err("pops below the loop's stack".into());
                }
                let items = self.stk().split_off(k - arg);
                let first = arg.min(3);
                let mut desc = tuple as u32 | (first as u32) << 1;
                for (i, &r) in items[..first].iter().enumerate() {
                    self.escape(r);
                    desc |= (tag_of(top(arg - 1 - i)) as u32) << (8 + 8 * i);
                }
                let ty = Type::Obj(if tuple {
                    crate::backend::TAG_TUPLE
                } else {
                    crate::backend::TAG_LIST
                });
                let l = self.call(Helper::Build, desc, ty, &items[..first], None);
                for &r in &items[first..] {
                    self.escape(r);
                    self.call(Helper::ListAppend, 0, Type::Void, &[l, r], None);
                }
                self.spush(l);
            }
            Op::ContainsOp => {
                let (item, container) = (top(1), top(0));
                if !matches!(
                    container,
                    Value::List(_)
                        | Value::Tuple(_)
                        | Value::Dict(_)
                        | Value::Set(_)
                        | Value::Str(_)
                ) || !pyjit_runtime::object::simple_key(item)
                {
                    return Err(format!(
                        "`in` of {} in {}",
                        type_name(item),
                        type_name(container)
                    ));
                }
                let plain_items = match container {
                    Value::List(l) => l
                        .items
                        .borrow()
                        .iter()
                        .all(pyjit_runtime::object::simple_key),
                    Value::Tuple(t) => t.items.iter().all(pyjit_runtime::object::simple_key),
                    _ => true,
                };
                if !plain_items {
                    return Err("`in` of a sequence of objects".into());
                }
                let s = self.snap(pc);
                let c = self.pop()?;
                let i = self.pop()?;
                let k =
                    tag_of(container) as u32 | (tag_of(item) as u32) << 8 | (arg as u32 & 1) << 16;
                let r = self.call(Helper::Contains, k, Type::Bool, &[c, i], Some(s));
                self.spush(r);
            }
            other => return Err(format!("unsupported instruction {}", other.name())),
        }
        Ok(false)
    }

    /// `LoadGlobal`: through the interpreter's cache entry for it, guarded to still give the
    /// same object, which the trace then uses as a constant.
    fn load_global(&mut self, f: &Frame, pc: usize, arg: usize) -> Result<(), String> {
        let name = f.rt.names[arg].clone();
        let builtins = builtins_of(&f.globals).ok_or("no builtins")?;
        let (cache, v) = cached(f, pc, |c| global_value(c, &f.globals, &builtins, &name))
            .ok_or("global not in the inline cache")?;
        let k = self.trace.pool.borrow_mut().desc(Desc::Global {
            cache,
            globals: f.globals.clone(),
            builtins,
            name,
            expect: v.clone(),
        });
        let s = self.snap(pc);
        self.call(Helper::GuardGlobal, k, Type::Void, &[], Some(s));
        let r = self.value_const(&v);
        self.spush(r);
        Ok(())
    }

    /// `obj.name` for a constant module (guarded, giving a constant) or an instance (through
    /// the interpreter's `InstanceAttr` cache entry).
    fn load_attr(
        &mut self,
        f: &Frame,
        s: SnapId,
        arg: usize,
        obj: Ref,
        cobj: &Value,
    ) -> Result<Ref, String> {
        let pc = f.pc;
        let name = f.rt.names[arg].clone();
        match cobj {
            Value::Module(m) => {
                if !matches!(self.trace.konst(obj), Some(Const::Obj { .. })) {
                    return Err("attribute of a module that is not a constant".into());
                }
                let index = m
                    .dict
                    .index_of_str(name.as_str().unwrap_or(""))
                    .ok_or("missing module attribute")?;
                let cache = Cache::ModuleAttr {
                    index: index as u32,
                };
                let v = attr_value(cache, cobj, &name).ok_or("module attribute moved")?;
                let k = self.trace.pool.borrow_mut().desc(Desc::ModAttr {
                    cache,
                    module: cobj.clone(),
                    name,
                    expect: v.clone(),
                });
                self.call(Helper::GuardModAttr, k, Type::Void, &[], Some(s));
                Ok(self.value_const(&v))
            }
            Value::Instance(_) => {
                let (cache, v) = cached(f, pc, |c| match c {
                    Cache::InstanceAttr { .. } => attr_value(c, cobj, &name),
                    _ => None,
                })
                .ok_or("attribute not in the inline cache")?;
                let p = self.attr_ptr(obj, cobj, cache, name, s);
                Ok(self.push(Inst::LoadSlot {
                    ptr: p,
                    ty: ir_type(&v),
                    snap: s,
                }))
            }
            _ => Err(format!("attribute of a {}", type_name(cobj))),
        }
    }

    /// `LoadMethod` on a constant class (a global, say) for `Cls.helper(...)`: a plain
    /// function or a static method's, found through the interpreter's `ClassMethod` cache
    /// entry (the class's version, the type epoch, the dict slot), which `guard.modattr`
    /// checks still gives the recorded function; the function becomes a constant and no self
    /// follows it, as for `module.function(...)`, so the call is inlined or made like any
    /// other. deltablue's `Strength.stronger(a, b)` aborted its recordings.
    fn class_function(
        &mut self,
        f: &Frame,
        pc: usize,
        arg: usize,
        cobj: &Value,
    ) -> Result<(), String> {
        let obj = *self.stk().last().ok_or("pops below the loop's stack")?;
        if !matches!(self.trace.konst(obj), Some(Const::Obj { .. })) {
            return Err("function of a class that is not a constant".into());
        }
        let name = f.rt.names[arg].clone();
        let (cache, m) = cached(f, pc, |c| match c {
            Cache::ClassMethod { .. } => class_method_value(c, cobj, &name),
            _ => None,
        })
        .ok_or("class function not in the inline cache")?;
        let k = self.trace.pool.borrow_mut().desc(Desc::ModAttr {
            cache,
            module: cobj.clone(),
            name,
            expect: m.clone(),
        });
        let s = self.snap(pc);
        self.pop()?;
        self.call(Helper::GuardModAttr, k, Type::Void, &[], Some(s));
        let mr = self.value_const(&m);
        self.spush(mr);
        let null = self.konst(Const::Obj { tag: 0, bits: 0 });
        self.spush(null);
        Ok(())
    }

    /// `LoadMethod` on an instance whose class provides a Python function: guarded through the
    /// interpreter's `Cache::Method` entry (class version, type epoch, no shadowing instance
    /// attribute) to still give the recorded function, which becomes a constant; the receiver
    /// stays as the call's first argument.
    fn load_method(
        &mut self,
        f: &Frame,
        pc: usize,
        arg: usize,
        cobj: &Value,
    ) -> Result<(), String> {
        let name = f.rt.names[arg].clone();
        let (cache, m) = cached(f, pc, |c| match c {
            Cache::Method { .. } => method_value(c, cobj, &name),
            _ => None,
        })
        .ok_or("method not in the inline cache")?;
        if !matches!(m, Value::Function(_)) {
            return Err("method that is not a function".into());
        }
        let k = self.trace.pool.borrow_mut().desc(Desc::Method {
            cache,
            name,
            expect: m.clone(),
            also: Default::default(),
            hit: Default::default(),
            more: Vec::new(),
        });
        let s = self.snap(pc);
        let obj = self.pop()?;
        self.call(Helper::GuardMethod, k, Type::Void, &[obj], Some(s));
        let mr = self.value_const(&m);
        self.spush(mr);
        self.spush(obj);
        Ok(())
    }

    /// The address of the value of attribute `name` of instance `obj` (found through the
    /// `InstanceAttr` entry `cache`). With the instance-dict layout known (`attr.base`), one
    /// helper call per object checks the class and the dict's length, and each attribute is
    /// an inline key check (`attr.at`); otherwise a helper call per attribute (`attr.slot`).
    fn attr_ptr(&mut self, obj: Ref, cobj: &Value, cache: Cache, name: Value, s: SnapId) -> Ref {
        let (
            Some(_),
            Cache::InstanceAttr {
                class,
                epoch,
                index,
            },
            Value::Instance(inst),
        ) = (crate::backend::helpers::dict_layout(), cache, cobj)
        else {
            let k = self.trace.pool.borrow_mut().attr_desc(cache, name);
            return self.call(Helper::AttrSlot, k, Type::Ptr, &[obj], Some(s));
        };
        let key = {
            let m = inst.dict.map.borrow();
            m.get_index(index as usize).map(|(k, _)| k.value.clone())
        };
        let Some(key) = key.filter(|k| matches!(k, Value::Str(_))) else {
            let k = self.trace.pool.borrow_mut().attr_desc(cache, name);
            return self.call(Helper::AttrSlot, k, Type::Ptr, &[obj], Some(s));
        };
        let base = match self.attr_bases.iter().find(|b| b.0 == obj) {
            Some(&(_, k, base, c, e)) if (c, e) == (class, epoch) => {
                if let Some(Desc::AttrBase { max_index, .. }) =
                    self.trace.pool.borrow_mut().descs.get_mut(k as usize)
                {
                    *max_index = (*max_index).max(index);
                }
                base
            }
            _ => {
                let k = self.trace.pool.borrow_mut().desc(Desc::AttrBase {
                    class,
                    epoch,
                    max_index: index,
                    also: Default::default(),
                });
                let base = self.call(Helper::AttrBase, k, Type::Ptr, &[obj], Some(s));
                self.attr_bases.push((obj, k, base, class, epoch));
                base
            }
        };
        self.trace.pool.borrow_mut().keep(&key);
        self.push(Inst::AttrAt {
            base,
            index,
            key: payload_bits(&key),
            snap: s,
        })
    }

    /// `obj.name = v` into an existing attribute of an instance: a number over a number is
    /// `stslot` (inline, no reference counting); anything else is `attr.store` (a helper
    /// with reference counting, see `Helper::AttrStore`).
    fn store_attr(&mut self, f: &Frame, pc: usize, arg: usize) -> Result<(), String> {
        let n = f.stack.len();
        let (cv, cobj) = (&f.stack[n - 2], &f.stack[n - 1]);
        if !matches!(cobj, Value::Instance(_)) || cv.is_null() {
            return Err(format!(
                "attribute store of a {} on a {}",
                type_name(cv),
                type_name(cobj)
            ));
        }
        let name = f.rt.names[arg].clone();
        let (cache, old_number) = cached(f, pc, |c| match c {
            Cache::InstanceAttr { .. } => attr_value(c, cobj, &name).map(|old| is_number(&old)),
            _ => None,
        })
        .ok_or("attribute store not in the inline cache")?;
        let s = self.snap(pc);
        let obj = self.pop()?;
        let v = self.pop()?;
        if self.trace.ty(v) == Type::Obj(0) {
            return Err("attribute store of an unbound value".into());
        }
        let p = self.attr_ptr(obj, cobj, cache, name, s);
        if old_number && is_number(cv) {
            self.push(Inst::StoreSlot {
                ptr: p,
                val: v,
                snap: s,
            });
        } else {
            self.call(Helper::AttrStore, 0, Type::Void, &[p, v], Some(s));
            // Reachable through `obj` now: a store through that path must not leave the
            // recorder's copy of a fresh instance's attributes stale.
            self.escape(v);
        }
        self.note_effect();
        Ok(())
    }

    /// An effect (a store into an existing object, a list or set changed) was just recorded.
    /// Nothing to do at the loop's level or in a resumable call (exits after it go on after
    /// it). A call whose exits restart it (the outermost inlined call, or the one a
    /// resumable call made) may have effects too — directly or in a call it makes — as long
    /// as no guard follows before it returns (`Inlined::effects`): once it has returned,
    /// exits go on after it. (The effect's own guards come first.)
    ///
    /// A pure outermost call that could be resumed is, from its first effect on (made by
    /// it, `xs.append(v)`, or by a call inside it): later exits in it resume it after the
    /// effect rather than restart it, and only an inner call that made the effect restarts
    /// — so a branch in it after the store (`r = self.rng.below(5); if r < 3:`) is an exact
    /// exit. Earlier snapshots restart it, which is exact: nothing had been done yet.
    fn note_effect(&mut self) {
        if self.inlined.is_empty() || self.in_resumable() {
            return;
        }
        let top = &mut self.inlined[0];
        if !top.resumable && !top.effects && top.can_resume {
            top.resumable = true;
        }
        if self.in_resumable() {
            return;
        }
        let unit = usize::from(self.inlined[0].resumable);
        self.inlined[unit].effects = true;
    }

    /// A call of a constant callee: builtins computed inline, pure Python functions inlined.
    /// `extra` is 1 for `Call` (the callee) and 2 for `CallMethod` (callee and `Null`).
    fn call_op(&mut self, f: &Frame, pc: usize, argc: usize, extra: usize) -> Result<(), String> {
        let n = f.stack.len();
        let callee = &f.stack[n - argc - extra];
        let cargs: Vec<&Value> = (0..argc).map(|i| &f.stack[n - argc + i]).collect();
        let st = self.stk();
        if st.len() < argc + extra {
            return Err("pops below the loop's stack".into());
        }
        let at = st.len() - argc - extra;
        let fref = st[at];
        let args: Vec<Ref> = st[st.len() - argc..].to_vec();
        if !matches!(self.trace.konst(fref), Some(Const::Obj { .. })) {
            self.guard_callee(callee, fref, pc, at)?;
        }
        let s = self.snap(pc);
        let r = match callee {
            Value::Builtin(b)
                if b.bound.is_none()
                    && b.name != "append"
                    && cargs
                        .first()
                        .and_then(|r| builtin_method(r, Some(b.name)))
                        .is_some_and(|m| m.is(callee)) =>
            {
                self.method_call(b.name, &args, &cargs, s)?
            }
            // (Not a method read through its type, `str.lower`: its name is no builtin's.)
            Value::Builtin(b) if b.bound.is_none() && b.owner.is_none() => {
                self.builtin_call(b.name, &args, &cargs, s)?
            }
            Value::Type(t) if t.kind == TypeKind::Super && argc == 2 => {
                self.super_object(f, pc, &cargs, &args, s)?
            }
            Value::Type(t) if t.is_builtin && argc == 1 => {
                self.builtin_call(&format!("type {}", t.name), &args, &cargs, s)?
            }
            Value::Function(_) => {
                return self.inline_call(callee, args, pc, argc + extra, Kind::Plain);
            }
            Value::Type(cls) if !cls.is_builtin && cls.kind == TypeKind::Object => {
                return self.instantiate(cls, args, pc, argc + extra, s);
            }
            _ => return Err(format!("call of a {}", type_name(callee))),
        };
        let st = self.stk();
        let keep = st.len() - argc - extra;
        st.truncate(keep);
        st.push(r);
        Ok(())
    }

    /// A call whose callee is not a constant of the trace — a function or class loaded from a
    /// local, an attribute or an item (a polymorphic call site), or a trampoline side trace's
    /// scratch local holding the method its parent's guard found to differ — becomes a call
    /// of the callee seen now, behind a guard that the value is that very object (payload
    /// identity; its tag was checked where it was produced). Entry `at` of the current
    /// abstract stack is then that constant, and the call is recorded as any other.
    fn guard_callee(
        &mut self,
        callee: &Value,
        fref: Ref,
        pc: usize,
        at: usize,
    ) -> Result<(), String> {
        let ok = match callee {
            Value::Function(_) => true,
            Value::Type(cls) => !cls.is_builtin && cls.kind == TypeKind::Object,
            _ => false,
        };
        if !ok || self.trace.ty(fref) != Type::Obj(tag_of(callee)) {
            return Err("call of a callee that is not a constant".into());
        }
        // A side trace that starts by calling again the function its loop trace inlined
        // there (a guard inside that pure callee failed) would redo the whole call on each
        // run and keep a trace recorded on the rare path alive on trampoline round trips
        // (a branch inside the callee's argument taken one time in five: 766 M → 1300 M
        // instructions); hexiom's `consistent(j)` lost 1.5%. Only other callees (another
        // class's method: a polymorphic call site) get such side traces.
        let at_start = self.start_loads.iter().position(|&l| l == fref);
        if at_start.and_then(|i| self.parent_consts.get(i).copied().flatten())
            == Some(payload_bits(callee))
        {
            return Err("the callee its loop trace inlined there (not polymorphic)".into());
        }
        let s = self.snap(pc);
        let k = self.value_const(callee);
        let eq = self.push(Inst::Cmp {
            op: CmpOp::Eq,
            float: false,
            a: fref,
            b: k,
        });
        self.push(Inst::Guard {
            cond: eq,
            expect: true,
            snap: s,
        });
        self.stk()[at] = k;
        Ok(())
    }

    /// Inline a call of the Python function `callee` with the arguments `args`, made by the
    /// instruction at `pc`, which consumes `consumed` entries of the current stack (the
    /// instruction's operands). Guards inside the callee exit to that instruction (see
    /// [`Inlined`]), unless the call is the outermost one and may be resumed instead.
    fn inline_call(
        &mut self,
        callee: &Value,
        args: Vec<Ref>,
        pc: usize,
        consumed: usize,
        kind: Kind,
    ) -> Result<(), String> {
        let Value::Function(func) = callee else {
            return Err(format!("call of a {}", type_name(callee)));
        };
        let fref = self.value_const(callee);
        if self.inlined.len() >= MAX_INLINE_DEPTH {
            return Err("inlining too deep".into());
        }
        // Trailing parameters the call leaves out take their defaults, as constants: a
        // function's defaults never change (`Function::defaults` is immutable), and the
        // callee is a constant guarded by identity.
        // (A residual call passes only the call's own arguments.)
        let given = args.clone();
        let mut args = args;
        let (lo, hi) = func.simple;
        let want = func.code.argcount as usize;
        if args.len() < want && (lo..=hi).contains(&(args.len() as u32)) {
            let first = want - func.defaults.len();
            for i in args.len()..want {
                let d = func.defaults.get(i - first).ok_or("no default")?;
                let r = self.value_const(d);
                args.push(r);
            }
        }
        let argc = args.len();
        let residual_ok = kind == Kind::Plain && (self.inlined.is_empty() || self.may_resume());
        let not_inlinable = || format!("call of function {} (not inlinable)", func.code.name);
        let cells_ok = func.closure.is_empty() || class_cell_only(&func.code);
        if !cells_ok || func.code.argcount as usize != argc || recursive(func) {
            if residual_ok {
                return self.residual_call(callee, given, pc, consumed);
            }
            return Err(not_inlinable());
        }
        // Pure callees restart from the call. Callees that also store attributes or list
        // items are resumed (rebuilt and finished by the interpreter) when outermost and
        // plain calls — from their first effect on: before it, an exit restarts the call
        // like a pure one's (`note_effect`), so a branch ahead of the stores (richards'
        // `take_packet`) is a linkable exit, not a resumed frame; otherwise they are
        // restartable only while every store goes to an instance allocated since the
        // restart point (checked at each store). Others are called through the
        // interpreter when the call is at the loop's level, and so are, in a loop whose
        // inlining tree lost (`outline_calls`), outermost callees with effects that make
        // calls themselves (richards' `task.run(pkt)`: four classes' bodies, each calling
        // the scheduler, inlined, were a tree of round trips).
        let outermost_plain = kind == Kind::Plain && self.inlined.is_empty();
        let can_resume = outermost_plain && resumable_function(&func.code);
        let resumable = if pure_function(&func.code) {
            false
        } else if resumable_function(&func.code) {
            if self.outline_calls && residual_ok && outermost_plain && makes_calls(&func.code) {
                return self.residual_call(callee, given, pc, consumed);
            }
            false
        } else if residual_ok {
            return self.residual_call(callee, given, pc, consumed);
        } else {
            return Err(not_inlinable());
        };
        let mut locals = vec![None; func.code.varnames.len().max(argc)];
        for (i, &a) in args.iter().enumerate() {
            locals[i] = Some(a);
        }
        // Exits inside any inlined call go to the outermost call (`snap`), so only its caller
        // stack is kept.
        let caller_stack = if self.inlined.is_empty() {
            self.stack.clone()
        } else {
            Vec::new()
        };
        self.inlined.push(Inlined {
            code: func.code.clone(),
            func: fref,
            resumable,
            can_resume,
            frame: None,
            locals,
            stack: Vec::new(),
            call_pc: pc,
            caller_stack,
            consumed,
            // An `__init__` restarts with the class call, which allocates anew.
            start: match kind {
                Kind::Init(o) => o.idx(),
                _ => self.trace.len(),
            },
            init_obj: match kind {
                Kind::Init(o) => Some(o),
                _ => None,
            },
            dunder: kind == Kind::Dunder,
            effects: false,
            replay_from: if self.inlined.is_empty() {
                self.call_replay
            } else {
                None
            },
        });
        self.expected_pc = 0;
        Ok(())
    }

    /// A residual call: the Python function `callee` (a constant) called with `args` by the
    /// loop-level call instruction at `pc`, which consumes `consumed` stack entries, through
    /// the interpreter (`pycall`, see `Helper::PyCall`). Its snapshot resumes after the call,
    /// with the stack below the call's operands: an exit there pushes the result or raises
    /// the callee's exception (the call is not made again). The result's type is known once
    /// the interpreter has made the call (`step_inner`).
    ///
    /// The callee may change anything the trace knows about the heap: the recorder forgets
    /// what it knows (fresh instances' attributes, `attr.base`s), the passes treat the call
    /// as a barrier (`opt/fold.rs`, `opt/peel.rs`), and objects the trace holds on the operand
    /// stack get a reference of the trace's own (`keep`), since the callee may drop their
    /// owner (locals are owned by the frame: `sink` keeps `storeobj`s in such traces).
    fn residual_call(
        &mut self,
        callee: &Value,
        args: Vec<Ref>,
        pc: usize,
        consumed: usize,
    ) -> Result<(), String> {
        let Value::Function(func) = callee else {
            return Err(format!("call of a {}", type_name(callee)));
        };
        if func.code.flags.generator {
            return Err(format!("call of generator function {}", func.code.name));
        }
        // A callee with loops runs their traces inside the call (the JIT is re-entered,
        // `jit::nested_call`) — also the loop being recorded, when the call runs it again
        // (recursion: nqueens' `place`), whose trace is then entered again with the outer
        // activation's state saved (`reent.rs`).
        let has_loop = func
            .code
            .instrs
            .iter()
            .enumerate()
            .any(|(pc, ins)| ins.op == Op::Jump && (ins.arg as usize) <= pc);
        self.residual_calls += 1;
        self.recursive |= has_loop && Rc::ptr_eq(&func.code, &self.code);
        // Already short of `RECURSION_STEPS_PER_CALL` at the recursive call: abort now
        // rather than after running the recursion unreported (`waits_for_call`), during
        // which no other loop counts towards a recording (hexiom's `search`: 12 steps for
        // two calls; nqueens' side trace: 40 for one).
        if self.recursion_not_worth() {
            return Err(RECURSION_NOT_WORTH.into());
        }
        if args.len() > 3 {
            return Err(format!(
                "residual call of {} with more than 3 arguments",
                func.code.name
            ));
        }
        // Inside the outermost inlined call (`may_resume`): from this call on, exits rebuild
        // its frame and the interpreter finishes it (a restart would repeat the call).
        let frame = match self.inlined.first_mut() {
            None => self.frame,
            Some(c) => {
                c.resumable = true;
                c.frame
                    .ok_or("residual call before the inlined frame ran")?
            }
        };
        let k = self
            .stk()
            .len()
            .checked_sub(consumed)
            .ok_or("pops below the loop's stack")?;
        let below: Vec<Ref> = self.stk()[..k].to_vec();
        // Objects the frames hold only as trace values (the stack below the call's operands;
        // inside an inlined call also its locals and its caller's stack) are kept alive while
        // the callee runs: it may drop the last other reference to one.
        let mut values = below.clone();
        if let Some(c) = self.inlined.first() {
            values.extend(c.locals.iter().flatten());
            let keep = c.caller_stack.len().saturating_sub(c.consumed);
            values.extend(&c.caller_stack[..keep]);
        }
        values.sort_unstable_by_key(|r| r.idx());
        values.dedup();
        let held: Vec<Ref> = values
            .iter()
            .copied()
            .filter(|&r| {
                matches!(self.trace.ty(r), Type::Obj(t) if t > crate::backend::TAG_PLAIN_MAX)
                    && self.trace.konst(r).is_none()
            })
            .collect();
        for chunk in held.chunks(3) {
            let mut tags = [0u8; 3];
            for (t, &r) in tags.iter_mut().zip(chunk) {
                *t = self.trace.ty(r).tag();
            }
            let kd = self.trace.pool.borrow_mut().desc(Desc::Keep { tags });
            self.call(Helper::Keep, kd, Type::Void, chunk, None);
        }
        let mut tags = [0u8; 3];
        for (t, &r) in tags.iter_mut().zip(&args) {
            *t = self.trace.ty(r).tag();
        }
        let kd = self.trace.pool.borrow_mut().desc(Desc::PyCall {
            func: callee.clone(),
            tags,
            loops: has_loop,
        });
        // The snapshot resumes after the call, without its operands (the interpreter then
        // pushes the result or raises the exception, `Resume`).
        self.stk().truncate(k);
        let s = self.snap(pc + 1);
        // The type is a placeholder until the call returns.
        let r = self.call(Helper::PyCall, kd, Type::Int, &args, Some(s));
        let code = self
            .inlined
            .first()
            .map_or_else(|| self.code.clone(), |c| c.code.clone());
        self.begin_residual(r, pc, frame, code, kd, false);
        Ok(())
    }

    /// `guard.class`: class `cls` unchanged (version, type epoch) and, with `obj`, the class
    /// of that instance.
    fn guard_class(&mut self, cls: &Rc<PyType>, obj: Option<Ref>, s: SnapId) {
        let k = self.trace.pool.borrow_mut().class_desc(cls);
        // An instance the trace allocated has its class by construction: no operand (which
        // would also make it escape, see `opt/alloc.rs`).
        let obj = obj.filter(|&o| self.fresh_of(o).is_none_or(|x| !Rc::ptr_eq(&x.class, cls)));
        let args: Vec<Ref> = obj.into_iter().collect();
        self.call(Helper::GuardClass, k, Type::Void, &args, Some(s));
    }

    /// `a op b` where an operand is an instance: the special method the interpreter's
    /// `instance_binary_op` would call, inlined. Handled: `instance op number` and
    /// `instance op instance` of one class (`__op__` of the left operand), `number op
    /// instance` (`__rop__` of the right one); in-place forms when the class has no
    /// `__iop__`. Everything else (mixed classes, where a subclass's reflected method comes
    /// first) aborts.
    fn instance_binary(
        &mut self,
        pc: usize,
        op: BinOp,
        inplace: bool,
        ca: &Value,
        cb: &Value,
    ) -> Result<(), String> {
        let (name, rname, iname) = op.dunders();
        let s = self.snap(pc);
        let st = self.stk();
        if st.len() < 2 {
            return Err("pops below the loop's stack".into());
        }
        let (a, b) = (st[st.len() - 2], st[st.len() - 1]);
        match (ca, cb) {
            (Value::Instance(_), Value::Int(_) | Value::Float(_) | Value::Instance(_)) => {
                let cls = type_of(ca);
                if inplace && cls.lookup(iname).is_some() {
                    return Err(format!("in-place special method {iname}"));
                }
                if let Value::Instance(_) = cb {
                    if !Rc::ptr_eq(&cls, &type_of(cb)) {
                        return Err("binary operation on instances of two classes".into());
                    }
                }
                let (cls, m) = special_method(ca, name)?;
                self.guard_class(&cls, Some(a), s);
                if let Value::Instance(_) = cb {
                    self.guard_class(&cls, Some(b), s);
                }
                self.inline_call(&m, vec![a, b], pc, 2, Kind::Dunder)
            }
            (Value::Int(_) | Value::Float(_), Value::Instance(_)) => {
                let (cls, m) = special_method(cb, rname)?;
                self.guard_class(&cls, Some(b), s);
                self.inline_call(&m, vec![b, a], pc, 2, Kind::Dunder)
            }
            _ => Err(format!(
                "unsupported operation {} {} {}",
                type_name(ca),
                op.symbol(),
                type_name(cb)
            )),
        }
    }

    /// `a < b` (any rich comparison) where an operand is an instance: the special method
    /// the interpreter's `instance_compare` calls first, inlined — the left operand's
    /// `__lt__` for `instance < number` and `instance < instance` of one class, the right
    /// one's reflected `__gt__` for `number < instance`. `NotImplemented` aborts (the
    /// interpreter would go on to the reflected method, or to identity for `==`).
    fn instance_compare(
        &mut self,
        pc: usize,
        op: CmpOp,
        ca: &Value,
        cb: &Value,
    ) -> Result<(), String> {
        let s = self.snap(pc);
        let st = self.stk();
        if st.len() < 2 {
            return Err("pops below the loop's stack".into());
        }
        let (a, b) = (st[st.len() - 2], st[st.len() - 1]);
        match (ca, cb) {
            (Value::Instance(_), Value::Int(_) | Value::Float(_) | Value::Instance(_)) => {
                if let Value::Instance(_) = cb {
                    if !Rc::ptr_eq(&type_of(ca), &type_of(cb)) {
                        return Err("comparison of instances of two classes".into());
                    }
                }
                let (cls, m) = special_method(ca, op.dunder())?;
                self.guard_class(&cls, Some(a), s);
                if let Value::Instance(_) = cb {
                    self.guard_class(&cls, Some(b), s);
                }
                self.inline_call(&m, vec![a, b], pc, 2, Kind::Dunder)
            }
            (Value::Int(_) | Value::Float(_), Value::Instance(_)) => {
                let (cls, m) = special_method(cb, op.swapped().dunder())?;
                self.guard_class(&cls, Some(b), s);
                self.inline_call(&m, vec![b, a], pc, 2, Kind::Dunder)
            }
            _ => Err(format!(
                "comparison of {} and {}",
                type_name(ca),
                type_name(cb)
            )),
        }
    }

    /// `cls(args...)` of a plain user class whose `__init__` is a Python function: `new`
    /// (guarded by the class's version: what was looked up on it below still holds) and
    /// `__init__` inlined; its `return None` gives the instance. Mirrors the interpreter's
    /// fast path (`call_from_stack_value`, `plain_init`).
    fn instantiate(
        &mut self,
        cls: &Rc<PyType>,
        args: Vec<Ref>,
        pc: usize,
        consumed: usize,
        s: SnapId,
    ) -> Result<(), String> {
        let abstract_class = matches!(
            cls.dict.get_str("__abstractmethods__"),
            Some(Value::Set(st)) if !st.set.borrow().is_empty()
        );
        let hook = |n: &str| cls.lookup(n).is_some();
        if abstract_class
            || matches!(cls.lookup("__new__"), Some(Value::Function(_)))
            || cls.has_del.get()
            || matches!(cls.lookup("__setattr__"), Some(Value::Function(_)))
            || matches!(cls.lookup("__getattribute__"), Some(Value::Function(_)))
            || hook("__slots__")
            || cls.dict_exposed.get()
        {
            return Err(format!("instantiation of class {} (special)", cls.name));
        }
        let Some(init @ Value::Function(_)) = cls.lookup("__init__") else {
            return Err(format!("instantiation of class {} (no __init__)", cls.name));
        };
        self.guard_class(cls, None, s);
        let k = self.trace.pool.borrow_mut().class_desc(cls);
        let obj = self.call(
            Helper::New,
            k,
            Type::Obj(crate::backend::TAG_INSTANCE),
            &[],
            None,
        );
        self.fresh.push(Fresh {
            obj,
            class: cls.clone(),
            fields: Vec::new(),
        });
        let mut all = vec![obj];
        all.extend(args);
        self.inline_call(&init, all, pc, consumed, Kind::Init(obj))
    }

    /// `UnpackEx` (`a, *rest, b = seq`) of a tuple or list with at least `before + after`
    /// items: a guard on the length (at least, so the trace serves every length), the items
    /// before the star read at 0, 1 ... and those after it at -after ... -1, each with a type
    /// guard, and `rest` a new list made by `unpack.rest`. A shorter sequence exits to the
    /// instruction, where the interpreter raises its `ValueError`.
    fn unpack_ex(&mut self, pc: usize, arg: usize, seq: &Value) -> Result<(), String> {
        let (before, after) = (arg & 0xff, arg >> 8);
        let (h, items, t, s) =
            self.unpack_guard(pc, seq, CmpOp::Ge, before + after, "star-unpacking")?;
        // Pushed as the interpreter pushes them: the last item first, `items[0]` on top.
        let n = items.len();
        for j in (0..after).rev() {
            let k = self.konst(Const::Int(j as i64 - after as i64));
            let r = self.call(h, 0, ir_type(&items[n - after + j]), &[t, k], Some(s));
            self.spush(r);
        }
        let k = (before | after << 8 | (tag_of(seq) as usize) << 16) as u32;
        let rest = self.call(
            Helper::UnpackRest,
            k,
            Type::Obj(crate::backend::TAG_LIST),
            &[t],
            Some(s),
        );
        self.spush(rest);
        self.push_items(h, t, &items[..before], s);
        Ok(())
    }

    /// The tuple or list `seq` on top of the stack, popped behind a guard that its length
    /// compares `op` with `want` (`==` for `UnpackSequence`, `>=` for `UnpackEx`): the item
    /// helper for its type, its items as recorded, the popped sequence and the guard's
    /// snapshot. `what` names the operation in the abort reasons.
    fn unpack_guard(
        &mut self,
        pc: usize,
        seq: &Value,
        op: CmpOp,
        want: usize,
        what: &str,
    ) -> Result<(Helper, Vec<Value>, Ref, SnapId), String> {
        let (h, items): (Helper, Vec<Value>) = match seq {
            Value::Tuple(t) => (Helper::TupleGet, t.items.clone()),
            Value::List(l) => (Helper::ListGet, l.items.borrow().clone()),
            _ => return Err(format!("{what} a {}", type_name(seq))),
        };
        let fits = if op == CmpOp::Eq {
            items.len() == want
        } else {
            items.len() >= want
        };
        if !fits || want > 16 {
            return Err(format!("{what} a sequence of another length"));
        }
        let s = self.snap(pc);
        let t = self.pop()?;
        let len = self.call(Helper::Len, 0, Type::Int, &[t], None);
        let k = self.konst(Const::Int(want as i64));
        let c = self.push(Inst::Cmp {
            op,
            float: false,
            a: len,
            b: k,
        });
        self.push(Inst::Guard {
            cond: c,
            expect: true,
            snap: s,
        });
        Ok((h, items, t, s))
    }

    /// Push item `i` of the sequence `t` for each `i` in `0..items.len()`, the last first
    /// (the interpreter's order: item 0 on top), each read by `h` with its type guarded.
    fn push_items(&mut self, h: Helper, t: Ref, items: &[Value], s: SnapId) {
        for (i, item) in items.iter().enumerate().rev() {
            let k = self.konst(Const::Int(i as i64));
            let r = self.call(h, 0, ir_type(item), &[t, k], Some(s));
            self.spush(r);
        }
    }

    /// `r` is stored where the program can reach it by another path (a list): if it is a
    /// fresh instance, it and the fresh instances its attributes hold stop being tracked, so
    /// their attributes are read and written through the heap again (a store through another
    /// reference would make forwarded values stale).
    fn escape(&mut self, r: Ref) {
        if let Some(i) = self.fresh.iter().position(|x| x.obj == r) {
            let x = self.fresh.remove(i);
            self.fresh_locals.retain(|e| e.1 != r);
            for (_, v) in x.fields {
                self.escape(v);
            }
        }
    }

    /// The fresh instance the abstract value `r` is.
    fn fresh_of(&self, r: Ref) -> Option<&Fresh> {
        self.fresh.iter().find(|x| x.obj == r)
    }

    /// Is the top of the stack a fresh instance (`v` is its concrete value)?
    fn is_fresh(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(_))
            && self
                .inlined
                .last()
                .map_or(self.stack.last(), |c| c.stack.last())
                .is_some_and(|&r| self.fresh_of(r).is_some())
    }

    /// `LoadAttr arg` on a fresh instance that has the attribute in its dict and no class
    /// attribute that could take precedence (a property): the stored value.
    fn fresh_field(&self, f: &Frame, arg: usize) -> Option<Ref> {
        let r = *self
            .inlined
            .last()
            .map_or(self.stack.last(), |c| c.stack.last())?;
        let x = self.fresh_of(r)?;
        let name = &f.rt.names[arg];
        let n = name.as_str()?;
        if n.starts_with("__") || matches!(x.class.lookup(n), Some(Value::Instance(_))) {
            return None;
        }
        x.fields
            .iter()
            .find(|(k, _)| pyjit_runtime::interp::cache::key_is(k, name))
            .map(|e| e.1)
    }

    /// `LoadMethod arg` on a fresh instance: the class's function, when no attribute of the
    /// instance shadows it. No guard: the class's `guard.class` at the allocation covers it.
    fn fresh_method(&self, f: &Frame, arg: usize, cobj: &Value) -> Option<Value> {
        let r = *self
            .inlined
            .last()
            .map_or(self.stack.last(), |c| c.stack.last())?;
        let x = self.fresh_of(r)?;
        if !matches!(cobj, Value::Instance(_)) {
            return None;
        }
        let name = &f.rt.names[arg];
        if x.fields
            .iter()
            .any(|(k, _)| pyjit_runtime::interp::cache::key_is(k, name))
        {
            return None;
        }
        match x.class.lookup(name.as_str()?) {
            Some(m @ Value::Function(_)) => Some(m),
            _ => None,
        }
    }

    /// Where an exit inside the current inlined calls restarts (trace length at that call's
    /// start), if it restarts one; `None` at the loop level and directly inside a resumable
    /// call, where exits resume after what was done.
    fn restart_start(&self) -> Option<usize> {
        match self.inlined.first() {
            None => None,
            Some(c) if !c.resumable => Some(c.start),
            Some(_) => self.inlined.get(1).map(|c| c.start),
        }
    }

    /// `obj.name = v` on a fresh instance: `setattr` (a dict insert, as `generic_setattr`
    /// does when the class has no descriptor for the name; `instantiate` checked the rest).
    /// Inside a call that exits restart, only instances allocated since the restart point
    /// qualify: the store is then unobservable if the call is redone.
    fn store_fresh(&mut self, f: &Frame, arg: usize) -> Result<(), String> {
        let obj = self.pop()?;
        let v = self.pop()?;
        if self.restart_start().is_some_and(|start| obj.idx() < start) {
            return Err("attribute store into an older instance in an inlined call".into());
        }
        let name = f.rt.names[arg].clone();
        let n = name.as_str().ok_or("non-string attribute name")?;
        let cls = self.fresh_of(obj).map(|x| x.class.clone());
        let cls = cls.ok_or("not a fresh instance")?;
        if n.starts_with("__") || matches!(cls.lookup(n), Some(Value::Instance(_))) {
            return Err(format!("attribute store of {n} (special)"));
        }
        if self.trace.ty(v) == Type::Obj(0) {
            return Err("attribute store of an unbound value".into());
        }
        let k = self.trace.pool.borrow_mut().setattr_desc(&name);
        self.call(Helper::SetAttr, k, Type::Void, &[obj, v], None);
        if let Some(x) = self.fresh.iter_mut().find(|x| x.obj == obj) {
            match x.fields.iter_mut().find(|(k, _)| k.as_str() == Some(n)) {
                Some(e) => e.1 = v,
                None => x.fields.push((name, v)),
            }
        }
        Ok(())
    }

    /// A call of builtin `name` (or `type float` / `type int`), computed inline.
    fn builtin_call(
        &mut self,
        name: &str,
        args: &[Ref],
        cargs: &[&Value],
        s: SnapId,
    ) -> Result<Ref, String> {
        let un = |me: &mut Self, op: UnKind, a: Ref, snap: Option<SnapId>| {
            me.push(Inst::Un { op, a, snap })
        };
        Ok(match (name, cargs) {
            ("sqrt", [x]) if is_number(x) => {
                if !exact_float(x) {
                    return Err("sqrt of a huge int".into());
                }
                let a = self.as_float(args[0], Some(s));
                un(self, UnKind::FSqrt, a, Some(s))
            }
            (_, [x]) if is_number(x) && crate::ir::MATH_FNS.iter().any(|m| m.0 == name) => {
                if !exact_float(x) {
                    return Err(format!("{name} of a huge int"));
                }
                let k = crate::ir::MATH_FNS
                    .iter()
                    .position(|m| m.0 == name)
                    .unwrap_or(0) as u32;
                let a = self.as_float(args[0], Some(s));
                self.call(Helper::Math, k, Type::Float, &[a], Some(s))
            }
            ("append", [Value::List(_), v]) if !v.is_null() => {
                self.escape(args[1]);
                self.call(Helper::ListAppend, 0, Type::Void, &[args[0], args[1]], None);
                self.note_effect();
                self.value_const(&Value::None)
            }
            ("abs", [Value::Int(i)]) if *i != i64::MIN => un(self, UnKind::IAbs, args[0], Some(s)),
            ("abs", [Value::Float(_)]) => un(self, UnKind::FAbs, args[0], None),
            ("len", [Value::List(_) | Value::Tuple(_) | Value::Set(_) | Value::Dict(_)]) => {
                self.call(Helper::Len, 0, Type::Int, &[args[0]], None)
            }
            ("min" | "max", [a, b]) => {
                let op = match (name, a, b) {
                    ("min", Value::Int(_), Value::Int(_)) => BinKind::IMin,
                    ("max", Value::Int(_), Value::Int(_)) => BinKind::IMax,
                    ("min", Value::Float(_), Value::Float(_)) => BinKind::FMin,
                    ("max", Value::Float(_), Value::Float(_)) => BinKind::FMax,
                    _ => return Err(format!("{name} of mixed types")),
                };
                self.push(Inst::Bin {
                    op,
                    a: args[0],
                    b: args[1],
                    snap: None,
                })
            }
            ("type float", [Value::Int(_)]) => un(self, UnKind::IToF, args[0], None),
            ("type float", [Value::Float(_)]) | ("type int", [Value::Int(_)]) => args[0],
            ("type int", [Value::Float(x)]) if x.is_finite() && x.abs() < 9.2e18 => {
                un(self, UnKind::FToI, args[0], Some(s))
            }
            _ => return Err(format!("call of builtin {name}")),
        })
    }

    /// A guard that `v` has truth `t` (the way the branch went while recording).
    /// The value a branch on `v` (whose concrete value is `cv`) tests, for `guard_truth`, and
    /// its truth now. Numbers and bools are tested as they are; `None` is always false and an
    /// instance of a class without `__bool__`/`__len__` always true (constants: the value's
    /// tag is guarded by whatever produced it, and the instance's class by `guard.class`,
    /// which also fails once any class changes — a `__bool__` added later); a list or tuple
    /// is tested by its length.
    fn truth_of(&mut self, v: Ref, cv: &Value, s: SnapId) -> Result<(Ref, bool), String> {
        if let Some(t) = truth(cv) {
            return Ok((v, t));
        }
        match cv {
            Value::None => Ok((self.konst(Const::Bool(false)), false)),
            Value::List(_) | Value::Tuple(_) => {
                let t = object_truth(cv).unwrap_or(false);
                Ok((self.call(Helper::Len, 0, Type::Int, &[v], None), t))
            }
            Value::Instance(_) => {
                let cls = plain_instance_class(cv).ok_or("branch on an instance with __bool__")?;
                // A snapshot of its own: an exit of the branch's guard may be linked to a side
                // trace that starts past the branch (`side::linkable`), this one may not.
                let own = self.trace.snaps[s.idx()].clone();
                let s = self.trace.add_snap(own);
                self.guard_class(&cls, Some(v), s);
                Ok((self.konst(Const::Bool(true)), true))
            }
            _ => Err(format!("branch on a {}", type_name(cv))),
        }
    }

    fn guard_truth(&mut self, v: Ref, t: bool, snap: SnapId) {
        if self.trace.ty(v) == Type::Bool {
            // When the guard fails, `v` is `!t`: the exit needs the constant, not the value,
            // which lets the comparison that computed `v` fuse into the branch.
            let k = self.konst(Const::Bool(!t));
            for r in &mut self.trace.snaps[snap.idx()].stack {
                if *r == v {
                    *r = k;
                }
            }
        }
        let cond = match self.trace.ty(v) {
            Type::Int => {
                let z = self.konst(Const::Int(0));
                self.push(Inst::Cmp {
                    op: CmpOp::Ne,
                    float: false,
                    a: v,
                    b: z,
                })
            }
            Type::Float => {
                let z = self.konst(Const::Float(0.0));
                self.push(Inst::Cmp {
                    op: CmpOp::Ne,
                    float: true,
                    a: v,
                    b: z,
                })
            }
            _ => v,
        };
        self.push(Inst::Guard {
            cond,
            expect: t,
            snap,
        });
    }

    /// `v` as a float: ints convert exactly (guarded when `exact` has a snapshot).
    fn as_float(&mut self, v: Ref, exact: Option<SnapId>) -> Ref {
        if self.trace.ty(v) == Type::Float {
            return v;
        }
        match exact {
            Some(s) => self.push(Inst::Un {
                op: UnKind::IToFExact,
                a: v,
                snap: Some(s),
            }),
            None => self.push(Inst::Un {
                op: UnKind::IToF,
                a: v,
                snap: None,
            }),
        }
    }

    fn binary(
        &mut self,
        op: BinOp,
        a: Ref,
        b: Ref,
        ca: &Value,
        cb: &Value,
        s: SnapId,
    ) -> Result<Ref, String> {
        let unsupported = || {
            format!(
                "unsupported operation {} {} {}",
                type_name(ca),
                op.symbol(),
                type_name(cb)
            )
        };
        match (ca, cb) {
            (Value::Int(x), Value::Int(y)) => {
                let (x, y) = (*x, *y);
                let (kind, ok, guarded) = match op {
                    BinOp::Add => (BinKind::IAdd, x.checked_add(y).is_some(), true),
                    BinOp::Sub => (BinKind::ISub, x.checked_sub(y).is_some(), true),
                    BinOp::Mul => (BinKind::IMul, x.checked_mul(y).is_some(), true),
                    BinOp::FloorDiv => (
                        BinKind::IFloorDiv,
                        crate::opt::fold::int_divmod(x, y).is_some(),
                        true,
                    ),
                    BinOp::Mod => (
                        BinKind::IMod,
                        crate::opt::fold::int_divmod(x, y).is_some(),
                        true,
                    ),
                    BinOp::And => (BinKind::IAnd, true, false),
                    BinOp::Or => (BinKind::IOr, true, false),
                    BinOp::Xor => (BinKind::IXor, true, false),
                    BinOp::RShift => (BinKind::IShr, y >= 0, true),
                    BinOp::LShift => (
                        BinKind::IShl,
                        crate::opt::fold::int_shl(x, y).is_some(),
                        true,
                    ),
                    BinOp::TrueDiv => {
                        if y == 0 || x.unsigned_abs() >= 1 << 53 || y.unsigned_abs() >= 1 << 53 {
                            return Err("int division outside the exact range".into());
                        }
                        let fa = self.as_float(a, Some(s));
                        let fb = self.as_float(b, Some(s));
                        return Ok(self.push(Inst::Bin {
                            op: BinKind::FDiv,
                            a: fa,
                            b: fb,
                            snap: Some(s),
                        }));
                    }
                    _ => return Err(unsupported()),
                };
                if !ok {
                    return Err("int overflow or division by zero while recording".into());
                }
                Ok(self.push(Inst::Bin {
                    op: kind,
                    a,
                    b,
                    snap: guarded.then_some(s),
                }))
            }
            (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                let kind = match op {
                    BinOp::Add => BinKind::FAdd,
                    BinOp::Sub => BinKind::FSub,
                    BinOp::Mul => BinKind::FMul,
                    BinOp::TrueDiv => {
                        if truth(cb) == Some(false) {
                            return Err("float division by zero while recording".into());
                        }
                        BinKind::FDiv
                    }
                    BinOp::Pow => {
                        // The interpreter's own power function (`helpers::pow`), exiting where
                        // it raises or gives no float (a negative base, a fractional power).
                        let k = u32::from(self.trace.ty(a).tag())
                            | u32::from(self.trace.ty(b).tag()) << 8;
                        return Ok(self.call(Helper::Pow, k, Type::Float, &[a, b], Some(s)));
                    }
                    _ => return Err(unsupported()),
                };
                let fa = self.as_float(a, None);
                let fb = self.as_float(b, None);
                Ok(self.push(Inst::Bin {
                    op: kind,
                    a: fa,
                    b: fb,
                    snap: (kind == BinKind::FDiv).then_some(s),
                }))
            }
            _ => Err(unsupported()),
        }
    }

    /// `ForIter` at the header over a `range` iterator: guard "not exhausted", step `next`.
    fn for_iter(&mut self, f: &Frame, pc: usize, _exit: usize) -> Result<bool, String> {
        if self.side && pc != self.header {
            // Another loop starts (its side trace ends there) or an enclosing one steps.
            if self.iter_pending() {
                return self.enter_loop(pc);
            }
            if self.stack.is_empty() && !self.has_pending() && self.stack_depth > 0 {
                return self.outer_step(f, pc).map(|()| false);
            }
        }
        if pc != self.header || !self.stack.is_empty() || self.stack_depth == 0 {
            return Err("inner loop".into());
        }
        let d = self.stack_depth - 1;
        if let Value::Generator(_) = &f.stack[d] {
            self.for_gen(f, pc, d)?;
            return Ok(false);
        }
        if let Value::Iter(it) = &f.stack[d] {
            let over_gen = matches!(
                &*it.state.borrow(),
                IterState::Enumerate {
                    inner: Value::Generator(_),
                    ..
                }
            );
            if over_gen {
                self.for_gen(f, pc, d)?;
                return Ok(false);
            }
        }
        let Value::Iter(it) = &f.stack[d] else {
            return Err(format!("for loop over a {}", type_name(&f.stack[d])));
        };
        let range = match &*it.state.borrow() {
            IterState::Range { next, stop, step } => Some((*next, *stop, *step)),
            IterState::List {
                list: Value::List(l),
                index,
            } => {
                let item = l.items.borrow().get(*index).cloned();
                return self
                    .for_seq(pc, d, IterKind::List, item.as_ref())
                    .map(|()| false);
            }
            IterState::Tuple {
                tuple: Value::Tuple(t),
                index,
            } => {
                return self
                    .for_seq(pc, d, IterKind::Tuple, t.items.get(*index))
                    .map(|()| false)
            }
            _ => None,
        };
        let Some((next, stop, step)) = range else {
            self.for_walk(f, pc, d)?;
            return Ok(false);
        };
        if !((step > 0 && next < stop) || (step < 0 && next > stop)) {
            return Err(LOOP_ENDED.into());
        }
        let d = d as u32;
        self.iters.push((d, IterKind::Range(step)));
        let nx = self.push(Inst::Load {
            slot: Slot::IterNext(d),
            ty: Type::Int,
            snap: None,
        });
        let st = self.push(Inst::Load {
            slot: Slot::IterStop(d),
            ty: Type::Int,
            snap: None,
        });
        let s = self.loop_end_snap(pc);
        let c = self.push(Inst::Cmp {
            op: if step > 0 { CmpOp::Lt } else { CmpOp::Gt },
            float: false,
            a: nx,
            b: st,
        });
        self.push(Inst::Guard {
            cond: c,
            expect: true,
            snap: s,
        });
        let k = self.konst(Const::Int(step));
        let s = self.snap(pc);
        let n2 = self.push(Inst::Bin {
            op: BinKind::IAdd,
            a: nx,
            b: k,
            snap: Some(s),
        });
        self.push(Inst::Store {
            slot: Slot::IterNext(d),
            val: n2,
        });
        self.stack.push(nx);
        Ok(false)
    }

    /// `ForIter` at the header over a list or tuple iterator at stack index `d`, whose next
    /// item is `item`: guard "index < len", read the item (guarding its type), step the index.
    fn for_seq(
        &mut self,
        pc: usize,
        d: usize,
        kind: IterKind,
        item: Option<&Value>,
    ) -> Result<(), String> {
        let item = item.ok_or(LOOP_ENDED)?;
        let d = d as u32;
        self.iters.push((d, kind));
        let (tag, h) = match kind {
            IterKind::List => (crate::backend::TAG_LIST, Helper::ListGet),
            _ => (crate::backend::TAG_TUPLE, Helper::TupleGet),
        };
        let seq = self.push(Inst::Load {
            slot: Slot::IterSeq(d),
            ty: Type::Obj(tag),
            snap: None,
        });
        let ix = self.push(Inst::Load {
            slot: Slot::IterNext(d),
            ty: Type::Int,
            snap: None,
        });
        let len = self.call(Helper::Len, 0, Type::Int, &[seq], None);
        let end = self.loop_end_snap(pc);
        let c = self.push(Inst::Cmp {
            op: CmpOp::Lt,
            float: false,
            a: ix,
            b: len,
        });
        self.push(Inst::Guard {
            cond: c,
            expect: true,
            snap: end,
        });
        let s = self.snap(pc);
        let x = self.call(h, 0, ir_type(item), &[seq, ix], Some(s));
        let one = self.konst(Const::Int(1));
        let n2 = self.push(Inst::Bin {
            op: BinKind::IAdd,
            a: ix,
            b: one,
            snap: Some(s),
        });
        self.push(Inst::Store {
            slot: Slot::IterNext(d),
            val: n2,
        });
        self.stack.push(x);
        Ok(())
    }

    /// The snapshot of a `for` loop's "not exhausted" guard (`Snapshot::loop_end`), used by
    /// that guard alone: its exit is the loop's end.
    fn loop_end_snap(&mut self, pc: usize) -> SnapId {
        let s = self.snap(pc);
        self.trace.snaps[s.idx()].loop_end = true;
        s
    }
}

/// What an inlined call is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    /// A special method called by an operator.
    Dunder,
    /// `__init__` of the fresh instance.
    Init(Ref),
}

/// The special method `name` of `v`'s class (never the instance's own attribute), which must
/// be a Python function: with the class, whose `guard.class` then keeps it valid.
fn special_method(v: &Value, name: &str) -> Result<(Rc<PyType>, Value), String> {
    let cls = type_of(v);
    if cls.is_builtin || cls.kind != TypeKind::Object {
        return Err(format!("special method {name} of a builtin class"));
    }
    match cls.lookup(name) {
        Some(m @ Value::Function(_)) => Ok((cls, m)),
        Some(_) => Err(format!("special method {name} that is not a function")),
        None => Err(format!("no special method {name}")),
    }
}

/// The position `idx` designates in a sequence of `len` items (negative from the end).
fn index(idx: &Value, len: usize) -> Result<usize, String> {
    let Value::Int(i) = idx else {
        return Err("non-int index".into());
    };
    let j = if *i < 0 { i + len as i64 } else { *i };
    if (0..len as i64).contains(&j) {
        Ok(j as usize)
    } else {
        Err("index out of range while recording".into())
    }
}

/// The first entry of the inline cache at `pc` for which `value` gives a value, with that
/// value: how the recorder finds what the interpreter's cache says a load produced.
fn cached<T>(
    f: &Frame,
    pc: usize,
    mut value: impl FnMut(Cache) -> Option<T>,
) -> Option<(Cache, T)> {
    f.rt.caches[pc].probe(|c| Some((c, value(c)?)))
}
