//! Constant folding, algebraic simplification and common-subexpression elimination.
//!
//! The recorder translates bytecode one instruction at a time, so a trace is full of things
//! a second look can compute now: `LoadConst 2; LoadConst 3; BinaryOp *` becomes
//! `const.int 6`, `x * 1` becomes `x`, `x // 7` needs no guard against a zero divisor, a guard
//! on a condition that folded to the value it expects disappears. Folding is exact: it uses
//! Python's semantics (floor division, checked overflow) and leaves an operation alone when
//! its result would not be a machine value (an overflowing `iadd` of two constants stays, and
//! exits every time it runs — the interpreter then computes the big int).
//!
//! The same [`Folder`] also hash-conses: an instruction identical to an earlier one (same
//! operation, same operands — commutative operands in canonical order) is replaced by the
//! earlier value. That includes guarded arithmetic and guards themselves: if the first copy
//! did not exit, the second cannot. Loop peeling (`peel.rs`) runs the loop body through the
//! same folder with the preamble's table still filled, which is what turns CSE into
//! loop-invariant code motion, as in LuaJIT.
//!
//! Floats are folded only where IEEE arithmetic is unambiguous (`x * 1.0`, `x - 0.0`,
//! `x / 1.0`, constant operands); `x + 0.0` is not `x` (for `-0.0`) and stays.

use super::{Rewriter, GONE};
use crate::ir::{BinKind, Const, CseKey, Helper, Inst, Ref, Trace, UnKind};
use crate::pool::Desc;
use pyjit_bytecode::CmpOp;
use pyjit_runtime::interp::cache::Cache;
use std::collections::HashMap;

impl Folder {
    /// Store-to-load forwarding for attribute slots: `stslot %p %v` then `ldslot.T %p` with
    /// `%v` of type `T` is `%v` — the load and its tag guard go. That guard matters beyond
    /// speed: after a store inside an inlined call its snapshot is inexact (an exit would
    /// replay the store), and a trace keeping it is not compiled (`exact_exits`). So
    /// `self.n = f(self.n); return self.n` compiles.
    ///
    /// Only instructions that cannot write an attribute slot may come in between: reads,
    /// arithmetic, guards, frame-slot stores and pure helpers. Anything else (a call with
    /// effects, an allocation, a store through another pointer, which might alias, the loop
    /// boundary) forgets the store. `attr.store %p %v` (any value) is a store like
    /// `stslot`: the slot then holds `%v`, which a later `ldslot` of its type is. Returns the forwarded value for a load it replaces.
    fn forward_slot(&mut self, t: &Trace, inst: &Inst) -> Option<Ref> {
        match *inst {
            Inst::LoadSlot { ptr, ty, .. } => match self.last_store {
                Some((p, v)) if p == ptr && t.ty(v) == ty => Some(v),
                _ => None,
            },
            Inst::StoreSlot { ptr, val, .. }
            | Inst::Call {
                h: Helper::AttrStore,
                args: [ptr, val, _],
                ..
            } => {
                self.last_store = Some((ptr, val));
                None
            }
            Inst::Const(_)
            | Inst::Load { .. }
            | Inst::Store { .. }
            | Inst::CheckPlain { .. }
            | Inst::Bin { .. }
            | Inst::Un { .. }
            | Inst::Cmp { .. }
            | Inst::Guard { .. }
            | Inst::AttrAt { .. } => None,
            Inst::Call { h, .. } if h.pure() => None,
            _ => {
                self.last_store = None;
                None
            }
        }
    }

    /// Forget the last attribute store (at the loop boundary: a value stored in one
    /// iteration is not what the next one's load reads first).
    pub fn forget_stores(&mut self) {
        self.last_store = None;
    }
}

/// Does `inst` (operands in `t`) resize a container a `len` could have measured? Appends to
/// a comprehension's own list (`stack.get`, below the loop) do not count: that list is new
/// and nothing can name it until the comprehension returns.
pub fn resizes(t: &Trace, inst: &Inst) -> bool {
    match *inst {
        Inst::Call {
            h: Helper::ListAppend,
            args,
            ..
        } => !matches!(
            t.insts.get(args[0].idx()),
            Some(Inst::Call {
                h: Helper::StackGet,
                ..
            })
        ),
        Inst::Call { h, .. } => h.resizes(),
        _ => false,
    }
}

