//! Jump clean-up after code generation: fewer instructions dispatched, same behaviour.
//!
//! The code generator emits jumps to jumps (the end of an `if` body inside a loop jumps to
//! the loop's back-edge; an `elif` condition's false exit lands on the jump over the `else`)
//! and branches over a single jump. `--stats` counted them in go: `Jump Jump` 2.9% and
//! `PopJumpIfFalse Jump` 2.4% of all executed instructions. Three rewrites, in order:
//!
//! 1. **Threading**: an instruction whose argument is a jump target and whose target is a
//!    *forward* `Jump` takes that jump's target instead. Backward jumps are left alone as
//!    targets: they are loop back-edges, where the interpreter counts loop heat and the JIT
//!    closes its traces, so every iteration must still run through them.
//! 2. **Branch inversion**: `PopJumpIfFalse L; Jump M; L:` becomes `PopJumpIfTrue M`
//!    (and the reverse) when `M` is forward; the `Jump` is left unreachable.
//! 3. **Deletion** of unreachable instructions, `Nop`s and jumps to the next instruction,
//!    with every jump target and the line table renumbered.
//!
//! Every argument of kind `ArgKind::Jump` is treated as a place control can go (so handler
//! targets of `SetupExcept`/`SetupWith` count as reachable), and only `Jump`,
//! `ReturnValue`, `Raise` and `Reraise` as ending their block: anything else is assumed to
//! fall through, which can only keep code, never remove live code.

use pyjit_bytecode::{ArgKind, CodeObject, Instr, Op};

/// Apply the three rewrites to `code` (its instructions and line table).
pub fn optimize(code: &mut CodeObject) {
    thread_jumps(&mut code.instrs);
    invert_branches(&mut code.instrs);
    delete_dead(code);
}

fn is_jump(i: &Instr) -> bool {
    i.op.arg_kind() == ArgKind::Jump
}

fn ends_block(op: Op) -> bool {
    matches!(op, Op::Jump | Op::ReturnValue | Op::Raise | Op::Reraise)
}

/// Where a jump to `t` really ends up: through forward `Jump`s only (each step moves
/// forward, so the walk ends).
fn final_target(instrs: &[Instr], mut t: usize) -> usize {
    while let Some(i) = instrs.get(t) {
        if i.op == Op::Jump && i.arg as usize > t {
            t = i.arg as usize;
        } else {
            break;
        }
    }
    t
}

fn thread_jumps(instrs: &mut [Instr]) {
    for at in 0..instrs.len() {
        if is_jump(&instrs[at]) {
            let t = final_target(instrs, instrs[at].arg as usize);
            instrs[at].arg = t as u32;
        }
    }
}

fn invert_branches(instrs: &mut [Instr]) {
    for at in 0..instrs.len().saturating_sub(1) {
        let (b, j) = (instrs[at], instrs[at + 1]);
        let inverse = match b.op {
            Op::PopJumpIfFalse => Op::PopJumpIfTrue,
            Op::PopJumpIfTrue => Op::PopJumpIfFalse,
            _ => continue,
        };
        // After threading no jump targets a forward `Jump`, so nothing else reaches `j`.
        if j.op == Op::Jump && b.arg as usize == at + 2 && j.arg as usize > at + 1 {
            instrs[at] = Instr {
                op: inverse,
                arg: j.arg,
            };
            instrs[at + 1] = Instr {
                op: Op::Nop,
                arg: 0,
            };
        }
    }
}

/// Which instructions control can reach from the first one.
fn reachable(instrs: &[Instr]) -> Vec<bool> {
    let mut seen = vec![false; instrs.len()];
    let mut work = vec![0usize];
    while let Some(at) = work.pop() {
        if at >= instrs.len() || seen[at] {
            continue;
        }
        seen[at] = true;
        let i = instrs[at];
        if is_jump(&i) {
            work.push(i.arg as usize);
        }
        if !ends_block(i.op) {
            work.push(at + 1);
        }
    }
    seen
}

fn delete_dead(code: &mut CodeObject) {
    loop {
        let instrs = &code.instrs;
        let live = reachable(instrs);
        let keep: Vec<bool> = (0..instrs.len())
            .map(|at| {
                let i = instrs[at];
                live[at]
                    && i.op != Op::Nop
                    && !(i.op == Op::Jump && next_live(&live, instrs, at) == i.arg as usize)
            })
            .collect();
        if keep.iter().all(|&k| k) {
            return;
        }
        // A deleted instruction's number goes to the next kept one: a `Nop` or a jump to
        // the next instruction falls through to it, and nothing jumps to unreachable code.
        let mut renumber = vec![0u32; instrs.len() + 1];
        let mut kept = 0u32;
        for at in 0..instrs.len() {
            renumber[at] = kept;
            if keep[at] {
                kept += 1;
            }
        }
        renumber[instrs.len()] = kept;
        let mut out = Vec::with_capacity(kept as usize);
        let mut lines = Vec::with_capacity(kept as usize);
        for (at, &k) in keep.iter().enumerate() {
            if k {
                let mut i = code.instrs[at];
                if is_jump(&i) {
                    i.arg = renumber[i.arg as usize];
                }
                out.push(i);
                lines.push(code.lines.get(at).copied().unwrap_or(0));
            }
        }
        code.instrs = out;
        code.lines = lines;
    }
}

