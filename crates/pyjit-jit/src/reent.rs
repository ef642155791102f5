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
use crate::jit::TraceRec;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::Value;

/// A suspended activation's state of a trace and its side traces (kept for reuse: its
/// vectors keep their capacity).
///
/// The live `ctx` words (`TraceRec::ctx_words`): the loop trace's iteration count and
/// iterator words, `ctx[..stack_base]` (the exit stack area after them is written by an
/// exit stub and read by the trampoline after the code returned, never live across a helper
/// call), and those of the side traces that have iterator words. Once for the whole tree:
/// the `locals` and `frame` of the trace's `TraceRt`, which every side trace's `rt` names
/// too (`Jit::enter` sets them all to the frame it enters on, and a trampoline side trace
/// runs on the same frame). A `TraceRt`'s `deferred` objects, when it has any, go to
/// `deferred` with the trace's index. (Its `pending` is always empty in a suspended
/// activation: a residual call's outcome waits there only between the helper's return and
/// the exit it fails to.)
pub(crate) struct Saved {
    words: Vec<u64>,
    /// Entries of `ctx_words` whose words `words` holds (side traces attached since come
    /// after them).
    traces: usize,
    locals: *mut Value,
    frame: *const Frame,
    deferred: Vec<(usize, Vec<Value>)>,
}

impl Default for Saved {
    fn default() -> Saved {
        Saved {
            words: Vec::new(),
            traces: 0,
            locals: std::ptr::null_mut(),
            frame: std::ptr::null(),
            deferred: Vec::new(),
        }
    }
}

impl Saved {
    /// Move the state of `tr`'s running activation out of its buffers.
    pub(crate) fn take(&mut self, tr: &mut TraceRec) {
        self.words.clear();
        if let Some(c) = tr.compiled.as_mut() {
            let rt: &mut TraceRt = &mut c.rt;
            self.locals = rt.locals;
            self.frame = rt.frame;
            take_deferred(&mut self.deferred, 0, rt);
        }
        let (rts, ctxs) = tr.reent_parts();
        self.traces = ctxs.len();
        for &(p, n) in ctxs {
            self.words.reserve(n);
            for i in 0..n {
                // SAFETY: `ctx_words` holds the `ctx` buffers of the trace and its side
                // traces alive in `sides` with their `stack_base`s, at most their lengths
                // (`TraceRec::sides_changed`); no code runs here that writes them.
                self.words.push(unsafe { *p.add(i) });
            }
        }
        for (k, &rt) in rts.iter().enumerate() {
            // SAFETY: `side_rts` holds the `rt`s of the side traces alive in `sides`
            // (boxed in their `Compiled`s); nothing else refers to them here.
            take_deferred(&mut self.deferred, k + 1, unsafe { &mut *rt });
        }
    }

    /// Put the state `take` saved back into `tr`'s buffers. Side traces attached since
    /// `take` (at the end of `sides`) were not used by the saved activation: their `ctx` is
    /// left alone, but their `rt` is pointed at its frame too, since its code may jump into
    /// theirs through the links made meanwhile. None was removed (a trace is not discarded
    /// while an activation is suspended in it).
    pub(crate) fn put_back(&mut self, tr: &mut TraceRec) {
        let (locals, frame) = (self.locals, self.frame);
        if let Some(c) = tr.compiled.as_mut() {
            reset_rt(&mut c.rt, locals, frame);
        }
        let (rts, ctxs) = tr.reent_parts();
        let mut at = 0;
        for &(p, n) in ctxs.iter().take(self.traces) {
            for (i, &w) in self.words[at..at + n].iter().enumerate() {
                // SAFETY: as in `take` (the same buffers: none was dropped since).
                unsafe { *p.add(i) = w };
            }
            at += n;
        }
        debug_assert_eq!(at, self.words.len());
        for &rt in rts {
            // SAFETY: as in `take`.
            reset_rt(unsafe { &mut *rt }, locals, frame);
        }
        // A side trace attached since `take` may not have the VM and JIT set: the next
        // entry sets them all (`Jit::enter`).
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

/// Move `rt`'s `deferred` objects (of trace `k`: 0 the loop's, `1 + i` side trace `i`)
/// into `saved`, if it has any.
#[inline(always)]
fn take_deferred(saved: &mut Vec<(usize, Vec<Value>)>, k: usize, rt: &mut TraceRt) {
    debug_assert!(rt.pending.is_none());
    if !rt.deferred.is_empty() {
        saved.push((k, std::mem::take(&mut rt.deferred)));
    }
}

/// Point `rt` at the suspended activation's frame again. Whatever the inner activations
/// left in it (normally nothing: their exits release their objects and take their
/// outcomes) is theirs, not the outer one's.
#[inline(always)]
fn reset_rt(rt: &mut TraceRt, locals: *mut Value, frame: *const Frame) {
    rt.locals = locals;
    rt.frame = frame;
    if !rt.deferred.is_empty() {
        rt.deferred.clear();
    }
    if rt.pending.is_some() {
        rt.pending = None;
    }
}