/// Run folding and CSE over a whole trace.
pub fn run(t: &Trace) -> Trace {
    let mut rw = Rewriter::new(t);
    let mut folder = Folder::default();
    for (i, inst) in t.insts.iter().enumerate() {
        let inst = rw.translate(inst);
        rw.map[i] = folder.emit(&mut rw.new, inst).unwrap_or(GONE);
    }
    rw.new
}

/// Emits instructions into a trace, folding and sharing them.
#[derive(Default)]
pub struct Folder {
    cse: HashMap<CseKey, Ref>,
    /// `attr.base` calls by (instance, class version, type epoch): see [`Folder::attr_base`].
    bases: HashMap<(Ref, u64, u64), (Ref, u32)>,
    /// The first `guard.method` of each receiver (its descriptor), since the last barrier
    /// or fresh attribute: see [`Folder::method_guard`].
    methods: HashMap<Ref, u32>,
    /// The last `stslot` (pointer, value), while nothing since could have written any
    /// attribute slot: a `ldslot` through the same pointer reads that value back (see
    /// [`Folder::forward_slot`]).
    last_store: Option<(Ref, Ref)>,
}

impl Folder {
    /// Emit `inst` (operands already in `t`). Returns the value it stands for (maybe an earlier
    /// one), or `None` if the instruction was dropped and defines nothing.
    pub fn emit(&mut self, t: &mut Trace, inst: Inst) -> Option<Ref> {
        if let Some(r) = self.forward_slot(t, &inst) {
            return Some(r);
        }
        let inst = match simplify(t, inst) {
            Simple::Same(r) => return Some(r),
            Simple::Const(c) => Inst::Const(c),
            Simple::Drop => return None,
            Simple::Keep(i) => i,
        };
        if let Some(r) = self.attr_base(t, &inst) {
            return Some(r);
        }
        if self.method_guard(t, &inst) {
            return None;
        }
        let key = CseKey::of(&inst);
        if let Some(k) = key {
            if let Some(&r) = self.cse.get(&k) {
                return match inst {
                    Inst::Guard { .. } => None,
                    _ => Some(r),
                };
            }
        }
        let base = match inst {
            Inst::Call {
                h: Helper::AttrBase,
                k,
                args,
                ..
            } => t
                .pool
                .borrow()
                .descs
                .get(k as usize)
                .and_then(|d| match *d {
                    Desc::AttrBase { class, epoch, .. } => Some((args[0], class, epoch, k)),
                    _ => None,
                }),
            _ => None,
        };
        let setattr = matches!(
            inst,
            Inst::Call {
                h: Helper::SetAttr | Helper::New,
                ..
            }
        );
        let residual = matches!(inst, Inst::Call { h, .. } if h.barrier());
        let resizes = resizes(t, &inst);
        let r = t.push(inst);
        if let Some(k) = key {
            self.cse.insert(k, r);
        }
        if let Some((obj, class, epoch, k)) = base {
            self.bases.insert((obj, class, epoch), (r, k));
        }
        if let Inst::Call {
            h: Helper::GuardMethod,
            k,
            args,
            ..
        } = t.insts[r.idx()]
        {
            self.methods.entry(args[0]).or_insert(k);
        }
        if setattr {
            // A first attribute of a name on a fresh instance bumps its class's version
            // (`note_instance_attr`): later `attr.base`s are checked anew, and so are
            // methods (the instance's new attribute may shadow one).
            self.bases.clear();
            self.methods.clear();
        }
        if residual {
            self.barrier();
        }
        if resizes {
            self.forget_lens();
        }
        Some(r)
    }

    /// Forget the shared `len`s (after an instruction that may resize a list, set or dict:
    /// `Helper::resizes`). Later ones are computed anew.
    pub fn forget_lens(&mut self) {
        self.cse
            .retain(|k, _| !matches!(k, CseKey::Call(Helper::Len, ..)));
    }

