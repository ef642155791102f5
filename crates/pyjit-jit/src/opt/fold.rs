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
use crate::ir::{BinKind, Const, CseKey, Inst, Ref, Trace, UnKind};
use pyjit_bytecode::CmpOp;
use std::collections::HashMap;

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
}

impl Folder {
    /// Emit `inst` (operands already in `t`). Returns the value it stands for (maybe an earlier
    /// one), or `None` if the instruction was dropped and defines nothing.
    pub fn emit(&mut self, t: &mut Trace, inst: Inst) -> Option<Ref> {
        let inst = match simplify(t, inst) {
            Simple::Same(r) => return Some(r),
            Simple::Const(c) => Inst::Const(c),
            Simple::Drop => return None,
            Simple::Keep(i) => i,
        };
        let key = CseKey::of(&inst);
        if let Some(k) = key {
            if let Some(&r) = self.cse.get(&k) {
                return match inst {
                    Inst::Guard { .. } => None,
                    _ => Some(r),
                };
            }
        }
        let r = t.push(inst);
        if let Some(k) = key {
            self.cse.insert(k, r);
        }
        Some(r)
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

#[cfg(test)]
mod tests {
    use super::int_divmod;

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
}
