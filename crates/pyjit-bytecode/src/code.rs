//! Code objects: the compiled form of a module, function, class body or comprehension.

use crate::opcode::{ArgKind, Op};
use num_bigint::BigInt;
use std::rc::Rc;

/// One instruction: an opcode and a 32-bit argument whose meaning the opcode table gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// Compile-time constants.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(Rc<str>),
    Tuple(Vec<Const>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

/// Properties of a code object.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// Module and class bodies: names live in a dictionary, not in fast locals.
    pub uses_name_dict: bool,
}

/// A compiled unit of code.
#[derive(Clone, Debug, Default)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (parallel to `instrs`).
    pub lines: Vec<u32>,
    pub consts: Vec<Const>,
    pub names: Vec<Rc<str>>,
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then others.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner functions; they live in cells.
    pub cellvars: Vec<Rc<str>>,
    /// Variables of enclosing functions used here.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, the parameter's fast-local index.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
}

impl CodeObject {
    /// Source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// Name of cell-or-free slot `i` (cellvars first, then freevars).
    pub fn cell_name(&self, i: usize) -> &str {
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }

    /// Total number of parameters bound to fast locals.
    pub fn total_params(&self) -> usize {
        (self.argcount
            + self.kwonlyargcount
            + u32::from(self.flags.varargs)
            + u32::from(self.flags.varkeywords)) as usize
    }

    /// Whether control cannot leave the instructions: every jump targets an instruction,
    /// and the last instruction never falls through (it returns, raises or jumps). Then
    /// a program counter that starts on an instruction stays on one — the interpreter reads
    /// instructions without a bounds check on that ground (`eval_loop`).
    pub fn control_stays_inside(&self) -> bool {
        let n = self.instrs.len();
        let last_ends = self
            .instrs
            .last()
            .is_some_and(|i| matches!(i.op, Op::ReturnValue | Op::Jump | Op::Raise | Op::Reraise));
        last_ends
            && self
                .instrs
                .iter()
                .all(|i| i.op.arg_kind() != ArgKind::Jump || (i.arg as usize) < n)
    }

    /// Whether every constant, name and local-variable argument indexes its table
    /// (`consts`, `names`, `varnames`). The interpreter reads those tables, and a frame's
    /// locals (at least `varnames.len()` of them, checked at entry), without a bounds check
    /// on that ground (`eval_loop`).
    pub fn args_in_range(&self) -> bool {
        self.instrs.iter().all(|i| {
            let a = i.arg as usize;
            match i.op.arg_kind() {
                ArgKind::Const => a < self.consts.len(),
                ArgKind::Name => a < self.names.len(),
                ArgKind::Local => a < self.varnames.len(),
                _ => true,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(instrs: &[(Op, u32)]) -> CodeObject {
        CodeObject {
            instrs: instrs.iter().map(|&(op, arg)| Instr { op, arg }).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn control_stays_inside_accepts_jumps_to_instructions_and_a_final_return() {
        let c = code(&[
            (Op::LoadConst, 0),
            (Op::PopJumpIfFalse, 3),
            (Op::Jump, 0),
            (Op::ReturnValue, 0),
        ]);
        assert!(c.control_stays_inside());
        assert!(code(&[(Op::Jump, 0)]).control_stays_inside());
        assert!(code(&[(Op::LoadConst, 0), (Op::Raise, 1)]).control_stays_inside());
    }

    #[test]
    fn control_stays_inside_rejects_escapes() {
        // A jump past the end.
        assert!(!code(&[(Op::ForIter, 2), (Op::ReturnValue, 0)]).control_stays_inside());
        // A last instruction that falls through.
        assert!(!code(&[(Op::LoadConst, 0), (Op::PopTop, 0)]).control_stays_inside());
        // No instructions at all.
        assert!(!code(&[]).control_stays_inside());
    }

    #[test]
    fn args_in_range_checks_each_table() {
        let mut c = code(&[(Op::LoadConst, 0), (Op::LoadFast, 1), (Op::LoadAttr, 0)]);
        assert!(!c.args_in_range());
        c.consts.push(Const::None);
        c.varnames = vec!["a".into(), "b".into()];
        assert!(!c.args_in_range());
        c.names.push("x".into());
        assert!(c.args_in_range());
        // Arguments of other kinds (counts, jumps, cells) are not table indexes here.
        assert!(code(&[(Op::CallMethod, 7), (Op::Jump, 9)]).args_in_range());
    }
}
