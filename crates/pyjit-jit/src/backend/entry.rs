//! The entry trampoline: run a compiled trace on an interpreter frame and apply its exit.
//!
//! Before calling the code it checks what the trace assumes but does not check itself: the
//! operand stack has the loop header's depth, the frame has the locals the trace touches, and
//! each `range` iterator the trace steps is one (with the step it was recorded with). It
//! copies the iterators' `next`/`stop` into `ctx`, calls the code, copies `next` back, pushes
//! the exit snapshot's stack entries and sets `f.pc`. Tag checks on locals are the trace's
//! own guards.

use super::{Compiled, TAG_BOOL, TAG_FLOAT, TAG_INT};
use crate::ir::{Slot, Type, TAG_NAMES};
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::jit_hook::{Resume, ResumeCall};
use pyjit_runtime::object::IterState;
use pyjit_runtime::Value;

/// What a trace requires of the frame it enters.
#[derive(Clone, Debug, Default)]
pub struct EntryReq {
    /// `f.stack.len()` at the loop header.
    pub stack_depth: usize,
    /// One more than the highest local index the trace reads or writes.
    pub min_locals: usize,
    /// Stack index and kind of each iterator the trace steps.
    pub iters: Vec<(u32, IterKind)>,
    /// Locals the trace's preamble checks the type of, with that type.
    pub local_types: Vec<(u32, Type)>,
    /// The trace (or a side trace of it) makes residual calls: each iterator it steps must
    /// be referenced by the frame's stack alone. The trace keeps the iterator's position in
    /// `ctx` and writes it back at the exit, so a callee stepping the same iterator
    /// (`for x in it: f(it)`, `it` a local or global) would have its steps overwritten.
    pub unique_iters: bool,
    /// Iterations per entry the trace must average to be kept (see `jit::min_progress`).
    pub min_progress: u64,
    /// Per iterator of `iters`: its stack index and kind, and the `ctx` indices of its
    /// `next` word and of its `stop`/`seq` word (0: none). Filled by `plan` once the trace
    /// is compiled; `None` if a `ctx` word is not an iterator's of `iters` (never entered).
    pub words: Option<Vec<(u32, IterKind, usize, usize)>>,
    /// The jump target of the loop header's `ForIter` (0: the header is not a `ForIter`),
    /// for `jit::fast::leave_exhausted`.
    pub for_end: usize,
    /// `local_types` as the tag byte each local must have (`TAG_NONE_FITS` for a type no
    /// value has), for `prepare`. Filled by `plan`.
    pub tags: Vec<(u32, u8)>,
}

/// A tag byte no `Value` has: a local whose type can never fit (`EntryReq::tags`).
const TAG_NONE_FITS: u8 = u8::MAX;

impl EntryReq {
    /// Does `f` meet the requirements (so that the trace's entry checks will pass)?
    pub fn fits(&self, f: &Frame) -> bool {
        self.frame_fits(f)
            && self.iters.iter().all(|&(d, kind)| {
                let v = f.stack.get(d as usize);
                v.and_then(|v| iter_state(v, kind)).is_some() && self.iter_unique(v)
            })
    }

    /// The checks of `fits` on the frame's stack depth and locals.
    #[inline(always)]
    fn frame_fits(&self, f: &Frame) -> bool {
        f.stack.len() == self.stack_depth
            && f.fast.len() >= self.min_locals
            && self.local_types.iter().all(|&(n, ty)| {
                let Some(v) = f.fast.get(n as usize) else {
                    return false;
                };
                let tag = tag_of(v);
                match ty {
                    Type::Int => tag == TAG_INT,
                    Type::Float => tag == TAG_FLOAT,
                    Type::Bool => tag == TAG_BOOL,
                    Type::Obj(t) => tag == t,
                    _ => false,
                }
            })
    }

