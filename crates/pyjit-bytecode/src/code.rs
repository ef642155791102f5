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
    /// The members of an all-constant set display of more than two items, which CPython
    /// builds as a frozenset constant merged into a new set (that decides the set's order).
    FrozenSet(Vec<Const>),
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

    /// An upper bound on the value-stack depth of a frame running this code, starting at
    /// an empty stack: the most any instruction leaves (or holds while it runs), by the
    /// interpreter's own stack effects (`stack_effect`), merged as the maximum where paths
    /// join, with an exception handler entered one above its `SetupExcept`/`SetupWith`
    /// depth (`unwind` truncates to the block's depth and pushes the exception). `None` if
    /// the depths do not settle below `MAX_STACK_DEPTH` (a loop that grows the stack: a
    /// compiler bug). The interpreter reserves this much once per frame and pushes without
    /// a capacity check on that ground (`eval_loop`).
    ///
    /// The bound holds from any starting depth `d` too, shifted by `d`: the effects do not
    /// depend on the depth, except that popping an empty stack leaves it empty (the
    /// analysis clamps at zero the same way), so a stack entered at depth `d` above the
    /// analysed depth of its pc stays at most `d` above it.
    pub fn max_stack_depth(&self) -> Option<u32> {
        let n = self.instrs.len();
        let mut depth: Vec<Option<u32>> = vec![None; n];
        let mut work = Vec::new();
        let mut max = 0u32;
        let reach = |pc: usize, d: u32, depth: &mut Vec<Option<u32>>, work: &mut Vec<usize>| {
            if pc < n && depth[pc].is_none_or(|old| d > old) {
                depth[pc] = Some(d);
                work.push(pc);
            }
        };
        if n > 0 {
            reach(0, 0, &mut depth, &mut work);
        }
        while let Some(pc) = work.pop() {
            let d = depth[pc]?;
            let ins = self.instrs[pc];
            let (next, jump) = stack_effect(ins.op, ins.arg, d);
            for after in [next, jump.map(|(_, a)| a)].into_iter().flatten() {
                if after > MAX_STACK_DEPTH {
                    return None;
                }
                max = max.max(after);
            }
            max = max.max(d);
            if let Some(after) = next {
                reach(pc + 1, after, &mut depth, &mut work);
            }
            if let Some((target, after)) = jump {
                reach(target, after, &mut depth, &mut work);
            }
        }
        Some(max)
    }
}

/// The deepest value stack `CodeObject::max_stack_depth` accepts.
pub const MAX_STACK_DEPTH: u32 = 1 << 16;