    /// Forget every fact about the heap (a residual call may have changed anything): the
    /// `attr.base` table and the shared results of helpers that read the heap
    /// (`Helper::reads_heap`: global, method and class guards, attribute addresses, `len`)
    /// and `attr.at`s. Later ones are computed (and checked) anew; what depends only on
    /// values — arithmetic, comparisons, guards on a value, `math`, `tuple.get` — stays
    /// shared.
    pub fn barrier(&mut self) {
        self.bases.clear();
        self.methods.clear();
        self.cse.retain(|k, _| match *k {
            CseKey::Call(h, ..) => !h.reads_heap(),
            CseKey::AttrAt(..) => false,
            _ => true,
        });
    }

    /// An `attr.base` of an instance that already has one for the same class version and
    /// type epoch is that one: the recorder makes one per site (each `LoadFast` of the
    /// instance is a fresh load before `guards` merges them), each with its own descriptor
    /// and largest index. Nothing between the two changes the class (but `setattr`/`new`,
    /// after which the table is cleared) or the dict's keys, so the first check answers for
    /// both once its length requirement covers the second's largest index; an instance whose
    /// dict is too short then exits at the first site, before anything it guards has run,
    /// and the interpreter takes it from there.
    fn attr_base(&mut self, t: &mut Trace, inst: &Inst) -> Option<Ref> {
        let Inst::Call {
            h: Helper::AttrBase,
            k,
            args,
            ..
        } = *inst
        else {
            return None;
        };
        let mut pool = t.pool.borrow_mut();
        let Some(&Desc::AttrBase {
            class,
            epoch,
            max_index,
            ..
        }) = pool.descs.get(k as usize)
        else {
            return None;
        };
        let &(r, k0) = self.bases.get(&(args[0], class, epoch))?;
        if let Some(Desc::AttrBase { max_index: m, .. }) = pool.descs.get_mut(k0 as usize) {
            *m = (*m).max(max_index);
        }
        Some(r)
    }

    /// A `guard.method` of a receiver that already has one (since the last barrier or fresh
    /// attribute) is merged into that first one, which then checks both names (`Desc::Method
    /// ::more`): Plan.execute's `c.execute()` in deltablue looks up `execute`, `output` and
    /// `input` on `c`, three helper calls an iteration, now one. Nothing between the two
    /// changes a class or gives an instance a new attribute (residual calls and `setattr`/
    /// `new` clear the table), so the second lookup gives at the first site what it gives at
    /// its own; when it fails, the trace exits at the first site, earlier than it would
    /// have, before anything after that site has run — as an `attr.base` merged into an
    /// earlier one does. Returns whether `inst` was merged (and so is dropped).
    fn method_guard(&mut self, t: &mut Trace, inst: &Inst) -> bool {
        let Inst::Call {
            h: Helper::GuardMethod,
            k,
            args,
            ..
        } = *inst
        else {
            return false;
        };
        let Some(&k0) = self.methods.get(&args[0]) else {
            return false;
        };
        if k0 != k {
            let mut pool = t.pool.borrow_mut();
            let found = |k: u32| match pool.descs.get(k as usize) {
                Some(Desc::Method {
                    cache: Cache::Method { class, mro_pos, .. },
                    ..
                }) => Some((*class, *mro_pos)),
                _ => None,
            };
            // Only a method found no further up the recorded class's MRO than the first
            // one: another class the first guard accepts (it inherits that function, see
            // `guard_method_other`) then likely inherits this one too. A method of a
            // subclass behind one of a base (richards' `task.run` after `task.is_runnable`,
            // four task classes) would make the first guard fail for the classes that
            // differ only there, an exit earlier than the trace's paths for them.
            match (found(k0), found(k)) {
                (Some((c0, p0)), Some((c, p))) if c0 == c && p0 <= p => {}
                _ => return false,
            }
            // (With what was merged into the dropped guard, if a pass ran before.)
            let mut add = vec![k];
            if let Some(Desc::Method { more, .. }) = pool.descs.get(k as usize) {
                add.extend(more.iter().copied());
            }
            if let Some(Desc::Method { more, .. }) = pool.descs.get_mut(k0 as usize) {
                for m in add {
                    if m != k0 && !more.contains(&m) {
                        more.push(m);
                    }
                }
            }
        }
        true
    }
}

