//! Re-entrant traces: a loop's trace whose residual call runs the same loop again
//! (recursion: nqueens' `place`, hexiom's `search`).
//!
//! A running trace keeps mutable state outside its machine-code frame: the words of its
//! `ctx` (iteration count, iterator words, the exit stack area) and its `TraceRt`'s frame
//! pointers, deferred releases and pending call outcome — and so do its side traces, which
//! it may be running in. Spilled values and the iteration counter are on the machine stack
//! and in callee-saved registers, which a nested call preserves by itself. So when the loop
//! comes round again inside a residual call of its running trace, the JIT saves that state
//! (`Saved::take`), runs the loop's trace for the inner activation with the same code and
//! buffers, and puts the outer activation's state back (`Saved::put_back`) before the
//! residual call returns to the outer machine code. No copy of the code is made.
//!
//! While an outer activation is suspended in the trace's code (`TraceRec::reentered`), the
//! inner ones must not free that code: a trace is not discarded then (its exit rules fire
//! again at a later exit of the outermost activation). Side traces may still be attached —
//! pushing onto `TraceRec::sides` moves the `SideRec`s, but not the code, `ctx` and `rt`
//! that the suspended machine code uses — except while an outer activation is inside a
//! trampoline side trace (`TraceRec::tramp_runs`), whose Rust frames hold references into
//! `sides`.

use crate::backend::helpers::TraceRt;
use crate::backend::Compiled;
use crate::jit::TraceRec;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::Value;

/// A suspended activation's state of a trace and its side traces (kept for reuse: its
/// vectors keep their capacity).
///
/// Per compiled trace (the loop trace, then each side trace in order): the live `ctx`
/// words — the iteration count and the iterator words, `ctx[..stack_base]` (the exit stack
/// area after them is written by an exit stub and read by the trampoline after the code
/// returned, never live across a helper call) — and its `TraceRt`'s `locals` and `frame`.
/// Its `deferred` objects, when it has any, go to `deferred` with the trace's index. (Its
/// `pending` is always empty in a suspended activation: a residual call's outcome waits
/// there only between the helper's return and the exit it fails to.)
#[derive(Default)]
pub(crate) struct Saved {
    words: Vec<u64>,
    deferred: Vec<(usize, Vec<Value>)>,
}

impl Saved {
    /// Move the state of `tr`'s running activation out of its buffers.
    pub(crate) fn take(&mut self, tr: &mut TraceRec) {
        self.words.clear();
        if let Some(c) = tr.compiled.as_mut() {
            self.take_one(0, c);
        }
        for (k, s) in tr.sides.iter_mut().enumerate() {
            self.take_one(k + 1, &mut s.compiled);
        }
    }

    #[inline(always)]
    fn take_one(&mut self, k: usize, c: &mut Compiled) {
        // Word by word: the slices are a few words long, shorter than a `memcpy` call.
        for &w in &c.ctx[..c.stack_base] {
            self.words.push(w);
        }
        let rt: &mut TraceRt = &mut c.rt;
        debug_assert!(rt.pending.is_none());
        self.words.push(rt.locals as u64);
        self.words.push(rt.frame as u64);
        if !rt.deferred.is_empty() {
            self.deferred.push((k, std::mem::take(&mut rt.deferred)));
        }
    }

    /// Put the state `take` saved back into `tr`'s buffers. Side traces attached since
    /// `take` (at the end of `sides`) were not used by the saved activation and are left
    /// alone; none was removed (a trace is not discarded while an activation is suspended
    /// in it).
    pub(crate) fn put_back(&mut self, tr: &mut TraceRec) {
        let mut at = 0;
        if let Some(c) = tr.compiled.as_mut() {
            put_one(&self.words, &mut at, c);
        }
        for s in tr.sides.iter_mut() {
            if at == self.words.len() {
                break;
            }
            put_one(&self.words, &mut at, &mut s.compiled);
        }
        debug_assert_eq!(at, self.words.len());
        // A side trace attached since `take` was set for the inner activation's frame, not
        // the outer one's: the next entry sets them all (`Jit::enter`).
        tr.sides_bound = false;
        for (k, d) in self.deferred.drain(..) {
            let c = match k {
                0 => tr.compiled.as_mut(),
                _ => tr.sides.get_mut(k - 1).map(|s| &mut s.compiled),
            };
            if let Some(c) = c {
                drop(std::mem::replace(&mut c.rt.deferred, d));
            }
        }
    }
}

#[inline(always)]
fn put_one(words: &[u64], at: &mut usize, c: &mut Compiled) {
    let n = c.stack_base;
    let w = &words[*at..*at + n + 2];
    *at += n + 2;
    for (d, &s) in c.ctx[..n].iter_mut().zip(w) {
        *d = s;
    }
    let rt: &mut TraceRt = &mut c.rt;
    rt.locals = w[n] as *mut Value;
    rt.frame = w[n + 1] as *const Frame;
    // Whatever the inner activations left here (normally nothing: their exits release
    // their objects and take their outcomes) is theirs, not the outer one's.
    if !rt.deferred.is_empty() {
        rt.deferred.clear();
    }
    if rt.pending.is_some() {
        rt.pending = None;
    }
}