/// The first instruction after `at` that is reachable (or the end).
fn next_live(live: &[bool], instrs: &[Instr], at: usize) -> usize {
    (at + 1..instrs.len())
        .find(|&k| live[k] && instrs[k].op != Op::Nop)
        .unwrap_or(instrs.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(instrs: &[(Op, u32)]) -> CodeObject {
        CodeObject {
            instrs: instrs.iter().map(|&(op, arg)| Instr { op, arg }).collect(),
            lines: (0..instrs.len() as u32).collect(),
            ..Default::default()
        }
    }

    fn ops(c: &CodeObject) -> Vec<(Op, u32)> {
        c.instrs.iter().map(|i| (i.op, i.arg)).collect()
    }

    #[test]
    fn threads_forward_jump_chains_but_not_through_back_edges() {
        // 0: ForIter exit 6; 2: if-body's end jumps to 4 (a Jump to the back-edge 5).
        let mut c = code(&[
            (Op::ForIter, 6),        // 0
            (Op::PopJumpIfFalse, 4), // 1
            (Op::LoadConst, 0),      // 2
            (Op::Jump, 4),           // 3  -> 4 -> (5 is a back-edge: stop at 5)
            (Op::Jump, 5),           // 4
            (Op::Jump, 0),           // 5  back-edge
            (Op::ReturnValue, 0),    // 6
        ]);
        thread_jumps(&mut c.instrs);
        assert_eq!(c.instrs[1].arg, 5);
        assert_eq!(c.instrs[3].arg, 5);
        assert_eq!(c.instrs[5].arg, 0);
    }

    #[test]
    fn inverts_a_branch_over_a_forward_jump() {
        let mut c = code(&[
            (Op::LoadFast, 0),       // 0
            (Op::PopJumpIfFalse, 3), // 1
            (Op::Jump, 5),           // 2
            (Op::LoadConst, 0),      // 3
            (Op::PopTop, 0),         // 4
            (Op::LoadConst, 0),      // 5
            (Op::ReturnValue, 0),    // 6
        ]);
        optimize(&mut c);
        assert_eq!(
            ops(&c),
            vec![
                (Op::LoadFast, 0),
                (Op::PopJumpIfTrue, 4),
                (Op::LoadConst, 0),
                (Op::PopTop, 0),
                (Op::LoadConst, 0),
                (Op::ReturnValue, 0),
            ]
        );
        assert_eq!(c.lines, vec![0, 1, 3, 4, 5, 6]);
    }

    #[test]
    fn keeps_a_branch_over_a_back_edge() {
        let src = [
            (Op::ForIter, 4),        // 0
            (Op::PopJumpIfFalse, 3), // 1
            (Op::Jump, 0),           // 2  back-edge (`continue`)
            (Op::Jump, 0),           // 3  back-edge
            (Op::LoadConst, 0),      // 4
            (Op::ReturnValue, 0),    // 5
        ];
        let mut c = code(&src);
        optimize(&mut c);
        assert_eq!(ops(&c), src.to_vec());
    }

    #[test]
    fn deletes_unreachable_code_and_jumps_to_the_next_instruction() {
        let mut c = code(&[
            (Op::LoadFast, 0),    // 0
            (Op::PopTop, 0),      // 1
            (Op::Jump, 3),        // 2  to the next instruction
            (Op::SetupExcept, 7), // 3  handler at 7
            (Op::LoadConst, 0),   // 4
            (Op::ReturnValue, 0), // 5
            (Op::LoadConst, 1),   // 6  unreachable
            (Op::PopTop, 0),      // 7  handler
            (Op::LoadConst, 0),   // 8
            (Op::ReturnValue, 0), // 9
        ]);
        optimize(&mut c);
        assert_eq!(
            ops(&c),
            vec![
                (Op::LoadFast, 0),
                (Op::PopTop, 0),
                (Op::SetupExcept, 5),
                (Op::LoadConst, 0),
                (Op::ReturnValue, 0),
                (Op::PopTop, 0),
                (Op::LoadConst, 0),
                (Op::ReturnValue, 0),
            ]
        );
        assert_eq!(c.lines, vec![0, 1, 3, 4, 5, 7, 8, 9]);
    }
}