enum Simple {
    /// The instruction computes an existing value.
    Same(Ref),
    Const(Const),
    /// The instruction has no effect.
    Drop,
    /// Emit this (perhaps with fewer guards).
    Keep(Inst),
}

fn simplify(t: &Trace, inst: Inst) -> Simple {
    match inst {
        Inst::Bin { op, a, b, snap } => fold_bin(t, op, a, b, snap),
        Inst::Un { op, a, .. } => match (op, t.konst(a)) {
            (UnKind::INeg, Some(Const::Int(x))) => match x.checked_neg() {
                Some(v) => Simple::Const(Const::Int(v)),
                None => Simple::Keep(inst),
            },
            (UnKind::FNeg, Some(Const::Float(x))) => Simple::Const(Const::Float(-x)),
            (UnKind::IToF, Some(Const::Int(x))) => Simple::Const(Const::Float(x as f64)),
            (UnKind::IToFExact, Some(Const::Int(x))) if x.unsigned_abs() < 1 << 53 => {
                Simple::Const(Const::Float(x as f64))
            }
            _ => Simple::Keep(inst),
        },
        Inst::Cmp { op, float, a, b } => {
            match (t.konst(a), t.konst(b)) {
                (Some(Const::Int(x)), Some(Const::Int(y))) => {
                    return Simple::Const(Const::Bool(cmp(op, x.partial_cmp(&y))));
                }
                (Some(Const::Float(x)), Some(Const::Float(y))) => {
                    return Simple::Const(Const::Bool(cmp(op, x.partial_cmp(&y))));
                }
                _ => {}
            }
            if a == b && !float {
                return Simple::Const(Const::Bool(cmp(op, Some(std::cmp::Ordering::Equal))));
            }
            Simple::Keep(inst)
        }
        Inst::Guard { cond, expect, .. } => match t.konst(cond) {
            Some(Const::Bool(v)) if v == expect => Simple::Drop,
            _ => Simple::Keep(inst),
        },
        other => Simple::Keep(other),
    }
}

fn cmp(op: CmpOp, o: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (op, o) {
        (_, None) => op == CmpOp::Ne,
        (CmpOp::Lt, Some(o)) => o == Less,
        (CmpOp::Le, Some(o)) => o != Greater,
        (CmpOp::Eq, Some(o)) => o == Equal,
        (CmpOp::Ne, Some(o)) => o != Equal,
        (CmpOp::Gt, Some(o)) => o == Greater,
        (CmpOp::Ge, Some(o)) => o != Less,
    }
}

/// Python's `x // y` and `x % y` on machine ints; `None` if the result is not one (or raises).
pub fn int_divmod(x: i64, y: i64) -> Option<(i64, i64)> {
    if y == 0 || (x == i64::MIN && y == -1) {
        return None;
    }
    let (mut q, mut r) = (x / y, x % y);
    if r != 0 && ((r ^ y) < 0) {
        q -= 1;
        r += y;
    }
    Some((q, r))
}

