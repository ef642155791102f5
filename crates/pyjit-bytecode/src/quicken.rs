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
    /// Every kind.
    pub const ALL: u32 = 7;
}

impl Op {
    /// Whether this is a pair opcode, which only `quicken` writes.
    pub fn is_superinstruction(self) -> bool {
        matches!(
            self,
            Op::LoadFastLoadFast | Op::LoadFastLoadConst | Op::StoreFastLoadFast
        )
    }
}

/// The pair opcode for `a` followed by `b`, if `kinds` fuses that pair.
fn pair(a: Op, b: Op, kinds: u32) -> Option<Op> {
    let (kind, op) = match (a, b) {
        (Op::LoadFast, Op::LoadFast) => (pairs::LOAD_LOAD, Op::LoadFastLoadFast),
        (Op::LoadFast, Op::LoadConst) => (pairs::LOAD_CONST, Op::LoadFastLoadConst),
        (Op::StoreFast, Op::LoadFast) => (pairs::STORE_LOAD, Op::StoreFastLoadFast),
        _ => return None,
    };
    (kinds & kind != 0).then_some(op)
}

/// The instructions the interpreter runs for `instrs`: the same instructions, with the first
/// of each fused pair replaced by its pair opcode (only opcodes change; arguments, jumps and
/// the length stay). A pair opcode is therefore never the last instruction, and its second
/// is the plain instruction after it. `None` if `instrs` already holds a pair opcode (not
/// compiler output; the interpreter then refuses the code).
///
/// Left plain: a `StoreFast` that an instruction before it already skips on its fast path
/// (right after a `ForIter`, among an `UnpackSequence`'s stores: those look for a plain
/// `StoreFast`), and a pair whose second `LoadFast` is followed by `LoadAttr` or `StoreAttr`
/// (that `LoadFast` has its own fusion with the attribute access on an instance, which the
/// pair would skip).
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
    for i in 0..n.saturating_sub(1) {
        let (a, b) = (instrs[i].op, instrs[i + 1].op);
        if absorbed[i]
            || (b == Op::LoadFast
                && instrs
                    .get(i + 2)
                    .is_some_and(|c| matches!(c.op, Op::LoadAttr | Op::StoreAttr)))
        {
            continue;
        }
        if let Some(p) = pair(a, b, kinds) {
            out[i].op = p;
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
                Op::LoadFast,
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
        let q = quicken(&code, pairs::ALL).unwrap();
        assert_eq!(q, code);
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
