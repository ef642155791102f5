//! Snapshots: what the interpreter frame looks like at a guard, so an exit can rebuild it.
//!
//! A trace keeps the values it computes in registers and does not touch the frame while it
//! runs. When a guard fails, the exit must leave the frame exactly as the interpreter would
//! have it just before the guarded instruction. A snapshot says how:
//!
//! * `pc` — the bytecode instruction to resume at (the guarded instruction itself: the
//!   interpreter redoes it, now taking the path or the slow case the trace did not);
//! * `stack` — the operand-stack entries above the loop header's stack depth, bottom first
//!   (the entries below it are never touched by a trace);
//! * `slots` — for every frame slot whose memory copy is stale, the IR value it holds now.
//!   A recorded trace stores to the frame as it goes, so its snapshots have no slots; store
//!   sinking (`opt/sink.rs`) deletes the stores and lists their values here instead.
//!
//! # The exit protocol
//! The machine code of a trace is called as `fn(locals: *mut Value, ctx: *mut u64) -> u64`.
//! An exit stub, one per snapshot, writes each `slots` entry (a local gets its tag byte and
//! 8-byte payload, a range iterator's `next` its `ctx` word) and each `stack` entry's payload
//! to `ctx[stack_base + i]`, then returns the snapshot number. The Rust side
//! (`backend::entry`) copies the iterator words back into the iterator, pushes the stack
//! entries as `Value`s of the IR types recorded here, and sets `f.pc = pc`. The stub writes
//! only ints, floats and bools into the frame, and only over slots the trace checked hold no
//! heap object; objects (stack entries, locals, a resumed callee's values) go through `ctx`
//! and the trampoline, which counts their references.
//!
//! `virtuals` (`vobj=[…]` in the text form) lists the instances `opt/alloc.rs` removed that
//! the snapshot refers to, with their attributes at that point: the stub writes the
//! attributes' payloads after everything else, and the trampoline makes the instances before
//! it pushes or stores anything that refers to them.

use crate::ir::{Ref, Slot};
use std::collections::HashMap;
use std::fmt;

/// Index of a snapshot in `Trace::snaps`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct SnapId(pub u32);

impl SnapId {
    pub fn idx(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for SnapId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "snap{}", self.0)
    }
}

/// The interpreter state at a guard; see the module documentation.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Snapshot {
    pub pc: u32,
    pub stack: Vec<Ref>,
    pub slots: Vec<(Slot, Ref)>,
    /// A call inlined into the trace and left in the middle: the exit rebuilds its frame and
    /// the interpreter finishes it first (then pushes its result and resumes at `pc`).
    pub frame: Option<CalleeFrame>,
    /// Instances the trace never allocated (`opt/alloc.rs`) that this snapshot refers to
    /// (directly, or through another one's attributes): the exit makes them, with these
    /// attributes, before the interpreter resumes.
    pub virtuals: Vec<VirtualObj>,
    /// Taken inside an inlined call that restarts on exit after it (or a call it made)
    /// stored into an object the trace did not allocate (`Inlined::effects` in the
    /// recorder): an exit through it would redo the store. Such a guard must be gone after
    /// optimization (redundant), or the trace is not compiled (`opt::exact_exits`).
    pub inexact: bool,
    /// Taken after a side trace consumed the exhausted iterator of its loop's `for` (it
    /// started at the loop-end exit, `Recorder::side`): the frame's stack still holds that
    /// iterator, one entry above the depth `stack` is relative to, and the exit drops it
    /// first (`pop` in the text form).
    pub pop: bool,
    /// The guard "the loop's iterator is not exhausted" of a `for` loop's `ForIter`: its exit
    /// is the loop's end, whose side trace starts by leaving the loop (`side::linkable`).
    pub loop_end: bool,
}

/// An allocation removed by `opt/alloc.rs`, as a snapshot needs it: the `virtual`
/// instruction standing for it, and its attributes at that point, in dict order (`setattr`
/// descriptor, value).
#[derive(Clone, PartialEq, Debug)]
pub struct VirtualObj {
    pub obj: Ref,
    pub fields: Vec<(u32, Ref)>,
}

/// The state of an inlined callee at a guard inside it (see `Snapshot::frame`).
#[derive(Clone, PartialEq, Debug)]
pub struct CalleeFrame {
    /// The function (a constant).
    pub func: Ref,
    /// Where the callee resumes.
    pub pc: u32,
    /// Its fast locals (`None`: unbound).
    pub locals: Vec<Option<Ref>>,
    pub stack: Vec<Ref>,
}

impl Snapshot {
    pub fn new(pc: u32, stack: Vec<Ref>) -> Snapshot {
        Snapshot {
            pc,
            stack,
            slots: Vec::new(),
            frame: None,
            virtuals: Vec::new(),
            inexact: false,
            pop: false,
            loop_end: false,
        }
    }

