//! The entry trampoline: run a compiled trace on an interpreter frame and apply its exit.
//!
//! Before calling the code it checks what the trace assumes but does not check itself: the
//! operand stack has the loop header's depth, the frame has the locals the trace touches, and
//! each `range` iterator the trace steps is one (with the step it was recorded with). It
//! copies the iterators' `next`/`stop` into `ctx`, calls the code, copies `next` back, pushes
//! the exit snapshot's stack entries and sets `f.pc`. Tag checks on locals are the trace's
//! own guards.

use super::{Compiled, TAG_BOOL, TAG_FLOAT, TAG_INT};
use crate::ir::{Slot, Type};
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::object::IterState;
use pyjit_runtime::Value;

/// What a trace requires of the frame it enters.
#[derive(Clone, Debug, Default)]
pub struct EntryReq {
    /// `f.stack.len()` at the loop header.
    pub stack_depth: usize,
    /// One more than the highest local index the trace reads or writes.
    pub min_locals: usize,
    /// Stack index and recorded step of each range iterator the trace uses.
    pub iters: Vec<(u32, i64)>,
    /// Locals the trace's preamble checks the type of, with that type.
    pub local_types: Vec<(u32, Type)>,
}

impl EntryReq {
    /// Does `f` meet the requirements (so that the trace's entry checks will pass)?
    pub fn fits(&self, f: &Frame) -> bool {
        if f.stack.len() != self.stack_depth || f.fast.len() < self.min_locals {
            return false;
        }
        let types_ok = self.local_types.iter().all(|&(n, ty)| {
            matches!(
                (f.fast.get(n as usize), ty),
                (Some(Value::Int(_)), Type::Int)
                    | (Some(Value::Float(_)), Type::Float)
                    | (Some(Value::Bool(_)), Type::Bool)
            )
        });
        types_ok
            && self.iters.iter().all(|&(d, step)| {
                f.stack
                    .get(d as usize)
                    .and_then(|v| range_state(v, step))
                    .is_some()
            })
    }
}

/// How a trace run ended.
#[derive(Clone, Copy, Debug)]
pub struct ExitInfo {
    /// The snapshot whose guard failed.
    pub exit: usize,
    /// Completed loop iterations.
    pub iterations: u64,
}

fn range_state(v: &Value, step_wanted: i64) -> Option<(i64, i64)> {
    let Value::Iter(it) = v else { return None };
    let st = it.state.try_borrow().ok()?;
    match *st {
        IterState::Range { next, stop, step } if step == step_wanted => Some((next, stop)),
        _ => None,
    }
}

/// Run `c` on `f`. `None` if the frame does not meet the trace's requirements (nothing was
/// run and `f` is unchanged).
pub fn enter(c: &mut Compiled, req: &EntryReq, f: &mut Frame) -> Option<ExitInfo> {
    if f.stack.len() != req.stack_depth || f.fast.len() < req.min_locals {
        return None;
    }
    for (i, slot) in c.ctx_slots.iter().enumerate() {
        let d = match *slot {
            Slot::IterNext(d) | Slot::IterStop(d) => d,
            Slot::Local(_) => return None,
        };
        let step = req.iters.iter().find(|(s, _)| *s == d)?.1;
        let (next, stop) = range_state(f.stack.get(d as usize)?, step)?;
        c.ctx[1 + i] = match slot {
            Slot::IterNext(_) => next as u64,
            _ => stop as u64,
        };
    }
    let locals = f.fast.as_mut_ptr() as *mut u8;
    // SAFETY: `locals` points to `f.fast`, at least `req.min_locals` initialized `Value`s
    // (checked above), and nothing else can access the frame while the trace runs (we hold
    // `&mut Frame`, and trace code calls nothing). The trace reads tag bytes and payloads at
    // the documented `Value` layout (verified at start-up by `value_layout_ok`), and writes
    // only int/float/bool tag+payload pairs into slots it has checked hold no heap object, so
    // every `Value` stays valid and no reference count is skipped. `ctx` is a live buffer of
    // `c.ctx.len()` words, sized by the backend for every index the code uses.
    let exit = unsafe { (c.func)(locals, c.ctx.as_mut_ptr()) } as usize;
    for (i, slot) in c.ctx_slots.iter().enumerate() {
        if let Slot::IterNext(d) = *slot {
            if let Some(Value::Iter(it)) = f.stack.get(d as usize) {
                if let IterState::Range { next, .. } = &mut *it.state.borrow_mut() {
                    *next = c.ctx[1 + i] as i64;
                }
            }
        }
    }
    let desc = c.exits.get(exit)?;
    f.pc = desc.pc as usize;
    for (j, ty) in desc.stack.iter().enumerate() {
        let bits = c.ctx[c.stack_base + j];
        f.stack.push(match ty {
            Type::Int => Value::Int(bits as i64),
            Type::Float => Value::Float(f64::from_bits(bits)),
            _ => Value::Bool(bits & 0xff != 0),
        });
    }
    Some(ExitInfo {
        exit,
        iterations: c.ctx[0],
    })
}

/// Run `c` on a bare locals array (no iterators, no stack): for backend tests.
#[cfg(test)]
pub(crate) fn run_on_locals(c: &mut Compiled, locals: &mut [Value]) -> ExitInfo {
    assert!(c.ctx_slots.is_empty(), "test traces use no iterators");
    // SAFETY: as in `enter`: `locals` is a live, exclusively borrowed array of initialized
    // values; test traces index only locals that exist.
    let exit = unsafe { (c.func)(locals.as_mut_ptr() as *mut u8, c.ctx.as_mut_ptr()) } as usize;
    ExitInfo {
        exit,
        iterations: c.ctx[0],
    }
}

/// The tag byte of a value.
fn tag_of(v: &Value) -> u8 {
    // SAFETY: `Value` is `#[repr(C, u8)]`, so its first byte is the initialized tag.
    unsafe { *(v as *const Value as *const u8) }
}

/// The 8 bytes at offset 8 of a value whose payload is an i64, f64 or pointer.
fn payload_of(v: &Value) -> u64 {
    // SAFETY: for `#[repr(C, u8)]` the payload union starts at offset 8 (alignment of its
    // largest 8-byte member); callers pass only Int and Float values, whose 8 payload bytes
    // are initialized. The read is 8-aligned because `Value` is.
    unsafe { *((v as *const Value as *const u8).add(8) as *const u64) }
}

/// Does `Value` have the layout the generated code assumes? Checked once when the JIT is
/// created; if not, the JIT disables itself instead of running wrong code.
pub fn value_layout_ok() -> bool {
    let b = Value::Bool(true);
    // SAFETY: as in `payload_of`; a bool payload is its first byte at offset 8.
    let bool_byte = unsafe { *(&b as *const Value as *const u8).add(8) };
    std::mem::size_of::<Value>() == 16
        && std::mem::align_of::<Value>() == 8
        && tag_of(&Value::Null) == 0
        && tag_of(&Value::None) == 1
        && tag_of(&b) == TAG_BOOL
        && bool_byte == 1
        && tag_of(&Value::Int(0)) == TAG_INT
        && tag_of(&Value::Float(0.0)) == TAG_FLOAT
        && payload_of(&Value::Int(-5)) == (-5i64) as u64
        && payload_of(&Value::Float(2.5)) == 2.5f64.to_bits()
        && tag_of(&Value::str("x")) > super::TAG_PLAIN_MAX
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_layout_matches_the_backend() {
        assert!(super::value_layout_ok());
    }
}