    #[inline(always)]
    fn iter_unique(&self, v: Option<&Value>) -> bool {
        !self.unique_iters
            || matches!(v, Some(Value::Iter(it)) if std::rc::Rc::strong_count(it) == 1)
    }

    /// Fill `words` for `c`, this requirement's compiled trace.
    pub fn plan(&mut self, c: &Compiled) {
        let mut words = Vec::new();
        let mut filled = 0;
        for &(d, kind) in &self.iters {
            let (mut next, mut other) = (0, 0);
            for (i, slot) in c.ctx_slots.iter().enumerate() {
                match *slot {
                    Slot::IterNext(s) if s == d => next = 1 + i,
                    Slot::IterStop(s) | Slot::IterSeq(s) if s == d => other = 1 + i,
                    _ => continue,
                }
                filled += 1;
            }
            words.push((d, kind, next, other));
        }
        // Every `ctx` word must be an iterator's (as `call` requires).
        self.words = (filled == c.ctx_slots.len()).then_some(words);
        self.tags = self
            .local_types
            .iter()
            .map(|&(n, ty)| {
                let tag = match ty {
                    Type::Int => TAG_INT,
                    Type::Float => TAG_FLOAT,
                    Type::Bool => TAG_BOOL,
                    Type::Obj(t) => t,
                    _ => TAG_NONE_FITS,
                };
                (n, tag)
            })
            .collect();
    }

    /// `fits`, and if so fill `c`'s `ctx` for an entry (`call_prepared`): one pass over
    /// the frame, one borrow of each iterator. `c` is this requirement's trace (`plan`),
    /// not running. Inlined into the JIT's entry path: it runs on every trace entry.
    #[inline(always)]
    pub fn prepare(&self, c: &mut Compiled, f: &Frame) -> bool {
        let Some(words) = &self.words else {
            return false;
        };
        if f.stack.len() != self.stack_depth || f.fast.len() < self.min_locals {
            return false;
        }
        // (`tags` holds what `frame_fits` checks `local_types` for, planned.)
        for &(n, tag) in &self.tags {
            match f.fast.get(n as usize) {
                Some(v) if tag_of(v) == tag => {}
                _ => return false,
            }
        }
        for &(d, kind, next_at, other_at) in words {
            let v = f.stack.get(d as usize);
            let Some((next, other)) = v.and_then(|v| iter_state(v, kind)) else {
                return false;
            };
            if !self.iter_unique(v) {
                return false;
            }
            // (Index 0 is the iteration count, which `call_prepared` sets: a word the
            // trace does not use lands there.)
            c.ctx[next_at] = next;
            c.ctx[other_at] = other;
        }
        true
    }