    /// Every value the snapshot refers to.
    pub fn refs(&self) -> impl Iterator<Item = Ref> + '_ {
        let frame = self.frame.iter().flat_map(|c| {
            std::iter::once(c.func)
                .chain(c.locals.iter().flatten().copied())
                .chain(c.stack.iter().copied())
        });
        let virtuals = self
            .virtuals
            .iter()
            .flat_map(|v| std::iter::once(v.obj).chain(v.fields.iter().map(|&(_, r)| r)));
        self.stack
            .iter()
            .copied()
            .chain(self.slots.iter().map(|&(_, r)| r))
            .chain(frame)
            .chain(virtuals)
    }

    pub fn map_refs(&mut self, mut f: impl FnMut(Ref) -> Ref) {
        for r in &mut self.stack {
            *r = f(*r);
        }
        for (_, r) in &mut self.slots {
            *r = f(*r);
        }
        if let Some(c) = &mut self.frame {
            c.func = f(c.func);
            for r in c.locals.iter_mut().flatten() {
                *r = f(*r);
            }
            for r in &mut c.stack {
                *r = f(*r);
            }
        }
        for v in &mut self.virtuals {
            v.obj = f(v.obj);
            for (_, r) in &mut v.fields {
                *r = f(*r);
            }
        }
    }

    /// Set `slot` to `val`, replacing an earlier entry for it.
    pub fn set_slot(&mut self, slot: Slot, val: Ref) {
        match self.slots.iter_mut().find(|(s, _)| *s == slot) {
            Some(e) => e.1 = val,
            None => self.slots.push((slot, val)),
        }
    }

    pub(crate) fn parse(body: &str, names: &HashMap<String, Ref>) -> Result<Snapshot, String> {
        let mut s = Snapshot::default();
        let (body, callee) = match body.split_once(" callee=") {
            Some((b, c)) => (b, Some(c)),
            None => (body, None),
        };
        let pc = field(body, "pc=").ok_or("missing pc=")?;
        s.pc = pc
            .split_whitespace()
            .next()
            .unwrap_or("")
            .parse()
            .map_err(|_| "bad pc")?;
        s.pop = body.contains("] pop");
        let val = |n: &str| {
            names
                .get(n)
                .copied()
                .ok_or_else(|| format!("unknown value {n}"))
        };
        for n in list(body, "stack=[")?.split_whitespace() {
            s.stack.push(val(n)?);
        }
        for e in list(body, "slots=[")?.split_whitespace() {
            let (slot, v) = e.split_once('=').ok_or("bad slot entry")?;
            let slot = Slot::parse_public(slot).ok_or("bad slot")?;
            s.slots.push((slot, val(v)?));
        }
        if body.contains("vobj=[") {
            // `%o:k3=%a:k4=%b` per object.
            for e in list(body, "vobj=[")?.split_whitespace() {
                let mut parts = e.split(':');
                let obj = val(parts.next().unwrap_or(""))?;
                let mut fields = Vec::new();
                for p in parts {
                    let (k, v) = p.split_once('=').ok_or("bad virtual field")?;
                    let k = k
                        .strip_prefix('k')
                        .and_then(|k| k.parse().ok())
                        .ok_or("bad virtual field descriptor")?;
                    fields.push((k, val(v)?));
                }
                s.virtuals.push(VirtualObj { obj, fields });
            }
        }
        if let Some(c) = callee {
            let func = val(c.split_whitespace().next().unwrap_or(""))?;
            let pc = field(c, "pc=")
                .and_then(|p| p.split_whitespace().next())
                .and_then(|p| p.parse().ok())
                .ok_or("bad callee pc")?;
            let mut locals = Vec::new();
            for n in list(c, "locals=[")?.split_whitespace() {
                locals.push(if n == "-" { None } else { Some(val(n)?) });
            }
            let mut stack = Vec::new();
            for n in list(c, "cstack=[")?.split_whitespace() {
                stack.push(val(n)?);
            }
            s.frame = Some(CalleeFrame {
                func,
                pc,
                locals,
                stack,
            });
        }
        Ok(s)
    }
}

fn field<'a>(body: &'a str, key: &str) -> Option<&'a str> {
    body.find(key).map(|i| &body[i + key.len()..])
}

fn list<'a>(body: &'a str, key: &str) -> Result<&'a str, String> {
    let rest = field(body, key).ok_or_else(|| format!("missing {key}"))?;
    let end = rest.find(']').ok_or("unclosed [")?;
    Ok(&rest[..end])
}

impl fmt::Display for Snapshot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "pc={} stack=[", self.pc)?;
        for (i, r) in self.stack.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{r}")?;
        }
        f.write_str("] slots=[")?;
        for (i, (s, r)) in self.slots.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{s}={r}")?;
        }
        f.write_str("]")?;
        if self.pop {
            f.write_str(" pop")?;
        }
        if !self.virtuals.is_empty() {
            f.write_str(" vobj=[")?;
            for (i, v) in self.virtuals.iter().enumerate() {
                if i > 0 {
                    f.write_str(" ")?;
                }
                write!(f, "{}", v.obj)?;
                for (k, r) in &v.fields {
                    write!(f, ":k{k}={r}")?;
                }
            }
            f.write_str("]")?;
        }
        if let Some(c) = &self.frame {
            write!(f, " callee={} pc={} locals=[", c.func, c.pc)?;
            for (i, r) in c.locals.iter().enumerate() {
                if i > 0 {
                    f.write_str(" ")?;
                }
                match r {
                    Some(r) => write!(f, "{r}")?,
                    None => f.write_str("-")?,
                }
            }
            f.write_str("] cstack=[")?;
            for (i, r) in c.stack.iter().enumerate() {
                if i > 0 {
                    f.write_str(" ")?;
                }
                write!(f, "{r}")?;
            }
            f.write_str("]")?;
        }
        Ok(())
    }
}