fn fold_bin(
    t: &Trace,
    op: BinKind,
    a: Ref,
    b: Ref,
    snap: Option<crate::snapshot::SnapId>,
) -> Simple {
    use BinKind::*;
    let keep = |snap| Simple::Keep(Inst::Bin { op, a, b, snap });
    match (t.konst(a), t.konst(b)) {
        (Some(Const::Int(x)), Some(Const::Int(y))) => {
            let v = match op {
                IAdd => x.checked_add(y),
                ISub => x.checked_sub(y),
                IMul => x.checked_mul(y),
                IFloorDiv => int_divmod(x, y).map(|p| p.0),
                IMod => int_divmod(x, y).map(|p| p.1),
                IAnd => Some(x & y),
                IOr => Some(x | y),
                IXor => Some(x ^ y),
                IShr => int_shr(x, y),
                IShl => int_shl(x, y),
                _ => None,
            };
            return match v {
                Some(v) => Simple::Const(Const::Int(v)),
                None => keep(snap),
            };
        }
        (Some(Const::Float(x)), Some(Const::Float(y))) => {
            let v = match op {
                FAdd => x + y,
                FSub => x - y,
                FMul => x * y,
                FDiv if y != 0.0 => x / y,
                _ => return keep(snap),
            };
            return Simple::Const(Const::Float(v));
        }
        _ => {}
    }
    let ci = |r: Ref| match t.konst(r) {
        Some(Const::Int(v)) => Some(v),
        _ => None,
    };
    let cf = |r: Ref| match t.konst(r) {
        Some(Const::Float(v)) => Some(v),
        _ => None,
    };
    match op {
        IAdd if ci(b) == Some(0) => Simple::Same(a),
        IAdd if ci(a) == Some(0) => Simple::Same(b),
        ISub if ci(b) == Some(0) => Simple::Same(a),
        ISub if a == b => Simple::Const(Const::Int(0)),
        IMul if ci(b) == Some(1) => Simple::Same(a),
        IMul if ci(a) == Some(1) => Simple::Same(b),
        IMul if ci(a) == Some(0) || ci(b) == Some(0) => Simple::Const(Const::Int(0)),
        IFloorDiv if ci(b) == Some(1) => Simple::Same(a),
        IMod if ci(b) == Some(1) => Simple::Const(Const::Int(0)),
        IFloorDiv | IMod => match ci(b) {
            // A constant divisor other than 0 and -1 cannot raise or overflow.
            Some(y) if y != 0 && y != -1 => keep(None),
            _ => keep(snap),
        },
        IAnd if ci(a) == Some(0) || ci(b) == Some(0) => Simple::Const(Const::Int(0)),
        IAnd | IOr if a == b => Simple::Same(a),
        IOr | IXor if ci(b) == Some(0) => Simple::Same(a),
        IOr | IXor if ci(a) == Some(0) => Simple::Same(b),
        // A constant count that is not negative cannot raise.
        IShr if ci(b).is_some_and(|y| y >= 0) => keep(None),
        FMul if cf(b) == Some(1.0) => Simple::Same(a),
        FMul if cf(a) == Some(1.0) => Simple::Same(b),
        FSub if cf(b).is_some_and(|v| v == 0.0 && v.is_sign_positive()) => Simple::Same(a),
        FDiv if cf(b) == Some(1.0) => Simple::Same(a),
        FDiv => match cf(b) {
            Some(y) if y != 0.0 => keep(None),
            _ => keep(snap),
        },
        _ => keep(snap),
    }
}

/// Python's `x >> y` on 64-bit ints (`None`: a negative count raises).
pub fn int_shr(x: i64, y: i64) -> Option<i64> {
    (y >= 0).then(|| x >> y.min(63))
}

