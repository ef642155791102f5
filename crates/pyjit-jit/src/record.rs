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
//! stack, and aborts at anything else unusual: an unsupported instruction or operand type,
//! the loop leaving during the recorded iteration, control flow going somewhere the recorder
//! did not predict (an exception), another frame, or an over-long trace.

use crate::ir::{BinKind, Const, Inst, Ref, Slot, Trace, Type, UnKind};
use crate::snapshot::{SnapId, Snapshot};
use pyjit_bytecode::{BinOp, CmpOp, CodeObject, Op};
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::object::IterState;
use pyjit_runtime::Value;
use std::rc::Rc;

/// Abort reason when the loop's iterator is exhausted at the recorded iteration.
pub const LOOP_ENDED: &str = "loop ended while recording";

/// Longest recorded iteration, in bytecode instructions.
const MAX_STEPS: usize = 400;

pub enum Step {
    Continue,
    /// The iteration is complete; `Recorder::trace` holds it.
    Done,
    Abort(String),
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
    /// (stack index, step) of the range iterator the loop steps, if it is a `for` loop.
    pub iters: Vec<(u32, i64)>,
    /// Highest local index touched, plus one.
    pub min_locals: usize,
}

fn type_of(v: &Value) -> Option<Type> {
    match v {
        Value::Int(_) => Some(Type::Int),
        Value::Float(_) => Some(Type::Float),
        Value::Bool(_) => Some(Type::Bool),
        _ => None,
    }
}

fn is_plain(v: &Value) -> bool {
    matches!(
        v,
        Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    )
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
        _ => "object",
    }
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

