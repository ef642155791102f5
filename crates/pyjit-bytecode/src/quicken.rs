//! Superinstructions decided once per code object (CPython 3.11's quickening of
//! `LOAD_FAST__LOAD_FAST` and its siblings).
//!
//! The interpreter runs a copy of a checked code object's instructions (`CodeRt::quick`) in
//! which the first of some pairs of plain instructions is replaced by a pair opcode; the
//! second stays where it was. Falling into the pair runs both and skips the second; a jump
//! to the second runs it on its own, as before. So no pair needs to avoid jump targets,
//! exception handlers or resume points, and every pc means what it meant: line numbers,
//! tracebacks, handler tables and the JIT's exits read the same indices. The code object
//! itself is not changed: the disassembler, the checks of `code.rs`, the trace recorder and
//! `--stats` see the plain instructions.
//!
//! The decision was first made at run time (the next-opcode test inside `LoadFast`), which
//! every `LoadFast` not followed by another paid for (docs/architecture.md,
//! *Superinstructions*).

use crate::code::Instr;
use crate::opcode::Op;

/// Which pair kinds `quicken` writes, as a bit set.
pub mod pairs {
    /// `LoadFast LoadFast` -> `LoadFastLoadFast`.
    pub const LOAD_LOAD: u32 = 1;
    /// `LoadFast LoadConst` -> `LoadFastLoadConst`.
    pub const LOAD_CONST: u32 = 2;
    /// `StoreFast LoadFast` -> `StoreFastLoadFast`.
    pub const STORE_LOAD: u32 = 4;
    /// `LoadFast ReturnValue` -> `ReturnFast`.
    pub const RETURN_FAST: u32 = 8;
    /// `LoadConst ReturnValue` -> `ReturnConst`.
    pub const RETURN_CONST: u32 = 16;
    /// `LoadConst IsOp` -> `LoadConstIsOp`.
    pub const CONST_IS: u32 = 32;
    /// `LoadFast LoadConst IsOp` -> `LoadFastIsConst`.
    pub const FAST_IS_CONST: u32 = 64;
    /// `LoadGlobal CompareOp` -> `LoadGlobalCompareOp`: measured, not among the defaults
    /// (docs/architecture.md, *Superinstructions*).
    pub const GLOBAL_COMPARE: u32 = 128;
    /// `UnpackSequence n` followed by `n` `StoreFast` -> `UnpackToLocals` (its stores stay).
    pub const UNPACK_STORES: u32 = 256;
    /// `LoadFast UnpackToLocals` -> `LoadFastUnpackToLocals` (with `UNPACK_STORES`).
    pub const LOAD_UNPACK: u32 = 512;
    /// The kinds fused by default: every one but `GLOBAL_COMPARE`.
    pub const ALL: u32 = 127 | UNPACK_STORES | LOAD_UNPACK;
}

impl Op {
    /// Whether this is a pair opcode, which only `quicken` writes.
    pub fn is_superinstruction(self) -> bool {
        matches!(
            self,
            Op::LoadFastLoadFast
                | Op::LoadFastLoadConst
                | Op::StoreFastLoadFast
                | Op::ReturnFast
                | Op::ReturnConst
                | Op::LoadConstIsOp
                | Op::LoadFastIsConst
                | Op::LoadGlobalCompareOp
                | Op::UnpackToLocals
                | Op::LoadFastUnpackToLocals
        )
    }
}

/// Whether the `UnpackSequence` at `i` is followed by one `StoreFast` per item (at least one):
/// the interpreter then stores a tuple's or list's items straight into those locals.
fn unpacks_to_locals(instrs: &[Instr], i: usize) -> bool {
    let n = instrs[i].arg as usize;
    n > 0
        && instrs
            .get(i + 1..i + 1 + n)
            .is_some_and(|s| s.iter().all(|s| s.op == Op::StoreFast))
}

