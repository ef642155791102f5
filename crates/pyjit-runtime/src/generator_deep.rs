//! `next(g)` on a chain of generators delegating with `yield from` (branch `jit-gen`), for
//! the JIT's loops over generators (`pyjit-jit`'s `backend/gen.rs`) and the interpreter's
//! `ForIter` over a generator suspended at a `yield from` (`YieldFrom` itself does not use
//! it yet).
//!
//! Resuming `g` normally resumes every generator of the chain in turn: each frame runs its
//! `YieldFrom`, which resumes the next one, and each passes the innermost one's item back up
//! (a recursive in-order tree walk: one resumption per tree level per item). While every
//! level is suspended at a `YieldFrom` over a generator with `None` sent, that round trip
//! changes nothing in the outer frames: each comes back to the same `YieldFrom` with the
//! same stack. So the innermost generator is resumed directly, with the outer ones marked
//! running and the recursion depth they would add, and only when it *returns* or *raises*
//! are the outer frames resumed, one by one, exactly where their `YieldFrom` would have
//! gone on: past it with the returned value in the sub-generator's place, or raising the
//! exception at it (their traceback entries, handlers and `StopIteration` → `RuntimeError`
//! as when it runs). A frame suspended inside an `except` block (its handled exception
//! saved) ends the chain, as does a sub-iterator that is no generator.

use crate::error::PyResult;
use crate::generator::GenStep;
use crate::interp::frame::Frame;
use crate::object::Generator;
use crate::value::Value;
use crate::vm::Vm;
use pyjit_bytecode::Op;
use std::rc::Rc;

/// Longest chain resumed at its innermost generator (deeper levels are resumed normally by
/// the innermost one found).
const MAX_CHAIN: usize = 64;

/// The generator `g` delegates to, when `g` is suspended at a `YieldFrom` over one, with no
/// handled exception saved.
fn delegate_of(g: &Generator) -> Option<Rc<Generator>> {
    if g.running.get() {
        return None;
    }
    let frame = g.frame.take()?;
    let sub = suspended_delegate(&frame);
    g.frame.set(Some(frame));
    sub
}

/// `delegate_of` for a generator whose suspended `frame` has been taken out of it.
#[inline(always)]
fn suspended_delegate(frame: &Frame) -> Option<Rc<Generator>> {
    match frame.stack.last() {
        Some(Value::Generator(sub))
            if frame.pc > 0
                && frame.saved_exc.is_empty()
                && frame.code.instrs.get(frame.pc).map(|i| i.op) == Some(Op::YieldFrom) =>
        {
            Some(sub.clone())
        }
        _ => None,
    }
}

impl Vm {
    /// `ForIter`'s step over a generator, as `gen_next_into` (the item pushed on `stack`,
    /// or the return value and `false`), with a `yield from` chain resumed at its
    /// innermost generator. Out of line: the test in the evaluation loop itself moved
    /// its code (quick --jit=off +1.3% to +2.5% on benchmarks without generators).
    #[inline(never)]
    pub(crate) fn gen_for_iter(
        &mut self,
        g: &Rc<Generator>,
        stack: &mut Vec<Value>,
    ) -> PyResult<bool> {
        // The frame is taken out once, looked at, and resumed from here when it is not at
        // a `yield from` (`delegate_of` then `gen_next_into` took it and put it back
        // twice, a call level more: ~17 instructions per item).
        if g.running.get() {
            return self.gen_next_into(g, stack);
        }
        let Some(frame) = g.frame.take() else {
            return self.gen_next_into(g, stack);
        };
        let Some(sub) = suspended_delegate(&frame) else {
            return self.gen_next_into_taken(g, frame, stack);
        };
        g.frame.set(Some(frame));
        match self.next_deep_from(g, sub)? {
            Some(v) => {
                stack.push(v);
                Ok(true)
            }
            None => {
                stack.push(Value::None);
                Ok(false)
            }
        }
    }