impl Recorder {
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
            iters: Vec::new(),
            min_locals: 0,
        }
    }

    fn snap(&mut self, pc: usize) -> SnapId {
        self.trace
            .add_snap(Snapshot::new(pc as u32, self.stack.clone()))
    }

    fn push(&mut self, inst: Inst) -> Ref {
        self.trace.push(inst)
    }

    fn pop(&mut self) -> Result<Ref, String> {
        self.stack
            .pop()
            .ok_or_else(|| "pops below the loop's stack".to_string())
    }

    fn konst(&mut self, c: Const) -> Ref {
        self.push(Inst::Const(c))
    }

    /// Handle the instruction `f` is about to execute.
    pub fn step(&mut self, f: &Frame) -> Step {
        match self.step_inner(f) {
            Ok(true) => Step::Done,
            Ok(false) => Step::Continue,
            Err(reason) => Step::Abort(reason),
        }
    }

    fn step_inner(&mut self, f: &Frame) -> Result<bool, String> {
        if f as *const Frame as usize != self.frame || !Rc::ptr_eq(&f.code, &self.code) {
            return Err("left the frame (call, return or exception)".into());
        }
        if f.pc != self.expected_pc {
            return Err("unexpected control flow (exception)".into());
        }
        if f.stack.len() != self.stack_depth + self.stack.len() {
            return Err("operand stack out of sync".into());
        }
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return Err("trace too long".into());
        }
        let pc = f.pc;
        let ins = self.code.instrs[pc];
        let arg = ins.arg as usize;
        self.expected_pc = pc + 1;
        let n = f.stack.len();
        // The concrete value `k` entries below the top (0 = top).
        let top = |k: usize| &f.stack[n - 1 - k];
        match ins.op {
            Op::Nop => {}
            Op::LoadFast => {
                let v = &f.fast[arg];
                let ty = type_of(v).ok_or_else(|| format!("local of type {}", type_name(v)))?;
                let s = self.snap(pc);
                let r = self.push(Inst::Load {
                    slot: Slot::Local(arg as u32),
                    ty,
                    snap: Some(s),
                });
                self.min_locals = self.min_locals.max(arg + 1);
                self.stack.push(r);
            }
            Op::StoreFast => {
                if !is_plain(&f.fast[arg]) {
                    return Err(format!("store over a {}", type_name(&f.fast[arg])));
                }
                let s = self.snap(pc);
                let v = self.pop()?;
                let slot = Slot::Local(arg as u32);
                self.push(Inst::CheckPlain { slot, snap: s });
                self.push(Inst::Store { slot, val: v });
                self.min_locals = self.min_locals.max(arg + 1);
            }
            Op::LoadConst => {
                let c = match &f.rt.consts[arg] {
                    Value::Int(i) => Const::Int(*i),
                    Value::Float(x) => Const::Float(*x),
                    Value::Bool(b) => Const::Bool(*b),
                    other => return Err(format!("constant of type {}", type_name(other))),
                };
                let r = self.konst(c);
                self.stack.push(r);
            }
            Op::PopTop => {
                self.pop()?;
            }
            Op::DupTop => {
                let v = *self.stack.last().ok_or("pops below the loop's stack")?;
                self.stack.push(v);
            }
            Op::RotTwo => {
                let k = self.stack.len();
                if k < 2 {
                    return Err("pops below the loop's stack".into());
                }
                self.stack.swap(k - 1, k - 2);
            }
            Op::RotThree => {
                let k = self.stack.len();
                if k < 3 {
                    return Err("pops below the loop's stack".into());
                }
                let v = self.stack.pop().unwrap_or(Ref(0));
                self.stack.insert(k - 3, v);
            }
            Op::BinaryOp | Op::InplaceOp => {
                let op = BinOp::from_arg(ins.arg);
                let s = self.snap(pc);
                let b = self.pop()?;
                let a = self.pop()?;
                let r = self.binary(op, a, b, top(1), top(0), s)?;
                self.stack.push(r);
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
                    _ => return Err("comparison of bools".into()),
                };
                self.stack.push(r);
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
                    _ => return Err("negation of a bool".into()),
                };
                self.stack.push(r);
            }
            Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                let t = truth(top(0)).ok_or("branch on a non-number")?;
                let s = self.snap(pc);
                let v = self.pop()?;
                self.guard_truth(v, t, s);
                if t == (ins.op == Op::PopJumpIfTrue) {
                    self.expected_pc = arg;
                }
            }
            Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                let t = truth(top(0)).ok_or("branch on a non-number")?;
                let s = self.snap(pc);
                let v = *self.stack.last().ok_or("pops below the loop's stack")?;
                self.guard_truth(v, t, s);
                if t == (ins.op == Op::JumpIfTrueOrPop) {
                    self.expected_pc = arg;
                } else {
                    self.pop()?;
                }
            }
            Op::Jump => {
                if arg > pc {
                    self.expected_pc = arg;
                } else if arg == self.header {
                    if !self.stack.is_empty() {
                        return Err("values left on the stack at the back-edge".into());
                    }
                    let s = self.snap(arg);
                    self.push(Inst::JumpTop { snap: s });
                    return Ok(true);
                } else {
                    return Err("inner loop".into());
                }
            }
            Op::ForIter => self.for_iter(f, pc, arg)?,
            other => return Err(format!("unsupported instruction {}", other.name())),
        }
        Ok(false)
    }

    /// A guard that `v` has truth `t` (the way the branch went while recording).
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
    fn for_iter(&mut self, f: &Frame, pc: usize, _exit: usize) -> Result<(), String> {
        if pc != self.header || !self.stack.is_empty() || self.stack_depth == 0 {
            return Err("inner loop".into());
        }
        let d = self.stack_depth - 1;
        let Value::Iter(it) = &f.stack[d] else {
            return Err(format!("for loop over a {}", type_name(&f.stack[d])));
        };
        let (next, stop, step) = match &*it.state.borrow() {
            IterState::Range { next, stop, step } => (*next, *stop, *step),
            _ => return Err(format!("for loop over a {}", it.type_name)),
        };
        if !((step > 0 && next < stop) || (step < 0 && next > stop)) {
            return Err(LOOP_ENDED.into());
        }
        let d = d as u32;
        self.iters.push((d, step));
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
        let s = self.snap(pc);
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
        Ok(())
    }
}