/// Python's `x << y` when it fits 64 bits (`None`: a negative count or overflow).
pub fn int_shl(x: i64, y: i64) -> Option<i64> {
    if !(0..64).contains(&y) {
        return (x == 0 && y >= 0).then_some(0);
    }
    let r = x << y;
    (r >> y == x).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::int_divmod;
    use crate::ir::Trace;
    use crate::pool::Desc;
    use pyjit_runtime::interp::cache::Cache;
    use pyjit_runtime::Value;

    /// One `attr.base` per instance and class version: the later sites' descriptors merge
    /// into the first (its length requirement grows), another class's does not, and a
    /// `setattr` in between starts afresh.
    #[test]
    fn attr_bases_merge() {
        let t = Trace::parse(
            "%o = load.obj.instance local0 snap0
%b1 = call.ptr attr.base k0 %o snap0
%a1 = attr.at %b1 1 0x1000 snap0
%b2 = call.ptr attr.base k1 %o snap1
%a2 = attr.at %b2 3 0x1008 snap1
%b3 = call.ptr attr.base k2 %o snap1
%f = call.obj.instance new k3
call.void setattr k4 %f %o
%b4 = call.ptr attr.base k1 %o snap1
%x = ldslot.float %a1 snap1
%y = ldslot.float %a2 snap1
%z = attr.at %b3 0 0x1010 snap1
%w = attr.at %b4 0 0x1010 snap1
jumptop snap0
snap0: pc=0 stack=[] slots=[]
snap1: pc=4 stack=[] slots=[]
",
        )
        .unwrap();
        let base = |class, max_index| Desc::AttrBase {
            class,
            epoch: 1,
            max_index,
            also: Default::default(),
        };
        t.pool.borrow_mut().descs = vec![
            base(7, 1),
            base(7, 3),
            base(8, 0),
            Desc::SetAttr {
                name: pyjit_runtime::Value::None,
                noted: Default::default(),
            },
            Desc::SetAttr {
                name: pyjit_runtime::Value::None,
                noted: Default::default(),
            },
        ];
        let out = super::run(&t).to_string();
        assert_eq!(out.matches("attr.base k0").count(), 1, "{out}");
        assert!(!out.contains("attr.base k1 %0 snap0"), "{out}");
        assert_eq!(out.matches("attr.base k1").count(), 1, "{out}");
        assert_eq!(out.matches("attr.base k2").count(), 1, "{out}");
        assert!(matches!(
            t.pool.borrow().descs[0],
            Desc::AttrBase { max_index: 3, .. }
        ));
    }

    /// Later `guard.method`s of a receiver merge into its first one when their methods sit
    /// no further up the recorded class's MRO (`k1`, `k2`: both then checked by `k0`); a
    /// method of a subclass behind one of a base (`k3`) stays its own guard, and so does one
    /// after a barrier (`k4`, after the residual call).
    #[test]
    fn method_guards_merge() {
        let t = Trace::parse(
            "%o = load.obj.instance local0 snap0
call.void guard.method k0 %o snap0
call.void guard.method k1 %o snap1
call.void guard.method k2 %o snap1
call.void guard.method k1 %o snap1
call.void guard.method k3 %o snap1
%r = call.int pycall k5 %o
call.void guard.method k4 %o snap1
jumptop snap0
snap0: pc=0 stack=[] slots=[]
snap1: pc=4 stack=[] slots=[]
",
        )
        .unwrap();
        let method = |mro_pos| Desc::Method {
            cache: Cache::Method {
                class: 7,
                epoch: 1,
                mro_pos,
                index: 0,
            },
            name: Value::None,
            expect: Value::None,
            also: Default::default(),
            hit: Default::default(),
            more: Vec::new(),
        };
        t.pool.borrow_mut().descs = vec![
            method(1),
            method(1),
            method(2),
            method(0),
            method(1),
            Desc::SetAttr {
                name: Value::None,
                noted: Default::default(),
            },
        ];
        let out = super::run(&t).to_string();
        for (k, n) in [("k0", 1), ("k1", 0), ("k2", 0), ("k3", 1), ("k4", 1)] {
            assert_eq!(
                out.matches(&format!("guard.method {k} ")).count(),
                n,
                "{out}"
            );
        }
        assert!(
            matches!(&t.pool.borrow().descs[0], Desc::Method { more, .. } if more == &[1, 2]),
            "{out}"
        );
    }

    #[test]
    fn python_floor_division() {
        assert_eq!(int_divmod(7, 2), Some((3, 1)));
        assert_eq!(int_divmod(-7, 2), Some((-4, 1)));
        assert_eq!(int_divmod(7, -2), Some((-4, -1)));
        assert_eq!(int_divmod(-7, -2), Some((3, -1)));
        assert_eq!(int_divmod(6, -3), Some((-2, 0)));
        assert_eq!(int_divmod(1, 0), None);
        assert_eq!(int_divmod(i64::MIN, -1), None);
    }

    /// Python's shifts on 64-bit ints (checked against CPython's answers).
    #[test]
    fn python_shifts() {
        use super::{int_shl, int_shr};
        assert_eq!(int_shr(-7, 1), Some(-4));
        assert_eq!(int_shr(-7, 64), Some(-1));
        assert_eq!(int_shr(7, 200), Some(0));
        assert_eq!(int_shr(7, -1), None);
        assert_eq!(int_shl(5, 62), None);
        assert_eq!(int_shl(1, 62), Some(1 << 62));
        assert_eq!(int_shl(-1, 63), Some(i64::MIN));
        assert_eq!(int_shl(0, 1000), Some(0));
        assert_eq!(int_shl(3, -2), None);
    }
}