/// The superinstruction for the instructions `a`, `b` and (if any) `c` starting at one pc,
/// if `kinds` fuses them: the three-instruction one first.
fn pair(a: Op, b: Op, c: Option<Op>, kinds: u32) -> Option<Op> {
    if (a, b, c) == (Op::LoadFast, Op::LoadConst, Some(Op::IsOp))
        && kinds & pairs::FAST_IS_CONST != 0
    {
        return Some(Op::LoadFastIsConst);
    }
    let (kind, op) = match (a, b) {
        (Op::LoadFast, Op::LoadFast) => (pairs::LOAD_LOAD, Op::LoadFastLoadFast),
        (Op::LoadFast, Op::LoadConst) => (pairs::LOAD_CONST, Op::LoadFastLoadConst),
        (Op::StoreFast, Op::LoadFast) => (pairs::STORE_LOAD, Op::StoreFastLoadFast),
        (Op::LoadFast, Op::ReturnValue) => (pairs::RETURN_FAST, Op::ReturnFast),
        (Op::LoadConst, Op::ReturnValue) => (pairs::RETURN_CONST, Op::ReturnConst),
        (Op::LoadConst, Op::IsOp) => (pairs::CONST_IS, Op::LoadConstIsOp),
        (Op::LoadGlobal, Op::CompareOp) => (pairs::GLOBAL_COMPARE, Op::LoadGlobalCompareOp),
        _ => return None,
    };
    (kinds & kind != 0).then_some(op)
}

/// Whether `op`, written at the second instruction of a plain-operand pair
/// (`LoadFastLoadFast`, `LoadFastLoadConst`, `StoreFastLoadFast`), is worth more than that
/// pair: those save only the dispatch, these also the copy of an operand (the return, the
/// `is` test), so the pair before them is not fused (it would skip them).
fn outranks_pair(op: Op) -> bool {
    matches!(
        op,
        Op::ReturnFast
            | Op::ReturnConst
            | Op::LoadFastIsConst
            | Op::LoadConstIsOp
            | Op::LoadFastUnpackToLocals
    )
}