    /// Copy the `next` words of `c` (this requirement's trace, just run on `f`) back into
    /// the iterators, by the plan.
    #[inline(always)]
    pub fn copy_back(&self, c: &Compiled, f: &mut Frame) {
        let Some(words) = &self.words else { return };
        for &(d, _, next_at, _) in words {
            if next_at == 0 {
                continue;
            }
            if let Some(Value::Iter(it)) = f.stack.get(d as usize) {
                match &mut *it.state.borrow_mut() {
                    IterState::Range { next, .. } => *next = c.ctx[next_at] as i64,
                    IterState::List { index, .. } | IterState::Tuple { index, .. } => {
                        *index = c.ctx[next_at] as usize
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The kind of iterator a `for` loop's trace steps.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    /// A `range` iterator with this step: `iter.next`/`iter.stop` are its fields.
    Range(i64),
    /// A list or tuple iterator: `iter.next` is the index, `iter.seq` the sequence.
    List,
    Tuple,
}

/// How a trace run ended.
pub struct ExitInfo {
    /// The snapshot whose guard failed.
    pub exit: usize,
    /// Completed loop iterations.
    pub iterations: u64,
    /// An inlined call to finish in the interpreter before going on at `f.pc`, or a residual
    /// call's outcome to push or raise there.
    pub resume: Option<Resume>,
}

/// The iterator's (next, stop) for a range, (index, sequence payload) for a list or tuple.
#[inline(always)]
fn iter_state(v: &Value, kind: IterKind) -> Option<(u64, u64)> {
    let Value::Iter(it) = v else { return None };
    let st = it.state.try_borrow().ok()?;
    match (&*st, kind) {
        (IterState::Range { next, stop, step }, IterKind::Range(s)) if *step == s => {
            Some((*next as u64, *stop as u64))
        }
        (IterState::List { list, index }, IterKind::List) if matches!(list, Value::List(_)) => {
            Some((*index as u64, payload_bits(list)))
        }
        (IterState::Tuple { tuple, index }, IterKind::Tuple)
            if matches!(tuple, Value::Tuple(_)) =>
        {
            Some((*index as u64, payload_bits(tuple)))
        }
        _ => None,
    }
}

/// Check the requirements, fill `ctx` and call the code; the raw exit code it returned
/// (`super::exit_code`); for trampoline side traces, whose requirements step no iterator.
/// The caller then applies the exit of whichever linked trace returned.
#[inline(always)]
pub fn call(c: &mut Compiled, req: &EntryReq, f: &mut Frame) -> Option<u64> {
    if f.stack.len() != req.stack_depth || f.fast.len() < req.min_locals {
        return None;
    }
    // The iterator of the previous slot and its state: a loop's `next` and `stop`/`seq`
    // slots are of the same iterator, whose `RefCell` is then borrowed once per entry.
    let mut last: Option<(u32, (u64, u64))> = None;
    for (i, slot) in c.ctx_slots.iter().enumerate() {
        let d = match *slot {
            Slot::IterNext(d) | Slot::IterStop(d) | Slot::IterSeq(d) => d,
            Slot::Local(_) => return None,
        };
        let (next, other) = match last {
            Some((ld, st)) if ld == d => st,
            _ => {
                let kind = req.iters.iter().find(|(s, _)| *s == d)?.1;
                let st = iter_state(f.stack.get(d as usize)?, kind)?;
                last = Some((d, st));
                st
            }
        };
        c.ctx[1 + i] = match slot {
            Slot::IterNext(_) => next,
            _ => other,
        };
    }
    c.ctx[0] = 0;
    c.rt.set_frame(f);
    let locals = f.fast.as_mut_ptr() as *mut u8;
    // SAFETY: `locals` points to `f.fast`, at least `req.min_locals` initialized `Value`s
    // (checked above), and nothing else can access the frame while the trace runs (we hold
    // `&mut Frame`; trace code calls only the helpers of `helpers.rs`, which touch the frame
    // only through `rt.locals` and `rt.frame` — cells, and stack entries below the loop's
    // own, read or rebound through their `RefCell`s — with reference counting; a residual
    // call runs other frames and re-enters the JIT only for traces not running, see
    // `Jit::enter`). The trace reads tag bytes and
    // payloads at the documented `Value` layout (verified at start-up by `value_layout_ok`),
    // and writes only int/float/bool tag+payload pairs into slots it has checked hold no heap
    // object, so every `Value` stays valid and no reference count is skipped. `ctx` is a live
    // buffer of `c.ctx.len()` words, sized by the backend for every index the code uses.
    // Linked side traces (`Compiled::link`) run on the same locals under the same rules, with
    // their own live `ctx` and `rt.locals` (set by the caller before this call), and jump
    // only back into this code.
    super::helpers::python_ran();
    Some(unsafe { (c.func)(locals, c.ctx.as_mut_ptr()) })
}

/// Call the code of `c` on `f`, whose `ctx` `EntryReq::prepare` filled for `f` (which
/// checked what `call` checks); the raw exit code.
///
/// # Safety
/// `prepare` of `c`'s requirements returned `true` for this `f`, and neither `f` nor `c`
/// changed since.
#[inline(always)]
pub unsafe fn call_prepared(c: &mut Compiled, f: &mut Frame) -> u64 {
    c.ctx[0] = 0;
    c.rt.set_frame(f);
    let locals = f.fast.as_mut_ptr() as *mut u8;
    // SAFETY: as in `call`, whose checks `prepare` made (the caller's contract): `f` has
    // the stack depth, locals, local types and iterators the trace requires, and `ctx`
    // holds the iterators' words.
    super::helpers::python_ran();
    unsafe { (c.func)(locals, c.ctx.as_mut_ptr()) }
}

/// Apply exit `exit` of `c` (the trace whose stub returned it) to `f`: push its stack
/// entries, store its objects, set `f.pc`. `iterations` of the result is `c.ctx[0]`.
#[inline]
pub fn apply_exit(c: &mut Compiled, exit: usize, f: &mut Frame) -> Option<ExitInfo> {
    let desc = c.exits.get(exit)?;
    if !desc.plain() {
        return apply_exit_slow(c, exit, f);
    }
    let mut resume = None;
    apply_plain(c, exit, f, &mut resume);
    Some(ExitInfo {
        exit,
        iterations: c.ctx[0],
        resume,
    })
}

/// `apply_exit`, with the exit's `resume` (if any) stored into `resume` instead of
/// returned: the JIT's common path, which moves no `ExitInfo` around.
#[inline(always)]
pub fn apply_exit_to(c: &mut Compiled, exit: usize, f: &mut Frame, resume: &mut Option<Resume>) {
    match c.exits.get(exit) {
        Some(desc) if desc.plain() => apply_plain(c, exit, f, resume),
        Some(_) => {
            if let Some(r) = apply_exit_slow(c, exit, f).and_then(|e| e.resume) {
                *resume = Some(r);
            }
        }
        None => {}
    }
}

/// Apply a plain exit (`ExitDesc::plain`): only stack entries, no objects to store,
/// frames or instances to make.
#[inline(always)]
pub(crate) fn apply_plain(
    c: &mut Compiled,
    exit: usize,
    f: &mut Frame,
    resume: &mut Option<Resume>,
) {
    let desc = &c.exits[exit];
    f.pc = desc.pc as usize;
    let base = c.stack_base;
    for (j, ty) in desc.stack.iter().enumerate() {
        let bits = c.ctx[base + j];
        f.stack.push(match ty {
            Type::Int => Value::Int(bits as i64),
            Type::Float => Value::Float(f64::from_bits(bits)),
            // SAFETY: as in `apply_exit_slow`.
            Type::Obj(tag) => unsafe { super::helpers::owned(*tag, bits) },
            _ => Value::Bool(bits & 0xff != 0),
        });
    }
    if c.rt.pending.is_some() {
        *resume = c.rt.pending.take();
    }
    if !c.rt.deferred.is_empty() {
        c.rt.deferred.clear();
    }
}

/// `apply_exit` of an exit with objects to store, an inlined call's frame or instances to
/// make.
#[inline(never)]
fn apply_exit_slow(c: &mut Compiled, exit: usize, f: &mut Frame) -> Option<ExitInfo> {
    let desc = c.exits.get(exit)?;
    f.pc = desc.pc as usize;
    let value = |ty: Type, bits: u64| match ty {
        Type::Int => Value::Int(bits as i64),
        Type::Float => Value::Float(f64::from_bits(bits)),
        // SAFETY: an object entry's payload was read from a live value of this tag, and its
        // owner is still alive (objects released by the trace, and the instances it made,
        // wait in `deferred` until the end of this function).
        Type::Obj(tag) => unsafe { super::helpers::owned(tag, bits) },
        _ => Value::Bool(bits & 0xff != 0),
    };
    // Instances the trace never made (`opt/alloc.rs`): made now, as the trace would have —
    // an empty instance, then its attributes in dict order.
    let made: Vec<Value> = desc
        .virtuals
        .iter()
        .map(|v| Value::Instance(pyjit_runtime::class::new_instance(&v.class)))
        .collect();
    let ctx = &c.ctx;
    let base = c.stack_base;
    // The value of ctx stack-area word `j`, of type `ty` (a new reference).
    let word = |j: usize, ty: Type| match desc.vrefs.iter().find(|e| e.0 == j) {
        Some(&(_, k)) => made[k].clone(),
        None => value(ty, ctx[base + j]),
    };
    for (v, obj) in desc.virtuals.iter().zip(&made) {
        if let Value::Instance(i) = obj {
            for (name, ty, pos) in &v.fields {
                i.dict.set_name(name.clone(), word(*pos, *ty));
            }
        }
    }
    for (j, ty) in desc.stack.iter().enumerate() {
        f.stack.push(word(j, *ty));
    }
    // Sunk object stores: the new object gets a reference of its own, the old one (which the
    // frame kept alive while the trace ran) is released — after the stack entries above took
    // theirs.
    let mut at = desc.stack.len() + desc.objs.len();
    let resume = match desc.callee.as_ref() {
        Some(cd) => {
            let mut fast = Vec::with_capacity(cd.locals.len());
            for ty in &cd.locals {
                fast.push(match ty {
                    Some(ty) => {
                        at += 1;
                        word(at - 1, *ty)
                    }
                    None => Value::Null,
                });
            }
            let mut stack = Vec::with_capacity(cd.stack.len());
            for ty in &cd.stack {
                at += 1;
                stack.push(word(at - 1, *ty));
            }
            let rc = ResumeCall {
                func: cd.func.clone(),
                pc: cd.pc as usize,
                fast,
                stack,
            };
            // A residual call inside the inlined call returned a value of another type, or
            // raised (`helpers::pycall`): its snapshot resumes the callee after the call,
            // with the value pushed on its stack or the exception raised in it.
            match c.rt.pending.take() {
                None => Some(Resume::Call(rc)),
                Some(Resume::Push(v)) => {
                    let mut rc = rc;
                    rc.stack.push(v);
                    Some(Resume::Call(rc))
                }
                Some(Resume::Raise(e)) => Some(Resume::CallRaise(rc, e)),
                Some(other) => Some(other),
            }
        }
        // A residual call that returned a value of another type, or raised
        // (`helpers::pycall`): its snapshot resumes after the call, with the value pushed or
        // the exception raised. (Tested first: `take` of the empty option is a copy of it.)
        None if c.rt.pending.is_some() => c.rt.pending.take(),
        None => None,
    };
    // Every new value takes its reference before any old one is released: in a swap
    // (`a, b = b, a`) a local's old object is another local's new one, and releasing it
    // first could free it before its new owner holds it. The old values go after all stores.
    let news: Vec<(usize, Value)> = desc
        .objs
        .iter()
        .enumerate()
        .map(|(j, &(n, tag))| (n as usize, word(desc.stack.len() + j, Type::Obj(tag))))
        .collect();
    let mut olds = Vec::with_capacity(news.len());
    for (n, v) in news {
        if let Some(slot) = f.fast.get_mut(n) {
            olds.push(std::mem::replace(slot, v));
        }
    }
    drop(olds);
    drop(made);
    c.rt.deferred.clear();
    Some(ExitInfo {
        exit,
        iterations: c.ctx[0],
        resume,
    })
}

/// Run `c` on a bare locals array (no iterators, no stack): for backend tests.
#[cfg(test)]
pub(crate) fn run_on_locals(c: &mut Compiled, locals: &mut [Value]) -> ExitInfo {
    assert!(c.ctx_slots.is_empty(), "test traces use no iterators");
    c.ctx[0] = 0;
    // SAFETY: as in `call`: `locals` is a live, exclusively borrowed array of initialized
    // values; test traces index only locals that exist.
    super::helpers::python_ran();
    let exit = unsafe { (c.func)(locals.as_mut_ptr() as *mut u8, c.ctx.as_mut_ptr()) } as usize;
    ExitInfo {
        exit,
        iterations: c.ctx[0],
        resume: None,
    }
}

/// The payload word of a value as a trace holds it: the pointer of a heap object, an int,
/// float bits, a bool; 0 for `None`/`Null` (which have none).
pub(crate) fn payload_bits(v: &Value) -> u64 {
    match v {
        Value::Null | Value::None | Value::Ellipsis | Value::NotImplemented => 0,
        Value::Bool(b) => *b as u64,
        _ => payload_of(v),
    }
}

/// The tag byte of a value.
pub(crate) fn tag_of(v: &Value) -> u8 {
    // SAFETY: `Value` is `#[repr(C, u64)]`: its first (little-endian) byte is the low byte of
    // the initialized tag word, which holds the whole tag (all tags are below 256).
    unsafe { *(v as *const Value as *const u8) }
}

/// The whole first word of a value: its tag (`#[repr(C, u64)]`). The generated code writes
/// tags as whole words, so `value_layout_ok` checks that this is the tag.
fn tag_word_of(v: &Value) -> u64 {
    // SAFETY: `Value` is 16 bytes and 8-aligned (checked before this is called in
    // `value_layout_ok`); its first 8 bytes are the initialized discriminant word.
    unsafe { *(v as *const Value as *const u64) }
}

/// The 8 bytes at offset 8 of a value whose payload is an i64, f64 or pointer.
/// Callers pass no value without a payload (see `payload_bits`).
fn payload_of(v: &Value) -> u64 {
    // SAFETY: for `#[repr(C, u64)]` the payload union starts at offset 8 (alignment of its
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
        && tag_of(&Value::str("x")) == super::TAG_STR
        && tag_of(&Value::list(Vec::new())) == super::TAG_LIST
        && TAG_NAMES[super::TAG_LIST as usize] == "list"
        && tag_of(&Value::Tuple(std::rc::Rc::new(
            pyjit_runtime::object::PyTuple::new(Vec::new()),
        ))) == super::TAG_TUPLE
        && TAG_NAMES[super::TAG_TUPLE as usize] == "tuple"
        && TAG_NAMES[super::TAG_INSTANCE as usize] == "instance"
        && TAG_NAMES[super::TAG_ITER as usize] == "iter"
        && tag_of(&pyjit_runtime::ops::iter::new_iter(
            IterState::Range {
                next: 0,
                stop: 0,
                step: 1,
            },
            "range_iterator",
        )) == super::TAG_ITER
        && TAG_NAMES[super::TAG_DICT as usize] == "dict"
        && TAG_NAMES[super::TAG_SET as usize] == "set"
        && tag_word_of(&Value::Int(-1)) == u64::from(super::TAG_INT)
        && tag_word_of(&Value::Float(-1.0)) == u64::from(super::TAG_FLOAT)
        && tag_word_of(&Value::Bool(true)) == u64::from(super::TAG_BOOL)
        && TAG_NAMES[*super::TAG_HEAP.start() as usize] == "bigint"
        && TAG_NAMES[*super::TAG_HEAP.end() as usize] == "code"
        && TAG_NAMES.len() == *super::TAG_HEAP.end() as usize + 3
        && super::TAGS_NO_PAYLOAD.map(|t| TAG_NAMES[t as usize])
            == ["null", "none", "ellipsis", "notimpl"]
        && super::TAGS_NO_PAYLOAD
            .iter()
            .all(|&t| !super::TAG_HEAP.contains(&t))
        && Value::str("x").is_heap()
        && super::TAG_HEAP.contains(&tag_of(&Value::str("x")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn value_layout_matches_the_backend() {
        assert!(super::value_layout_ok());
    }
}