/// The stack depth after instruction `op arg` runs from depth `d`, as the interpreter's
/// loop (`eval_loop`) does it: falling through (`None` if it never does: a return, a
/// raise, an unconditional jump) and at its jump target or exception handler. Popping an
/// empty stack leaves it empty (`Frame::pop`), hence the saturating subtractions. What an
/// instruction holds while it runs never exceeds the larger of its depths before and after
/// (the pops come first), except for what the `slack` of the reservation covers.
fn stack_effect(op: Op, arg: u32, d: u32) -> (Option<u32>, Option<(usize, u32)>) {
    use crate::opcode::{format_value, make_function};
    let a = arg;
    // Pop `k` and push `p`.
    let pp = |k: u32, p: u32| d.saturating_sub(k) + p;
    let next = match op {
        Op::Nop | Op::RotTwo | Op::RotThree => d,
        Op::PopTop => pp(1, 0),
        Op::DupTop => d + 1,
        Op::DupTopTwo => d + 2,
        Op::LoadConst
        | Op::LoadFast
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadGlobal
        | Op::LoadName
        | Op::LoadBuildClass
        | Op::LoadAssertionError
        | Op::ImportFrom => d + 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreGlobal | Op::StoreName => pp(1, 0),
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteGlobal | Op::DeleteName => d,
        Op::LoadAttr => pp(1, 1),
        Op::StoreAttr => pp(2, 0),
        Op::DeleteAttr => pp(1, 0),
        Op::LoadMethod => pp(1, 2),
        // Stack: callable, self-or-null, the arguments; the result replaces them all.
        Op::CallMethod => pp(a.saturating_add(2), 1),
        Op::BinaryOp | Op::InplaceOp | Op::CompareOp | Op::IsOp | Op::ContainsOp => pp(2, 1),
        Op::UnaryNeg | Op::UnaryPos | Op::UnaryNot | Op::UnaryInvert => pp(1, 1),
        Op::BinarySubscr => pp(2, 1),
        Op::StoreSubscr => pp(3, 0),
        Op::DeleteSubscr => pp(2, 0),
        Op::BuildSlice => pp(if a == 3 { 3 } else { 2 }, 1),
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => pp(a, 1),
        Op::BuildMap => pp(a.saturating_mul(2), 1),
        Op::ListAppend
        | Op::SetAdd
        | Op::ListExtend
        | Op::SetUpdate
        | Op::DictUpdate
        | Op::DictMerge => pp(1, 0),
        Op::MapAdd => pp(2, 0),
        Op::ListToTuple => pp(1, 1),
        Op::FormatValue => pp(1 + u32::from(a & format_value::HAS_SPEC != 0), 1),
        Op::Jump => return (None, Some((a as usize, d))),
        Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
            let after = pp(1, 0);
            return (Some(after), Some((a as usize, after)));
        }
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
            return (Some(pp(1, 0)), Some((a as usize, d)));
        }
        Op::GetIter | Op::GetYieldFromIter => pp(1, 1),
        // The next item on top of the iterator; when done, the iterator is popped (a
        // generator's return value is pushed first and popped with it).
        Op::ForIter => return (Some(d + 1), Some((a as usize, pp(1, 0)))),
        Op::UnpackSequence => pp(1, a),
        Op::UnpackEx => pp(1, (a & 0xff) + (a >> 8) + 1),
        // Stack: callable, the arguments.
        Op::Call => pp(a.saturating_add(1), 1),
        // Stack: callable, the arguments, the keyword names.
        Op::CallKw => pp(a.saturating_add(2), 1),
        Op::CallEx => pp(2 + (a & 1), 1),
        Op::MakeFunction => {
            let parts = [
                make_function::DEFAULTS,
                make_function::KWDEFAULTS,
                make_function::CLOSURE,
            ];
            let popped = 1 + parts.iter().filter(|&&p| a & p != 0).count() as u32;
            pp(popped, 1)
        }
        Op::ReturnValue | Op::Raise | Op::Reraise => return (None, None),
        // The handler runs with the exception pushed on the block's depth.
        Op::SetupExcept => return (Some(d), Some((a as usize, d + 1))),
        // The context manager is replaced by its `__exit__` (the block's depth), then what
        // `__enter__` returned is pushed.
        Op::SetupWith => {
            let block = pp(1, 1);
            return (Some(block + 1), Some((a as usize, block + 1)));
        }
        Op::PopBlock | Op::PopExcept => d,
        Op::JumpIfNotExcMatch => {
            let after = pp(1, 0);
            return (Some(after), Some((a as usize, after)));
        }
        Op::ImportName => pp(1, 1),
        Op::ImportStar => pp(1, 0),
        // Suspends with the yielded value on top; resumes with the sent value in its place.
        Op::YieldValue => d,
        // Re-runs itself while the sub-iterator yields (the sent value replacing the
        // yielded one); the sent value and the sub-iterator give way to the returned value.
        Op::YieldFrom => pp(2, 1),
        Op::WithExit => pp(1, 0),
        Op::WithExcept => pp(2, 0),
        Op::CallFrameDict => pp(1 + u32::from(a == 3), 1),
        Op::RotN => d,
        Op::MatchSequence | Op::MatchMapping | Op::GetLen | Op::MatchKeys => d + 1,
        Op::MatchClass => pp(3, 1),
        Op::CopyDictWithoutKeys => pp(2, 1),
        // Only in the interpreter's quickened copy, whose second instruction stays in place:
        // the effect of the first alone (the compiler never emits these).
        Op::LoadFastLoadFast
        | Op::LoadFastLoadConst
        | Op::ReturnFast
        | Op::ReturnConst
        | Op::LoadConstIsOp
        | Op::LoadFastIsConst
        | Op::LoadGlobalCompareOp
        | Op::LoadFastUnpackToLocals => d + 1,
        Op::StoreFastLoadFast => pp(1, 0),
        Op::UnpackToLocals => pp(1, a),
    };
    (Some(next), None)
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

    #[test]
    fn max_stack_depth_follows_both_paths_and_handlers() {
        // a + b * c: three deep.
        let c = code(&[
            (Op::LoadConst, 0),
            (Op::LoadConst, 0),
            (Op::LoadConst, 0),
            (Op::BinaryOp, 2),
            (Op::BinaryOp, 0),
            (Op::ReturnValue, 0),
        ]);
        assert_eq!(c.max_stack_depth(), Some(3));
        // A for loop: the iterator and its item; the exit pops the iterator.
        let c = code(&[
            (Op::LoadConst, 0),
            (Op::GetIter, 0),
            (Op::ForIter, 5),
            (Op::StoreFast, 0),
            (Op::Jump, 2),
            (Op::LoadConst, 0),
            (Op::ReturnValue, 0),
        ]);
        assert_eq!(c.max_stack_depth(), Some(2));
        // A handler starts one above its block's depth, here where two values sit.
        let c = code(&[
            (Op::LoadConst, 0),
            (Op::LoadConst, 0),
            (Op::SetupExcept, 5),
            (Op::PopBlock, 0),
            (Op::ReturnValue, 0),
            (Op::DupTop, 0),
            (Op::ReturnValue, 0),
        ]);
        assert_eq!(c.max_stack_depth(), Some(4));
        // Paths that join at different depths: the larger counts.
        let c = code(&[
            (Op::LoadConst, 0),
            (Op::JumpIfTrueOrPop, 3),
            (Op::LoadConst, 0),
            (Op::LoadConst, 0),
            (Op::ReturnValue, 0),
        ]);
        assert_eq!(c.max_stack_depth(), Some(2));
        // Pops of an empty stack leave it empty.
        assert_eq!(
            code(&[(Op::PopTop, 0), (Op::LoadConst, 0), (Op::ReturnValue, 0)]).max_stack_depth(),
            Some(1)
        );
    }

    #[test]
    fn max_stack_depth_rejects_a_loop_that_grows_the_stack() {
        let c = code(&[(Op::LoadConst, 0), (Op::Jump, 0)]);
        assert_eq!(c.max_stack_depth(), None);
    }
}