    /// `next(g)` (`Ok(None)`: exhausted), resuming a `yield from` chain at its innermost
    /// generator (see the module comment). Same outcome as `generator_next`.
    /// The frame is taken out once, looked at and resumed from here when it is not at a
    /// `yield from`, as in `gen_for_iter` (`delegate_of` then `generator_next` took it and
    /// put it back twice: ~14 instructions per item of a JIT loop over a generator).
    pub fn generator_next_deep(&mut self, g: &Rc<Generator>) -> PyResult<Option<Value>> {
        if g.running.get() {
            return self.generator_next(g);
        }
        let Some(frame) = g.frame.take() else {
            return Ok(None);
        };
        let Some(sub) = suspended_delegate(&frame) else {
            return self.generator_next_taken(g, frame);
        };
        g.frame.set(Some(frame));
        self.next_deep_from(g, sub)
    }

    /// `generator_next_deep` of `g`, which delegates to `sub`. The chain of generators
    /// between `g` and the innermost one is kept in `Vm::gen_chain`, a vector reused from
    /// item to item: a new vector per item was a `malloc` and a `free` (~110 of the ~290
    /// instructions the skip cost on top of the innermost resumption).
    fn next_deep_from(&mut self, g: &Rc<Generator>, sub: Rc<Generator>) -> PyResult<Option<Value>> {
        // Each level is marked running as the walk passes it (one loop over the chain
        // less; `delegate_of` looks only at the levels below).
        let mut chain = std::mem::take(&mut self.gen_chain);
        g.running.set(true);
        chain.push(g.clone());
        let mut cur = sub;
        while chain.len() < MAX_CHAIN {
            let Some(sub) = delegate_of(&cur) else { break };
            cur.running.set(true);
            chain.push(std::mem::replace(&mut cur, sub));
        }
        // Near the recursion limit, let every level check it as it is resumed.
        if self.depth + chain.len() + 1 >= self.recursion_limit {
            for c in &chain {
                c.running.set(false);
            }
            chain.clear();
            self.keep_chain(chain);
            return self.generator_next(g);
        }
        self.depth += chain.len();
        let mut r = self.generator_step(&cur);
        drop(cur);
        loop {
            if let Ok(GenStep::Yielded(_)) = r {
                // The usual end: an item, and no level left to resume. The levels are
                // unmarked together instead of the item being moved down level by level.
                self.depth -= chain.len();
                for c in &chain {
                    c.running.set(false);
                }
                chain.clear();
                break;
            }
            let Some(parent) = chain.pop() else { break };
            self.depth -= 1;
            parent.running.set(false);
            r = match r {
                Ok(GenStep::Yielded(_)) => unreachable!("handled above"),
                Ok(GenStep::Returned(v)) => self.resume_delegator(&parent, Ok(v)),
                Err(e) => self.resume_delegator(&parent, Err(e)),
            };
        }
        self.keep_chain(chain);
        match r? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(_) => Ok(None),
        }
    }

    /// Give the (empty) chain vector back to `Vm::gen_chain`, unless a nested skip (a `for`
    /// over another chain inside the innermost generator) left a larger one there.
    #[inline(always)]
    fn keep_chain(&mut self, chain: Vec<Rc<Generator>>) {
        debug_assert!(chain.is_empty());
        if chain.capacity() > self.gen_chain.capacity() {
            self.gen_chain = chain;
        }
    }

    /// Resume `g`, suspended at a `YieldFrom` whose sub-generator just returned `Ok(v)` or
    /// raised `Err(e)`, as its `YieldFrom` goes on: past it with `v` in the sub-generator's
    /// place, or raising `e` there.
    fn resume_delegator(&mut self, g: &Rc<Generator>, sub: PyResult<Value>) -> PyResult<GenStep> {
        let Some(mut frame) = g.frame.take() else {
            // (Not reached: the chain's generators were marked running.)
            return sub.map(GenStep::Returned);
        };
        frame.pc += 1;
        g.running.set(true);
        self.depth += 1;
        let r = match sub {
            Ok(v) => {
                drop(frame.pop());
                frame.push(v);
                self.dispatch(&mut frame)
            }
            Err(e) => self.dispatch_raising(&mut frame, e),
        };
        self.depth -= 1;
        g.running.set(false);
        self.finish_resume(g, frame, r)
    }
}