/// The instructions the interpreter runs for `instrs`: the same instructions, with the first
/// of each fused pair replaced by its pair opcode (only opcodes change; arguments, jumps and
/// the length stay). A pair opcode is therefore never the last instruction, and its second
/// (and `LoadFastIsConst`'s third) is the plain instruction after it. `None` if `instrs`
/// already holds a pair opcode (not compiler output; the interpreter then refuses the code).
///
/// Left plain: a `StoreFast` that an instruction before it already skips on its fast path
/// (right after a `ForIter`, among an `UnpackSequence`'s stores: those look for a plain
/// `StoreFast`), a pair whose second `LoadFast` is followed by `LoadAttr` or `StoreAttr`
/// (that `LoadFast` has its own fusion with the attribute access on an instance, which the
/// pair would skip), and a plain-operand pair whose second starts a return or an `is` test
/// (`outranks_pair`).
///
/// Not a pair: an `UnpackSequence` whose items all go to locals (`unpacks_to_locals`) becomes
/// `UnpackToLocals`, so the interpreter does not test the stores' opcodes on each run (its
/// stores stay plain, for the sequences it does not take apart itself).
pub fn quicken(instrs: &[Instr], kinds: u32) -> Option<Vec<Instr>> {
    if instrs.iter().any(|i| i.op.is_superinstruction()) {
        return None;
    }
    let n = instrs.len();
    let mut absorbed = vec![false; n];
    for (i, ins) in instrs.iter().enumerate() {
        let k = match ins.op {
            Op::ForIter => 1,
            Op::UnpackSequence => ins.arg as usize,
            _ => 0,
        };
        for a in absorbed.iter_mut().skip(i + 1).take(k) {
            *a = true;
        }
    }
    let mut out = instrs.to_vec();
    if kinds & pairs::UNPACK_STORES != 0 {
        for (i, o) in out.iter_mut().enumerate() {
            if o.op == Op::UnpackSequence && unpacks_to_locals(instrs, i) {
                o.op = Op::UnpackToLocals;
            }
        }
    }
    // From the end, so that whether the second of a pair starts a superinstruction of its
    // own is known when the pair is decided.
    for i in (0..n.saturating_sub(1)).rev() {
        let (a, b) = (instrs[i].op, instrs[i + 1].op);
        if absorbed[i]
            || (b == Op::LoadFast
                && instrs
                    .get(i + 2)
                    .is_some_and(|c| matches!(c.op, Op::LoadAttr | Op::StoreAttr)))
        {
            continue;
        }
        if a == Op::LoadFast && out[i + 1].op == Op::UnpackToLocals {
            if kinds & pairs::LOAD_UNPACK != 0 {
                out[i].op = Op::LoadFastUnpackToLocals;
            }
            continue;
        }
        if let Some(p) = pair(a, b, instrs.get(i + 2).map(|c| c.op), kinds) {
            let plain_operands = matches!(
                p,
                Op::LoadFastLoadFast | Op::LoadFastLoadConst | Op::StoreFastLoadFast
            );
            if !(plain_operands && outranks_pair(out[i + 1].op)) {
                out[i].op = p;
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ins(v: &[(Op, u32)]) -> Vec<Instr> {
        v.iter().map(|&(op, arg)| Instr { op, arg }).collect()
    }

    fn ops(v: &[Instr]) -> Vec<Op> {
        v.iter().map(|i| i.op).collect()
    }

    #[test]
    fn fuses_the_first_of_each_pair_and_keeps_the_second() {
        let code = ins(&[
            (Op::LoadFast, 0),
            (Op::LoadFast, 1),
            (Op::LoadFast, 2),
            (Op::BinaryOp, 0),
            (Op::StoreFast, 3),
            (Op::StoreFast, 4),
            (Op::LoadFast, 3),
            (Op::LoadConst, 1),
            (Op::LoadConst, 0),
            (Op::LoadFast, 3),
            (Op::ReturnValue, 0),
        ]);
        let q = quicken(&code, pairs::ALL).unwrap();
        assert_eq!(
            ops(&q),
            [
                Op::LoadFastLoadFast,
                Op::LoadFastLoadFast,
                Op::LoadFast,
                Op::BinaryOp,
                Op::StoreFast,
                Op::StoreFastLoadFast,
                Op::LoadFastLoadConst,
                Op::LoadConst,
                Op::LoadConst,
                Op::ReturnFast,
                Op::ReturnValue,
            ]
        );
        // Arguments are untouched.
        assert!(q.iter().zip(&code).all(|(a, b)| a.arg == b.arg));
        // Only the kinds asked for.
        let q = quicken(&code, pairs::STORE_LOAD).unwrap();
        assert_eq!(q[5].op, Op::StoreFastLoadFast);
        assert!(q.iter().filter(|i| i.op.is_superinstruction()).count() == 1);
        assert_eq!(quicken(&code, 0).unwrap(), code);
    }

    #[test]
    fn leaves_stores_that_other_fusions_skip_and_loads_of_attribute_owners() {
        let code = ins(&[
            (Op::ForIter, 9),
            (Op::StoreFast, 0),
            (Op::LoadFast, 0),
            (Op::UnpackSequence, 2),
            (Op::StoreFast, 1),
            (Op::StoreFast, 2),
            (Op::LoadFast, 1),
            (Op::LoadFast, 2),
            (Op::LoadAttr, 0),
            (Op::ReturnValue, 0),
        ]);
        let q = quicken(&code, pairs::ALL & !pairs::UNPACK_STORES).unwrap();
        assert_eq!(q, code);
        // The unpacking into two locals is marked; its stores stay plain.
        let q = quicken(&code, pairs::ALL & !pairs::LOAD_UNPACK).unwrap();
        assert_eq!(q[3].op, Op::UnpackToLocals);
        assert!(q.iter().zip(&code).all(|(a, b)| a.arg == b.arg));
        assert!(q
            .iter()
            .enumerate()
            .all(|(i, a)| i == 3 || a.op == code[i].op));
    }

    #[test]
    fn marks_only_unpackings_whose_items_all_go_to_locals() {
        let code = ins(&[
            (Op::UnpackSequence, 2),
            (Op::StoreFast, 0),
            (Op::StoreFast, 1),
            (Op::UnpackSequence, 2),
            (Op::UnpackSequence, 2),
            (Op::StoreFast, 0),
            (Op::StoreFast, 1),
            (Op::StoreFast, 2),
            (Op::UnpackSequence, 0),
            (Op::UnpackSequence, 3),
            (Op::StoreFast, 0),
            (Op::StoreGlobal, 0),
            (Op::StoreFast, 1),
            (Op::UnpackSequence, 2),
            (Op::StoreFast, 0),
        ]);
        let q = quicken(&code, pairs::ALL).unwrap();
        let marked: Vec<usize> = (0..q.len())
            .filter(|&i| q[i].op == Op::UnpackToLocals)
            .collect();
        // Not: a nested target, an empty unpacking, a store that is not a local's, and
        // stores running past the end.
        assert_eq!(marked, [0, 4]);
        assert!(quicken(&code, pairs::UNPACK_STORES).unwrap()[4].op == Op::UnpackToLocals);
    }

    #[test]
    fn fuses_the_load_of_the_unpacked_local() {
        let code = ins(&[
            (Op::LoadFast, 0),
            (Op::LoadFast, 1),
            (Op::UnpackSequence, 2),
            (Op::StoreFast, 2),
            (Op::StoreFast, 3),
            (Op::LoadFast, 1),
            (Op::UnpackSequence, 2),
            (Op::StoreFast, 2),
            (Op::StoreAttr, 0),
        ]);
        let q = quicken(&code, pairs::ALL).unwrap();
        assert_eq!(
            ops(&q),
            [
                // Not `LoadFastLoadFast`: it would skip the fused load.
                Op::LoadFast,
                Op::LoadFastUnpackToLocals,
                Op::UnpackToLocals,
                Op::StoreFast,
                Op::StoreFast,
                Op::LoadFast,
                Op::UnpackSequence,
                Op::StoreFast,
                Op::StoreAttr,
            ]
        );
        let q = quicken(&code, pairs::ALL & !pairs::LOAD_UNPACK).unwrap();
        assert_eq!(q[1].op, Op::LoadFast);
        assert_eq!(q[2].op, Op::UnpackToLocals);
    }

    #[test]
    fn returns_and_is_tests_outrank_the_plain_pairs_before_them() {
        let code = ins(&[
            (Op::StoreFast, 0),
            (Op::LoadFast, 0),
            (Op::LoadConst, 0),
            (Op::IsOp, 0),
            (Op::PopJumpIfFalse, 9),
            (Op::LoadFast, 0),
            (Op::LoadFast, 1),
            (Op::LoadConst, 0),
            (Op::ReturnValue, 0),
            (Op::LoadGlobal, 0),
            (Op::CompareOp, 2),
            (Op::PopJumpIfFalse, 13),
            (Op::LoadFast, 0),
            (Op::ReturnValue, 0),
        ]);
        let q = quicken(&code, pairs::ALL | pairs::GLOBAL_COMPARE).unwrap();
        assert_eq!(
            ops(&q),
            [
                Op::StoreFast,
                Op::LoadFastIsConst,
                Op::LoadConstIsOp,
                Op::IsOp,
                Op::PopJumpIfFalse,
                Op::LoadFastLoadFast,
                Op::LoadFast,
                Op::ReturnConst,
                Op::ReturnValue,
                Op::LoadGlobalCompareOp,
                Op::CompareOp,
                Op::PopJumpIfFalse,
                Op::ReturnFast,
                Op::ReturnValue,
            ]
        );
        // Without the new kinds, the plain pairs as before.
        let q = quicken(
            &code,
            pairs::LOAD_LOAD | pairs::LOAD_CONST | pairs::STORE_LOAD,
        )
        .unwrap();
        assert_eq!(q[0].op, Op::StoreFastLoadFast);
        assert_eq!(q[1].op, Op::LoadFastLoadConst);
        assert_eq!(q[6].op, Op::LoadFastLoadConst);
        assert_eq!(q[12].op, Op::LoadFast);
    }

    #[test]
    fn refuses_code_that_already_holds_a_pair() {
        let code = ins(&[(Op::LoadFastLoadFast, 0), (Op::ReturnValue, 0)]);
        assert!(quicken(&code, pairs::ALL).is_none());
    }

    #[test]
    fn never_writes_a_pair_last() {
        let code = ins(&[(Op::LoadFast, 0), (Op::LoadFast, 1)]);
        let q = quicken(&code, pairs::ALL).unwrap();
        assert_eq!(ops(&q), [Op::LoadFastLoadFast, Op::LoadFast]);
    }
}
