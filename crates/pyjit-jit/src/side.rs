//! Side traces: compiled continuations of hot exits.
//!
//! A loop trace's guard that keeps failing — a branch that goes both ways, the last
//! iteration of an inner `while` — costs an exit, some interpreted instructions and a
//! re-entry through the trampoline every time. When an exit has been taken `HOT_EXIT` times
//! the JIT records from the exit's pc, in the interpreter, to the loop's back-edge
//! (`Recorder::side`), the way it records a loop iteration; the recording ends with `exit`
//! at the loop header instead of `jumptop`. The result is compiled like a trace (minus
//! peeling: there is no loop in it) and *linked*:
//!
//! * the parent's exit stub, after writing the frame state it always writes, jumps into the
//!   side trace's code instead of returning (`Compiled::link`, a cell the stub reads);
//! * the side trace's final exit, after writing its frame state, jumps into the parent's
//!   entry — the parent then runs its preamble (type checks, invariant loads) and loops on.
//!
//! A side trace may run on through an enclosing loop's back-edge and header until it comes
//! back to its own loop's header (`Recorder::accepts_backedge`): the exit where an inner
//! `while` ends then continues, in machine code, with the rest of the outer body, the outer
//! condition and the next outer iteration, into the inner loop's trace again.
//!
//! The frame is the interface between them, as it is between the interpreter and a trace:
//! no register state crosses a link, so each piece is compiled on its own and every exit of
//! either restores the interpreter frame exactly as before. That costs a write-back and a
//! preamble per link — much less than the interpreter, not as little as LuaJIT's
//! register-state-preserving links.
//!
//! Only exits whose frame state is entirely in slots can be linked (`linkable`): no objects
//! stored into locals (the trampoline must count their references), no inlined call left in
//! the middle, and no operand-stack entries — except a branch guard's condition: the guard
//! failing says which way the branch goes, so the side trace starts at that target with the
//! condition popped (which is also all the interpreter would do with it). A side trace steps
//! no iterator of its parent's `ctx` (it ends at the back-edge, before the `ForIter`, and
//! steps enclosing loops' iterators in the frame), so the parent's iterator words in its
//! `ctx` stay valid across it.
//!
//! A `for` loop's end (its `ForIter` guard, `Snapshot::loop_end`) is linkable too when the
//! loop is nested: the side trace leaves the loop, runs round the enclosing loop and starts
//! the loop again in place (`iter.reset`, which also writes the parent's iterator words) or
//! ends where another loop starts, with that loop's new iterator, for the JIT to enter
//! (`enters`; `record/nest.rs`).
//!
//! Exits that cannot be linked (objects on the operand stack — a polymorphic call's receiver
//! — or stored into locals) get side traces *entered through the trampoline* instead
//! (`trampable`, `SideRec::enter_tramp`): Rust applies the exit, moves its stack entries
//! into scratch locals past the frame's own and calls the side trace like a loop trace; its
//! end returns to Rust too, which enters the loop's trace again.
//!
//! An exit inside an inlined call gets one too: when the exit restarts a pure callee at its
//! call, the side trace starts at the call with the callee on its stack (guarded by
//! identity, `Recorder::guard_callee`: another class's method at a polymorphic call site);
//! when it resumes a callee frame, the side trace starts inside that frame
//! (`Recorder::side_resume`), which the trampoline moves into scratch locals too instead of
//! letting the interpreter finish it. A trampoline side trace that exits where another one
//! starts runs that one next, and its hot exits get chained side traces (`run_tramp`,
//! `chain_exit`).
//!
//! A side trace whose own guards keep failing (it exits more often than it completes) is
//! unlinked (`check_unlink`): the parent's exit returns to the interpreter again.

use crate::backend::entry::{EntryReq, ExitInfo};
use crate::backend::{self, Compiled};
use crate::ir::{Inst, Ref, Slot, Trace, Type};
use crate::jit::{dump_titled, where_, JitConfig, TraceRec};
use crate::opt;
use crate::record::{CalleeStart, Recorder};
use pyjit_bytecode::{CodeObject, Op};
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::jit_hook::{Resume, ResumeCall};
use pyjit_runtime::Value;
use std::fmt::Write;
use std::rc::Rc;

/// Times an exit is taken before a side trace is recorded for it (at most the threshold).
pub const HOT_EXIT: u32 = 32;
/// Recordings of a side trace for one exit that may abort before the exit is given up.
pub const MAX_SIDE_ABORTS: u8 = 3;
/// Bytecode instructions a trampoline side trace that ends where a `for` loop starts must
/// run at least. Its run costs two Rust round trips (exit, trampoline entry, exit, loop
/// entry) where the interpreter would run those instructions and enter the loop's trace
/// once: nbody's two inner loops' ends (3 and 7 instructions to the next inner loop, the
/// exits store `a` and `b`, so not linkable) took it from 50.8 to 52.9 M instructions.
const MIN_TRAMP_LOOP_STEPS: usize = 16;

/// Why a linked side trace is not compiled: its end stores objects into locals (which only
/// the trampoline can, counting references). Every recording from that exit ends so.
pub(crate) const NOT_LINKABLE_END: &str = "side trace ends with objects stored into locals";
/// Why a trampoline side trace into a loop is not compiled (`MIN_TRAMP_LOOP_STEPS`).
pub(crate) const TOO_SHORT_INTO_LOOP: &str = "too short a path into a loop for the trampoline";

/// Can `end`, the final exit of side trace `t`, not be linked: it leaves an inlined call in
/// the middle or makes instances — or, when it ends where a `for` loop starts (`enters`:
/// it returns to the JIT), stores objects into locals (see `compile`)?
fn ends_with_objs(t: &Trace, end: &Inst, enters: bool) -> bool {
    let Inst::Exit { snap } = *end else {
        return false;
    };
    let s = t.snap(snap);
    s.frame.is_some()
        || !s.virtuals.is_empty()
        || (enters
            && s.slots
                .iter()
                .any(|&(slot, v)| matches!((slot, t.ty(v)), (Slot::Local(_), Type::Obj(_)))))
}

/// A side trace is unlinked when, over a window of this many of its exits to the
/// interpreter, it completed no run. A linked side trace whose guard fails at once costs
/// little more than the exit it continues, while unlinking one that still completes some
/// runs sends all of them to the interpreter for good: nqueens' side traces complete 20-30%
/// of their runs and exit at the recursive call otherwise, in phases of dozens of exits in
/// a row; with a window of 32 one of them was unlinked (at the default size 16.44 G
/// instructions `--jit=on`, 16.45 G `--jit=off`), with 1024 none is (14.20 G).
const SIDE_FAILURES: u64 = 1024;

/// A compiled side trace, attached to exit `exit` of its loop's trace.
pub struct SideRec {
    pub exit: usize,
    pub compiled: Compiled,
    /// Its final exit (the link back into the loop trace).
    end: usize,
    /// Exits taken back to the interpreter, per snapshot, and their pcs.
    exits: Vec<u64>,
    exit_pcs: Vec<u32>,
    /// The sum of `exits`.
    failures: u64,
    /// Whether it is still linked to its exit.
    pub linked: bool,
    /// (failures, completions) when the current `SIDE_FAILURES` window started.
    mark: (u64, u64),
    /// Entered through the trampoline (not linked): its entry requirements, and entries and
    /// completions so far. `None` for a linked side trace.
    tramp: Option<Box<Tramp>>,
    /// It ends where a `for` loop starts, with the loop's new iterator (`Recorder::
    /// enters_loop`): its final exit returns to the JIT, which enters that loop's trace
    /// (`returned`: counted as the end's link counter, like a linked end's jumps).
    enters: bool,
    /// Per exit: does it drop the exhausted iterator of the loop it left first
    /// (`Snapshot::pop`)? Only side traces from a loop-end exit, and nested ones from
    /// such exits, have them.
    pops: Vec<bool>,
    /// Recorded from exit `.1` of linked side trace `.0` (an index into the trace's side
    /// traces), which links to it: `nested_exit`.
    parent: Option<(usize, usize)>,
    /// Per exit of a linked side trace: may it get a linked side trace of its own
    /// (`linkable`, not its end, not at the loop header)? Cleared once tried. (An exit
    /// that drops an iterator may: `nested_start`.)
    nest_ok: Vec<bool>,
    /// Bytecode instructions it recorded, and `completed()` when `take_work` last ran.
    steps: u64,
    work_mark: u64,
}

impl SideRec {
    /// Bytecode instructions its runs completed since the last call: completions times
    /// its recording's length (the losing rule, `jit::losing_work`).
    pub(crate) fn take_work(&mut self) -> u64 {
        let done = self.completed();
        let work = done.saturating_sub(self.work_mark) * self.steps;
        self.work_mark = done;
        work
    }

    /// Is exit `exit` of this linked side trace hot enough for `nested_exit` and not
    /// tried yet? (Inline: checked at every exit of a linked side trace.)
    #[inline(always)]
    pub(crate) fn wants_nested(&self, exit: usize, threshold: u32) -> bool {
        self.nest_ok.get(exit).copied().unwrap_or(false)
            && self.exits.get(exit).copied().unwrap_or(0) >= u64::from(threshold.min(HOT_EXIT))
    }
}

/// Side traces of linked side traces per trace, at most.
const MAX_NESTED: usize = 8;

/// Exit `exit` of the linked side trace whose own exit index is `side` was just applied
/// to the frame: if it is hot, linkable and not tried yet, the exit index (past the
/// trace's own snapshots, as a chained side trace's) a linked side trace recorded from
/// here gets, noted in `tr.nested` for `Jit::conclude` and `compile`. Without these, a
/// guard of a linked side trace that goes both ways returned to the interpreter each time
/// and re-entered the loop trace through its preamble: go's `Board.group`, whose side trace
/// at `c == color` exits at `q not in seen` about 155 k times at the quick size.
#[cold]
#[inline(never)]
pub(crate) fn nested_exit(
    tr: &mut TraceRec,
    side: usize,
    exit: usize,
    threshold: u32,
) -> Option<usize> {
    if tr.windows == 0 || tr.tramp_runs > 0 {
        return None;
    }
    let own = tr.compiled.as_ref()?.exits.len();
    let n = tr.sides.len();
    if tr.sides.iter().filter(|s| s.parent.is_some()).count() >= MAX_NESTED {
        return None;
    }
    let si = tr.sides.iter().position(|s| s.exit == side)?;
    let s = &mut tr.sides[si];
    if !s.linked || s.tramp.is_some() {
        return None;
    }
    let hot = s
        .exits
        .get(exit)
        .is_some_and(|&k| k >= u64::from(threshold.min(HOT_EXIT)));
    match s.nest_ok.get_mut(exit) {
        Some(ok) if hot && *ok => *ok = false,
        _ => return None,
    }
    tr.nested = Some((si, exit, own + n));
    Some(own + n)
}

/// The operand-stack entries exit `j` of linked side trace `si` of `tr` leaves (a branch
/// guard's condition, or none), and whether it drops the exhausted iterator of the loop
/// that side trace left (`Snapshot::pop`): where a side trace recorded from that exit
/// starts. The exit was applied to the frame, iterator dropped, before the recording
/// starts, but when the side trace runs linked the frame still holds it, so its
/// recording must know (`Recorder::start_popped`): its own exits drop the iterator too,
/// and its end may start the loop again in place (`iter.reset`). Its stack cannot be
/// told from the frame's depth, which is one short of the loop's.
pub(crate) fn nested_start(tr: &TraceRec, si: usize, j: usize) -> (usize, bool) {
    let Some(s) = tr.sides.get(si) else {
        return (0, false);
    };
    let k = s.compiled.exits.get(j).map_or(0, |d| d.stack.len());
    (k, s.pops.get(j).copied().unwrap_or(false))
}

/// A side trace entered through the trampoline: the exit it continues was not linkable
/// (objects on its operand stack or stored into locals), so Rust applies the exit as
/// always, moves the exit's operand-stack entries into scratch locals past the frame's own
/// and calls the side trace like a loop trace; its end returns to Rust too, which then
/// enters the loop's trace again.
struct Tramp {
    req: EntryReq,
    /// Operand-stack entries it starts with.
    k: usize,
    /// Starting inside the inlined call the exit left in the middle: the callee frame's
    /// locals and stack entries (scratch locals after the `k` stack entries), taken from the
    /// exit's `ResumeCall` instead of letting the interpreter finish the call.
    callee: Option<CalleeStart>,
    /// The loop's pc it starts at.
    pc: usize,
    /// Per exit snapshot: was a chained side trace recorded (or tried) from it?
    chain_tried: Vec<bool>,
    /// Recorded from an exit of another trampoline side trace (`SideRec::exit` is then past
    /// the loop trace's snapshots: an index of its own).
    chained: bool,
    entries: u64,
    completed: u64,
}

/// What a trampoline-entered side trace did.
pub(crate) enum TrampRun {
    /// It ran to the loop header: the frame is at the header, ready for the loop's trace.
    Completed,
    /// It exited to the interpreter (already applied to the frame): the last side trace
    /// that ran (an index into the trace's side traces) and its exit.
    Exited(ExitInfo, usize),
}

impl SideRec {
    /// The counter `completed` reads, for a linked side trace (`TraceRec::side_counters`).
    pub(crate) fn link_counter(&self) -> backend::LinkCounter {
        self.compiled.link_counter(self.end)
    }

    /// Runs completed (jumped back into the loop trace) so far: progress of the loop that
    /// the trace's iteration count does not show (the side trace may have run a whole
    /// iteration of an enclosing loop). See `TraceRec::new_side_completions`.
    pub(crate) fn completed(&self) -> u64 {
        match &self.tramp {
            Some(t) => t.completed,
            None => self.compiled.linked_exits(self.end),
        }
    }

    /// Is exit `exit` this side trace's end where a `for` loop starts (`enters`)?
    #[inline(always)]
    pub fn enters_at(&self, exit: usize) -> bool {
        exit == self.end && self.enters
    }

    /// The side trace returned its end where a `for` loop starts (`enters_at`): apply it to
    /// `f` and count a completed run; the JIT enters that loop's trace next.
    #[inline(never)]
    pub fn entered(&mut self, exit: usize, f: &mut Frame, resume: &mut Option<Resume>) {
        self.compiled.count_link(exit);
        self.drop_popped(exit, f);
        backend::entry::apply_exit_to(&mut self.compiled, exit, f, resume);
    }

    /// `exited`, with the exit's `resume` stored into `resume` (`entry::apply_exit_to`).
    pub fn exited_to(&mut self, exit: usize, f: &mut Frame, resume: &mut Option<Resume>) {
        if let Some(n) = self.exits.get_mut(exit) {
            *n += 1;
            self.failures += 1;
        }
        self.drop_popped(exit, f);
        backend::entry::apply_exit_to(&mut self.compiled, exit, f, resume)
    }

    /// Is it a linked side trace of exit `exit`, entered through the trampoline?
    pub(crate) fn tramp_of(&self, exit: usize) -> bool {
        self.exit == exit && self.linked && self.tramp.is_some()
    }

    /// Is it a trampoline side trace that starts where `f` is (and, when it starts inside a
    /// callee, in the frame `resume` would finish)? Its own guards and entry checks decide
    /// the rest, so any one that starts there may be entered.
    fn starts_at(&self, f: &Frame, resume: &Option<Resume>) -> bool {
        let Some(t) = self.tramp.as_ref().filter(|_| self.linked) else {
            return false;
        };
        t.pc == f.pc
            && f.stack.len() == t.req.stack_depth + t.k
            && match (&t.callee, resume) {
                (None, None) => true,
                (Some(c), Some(Resume::Call(rc))) => c.fits(rc),
                _ => false,
            }
    }

    /// Exit `k` of this side trace was taken often and no side trace continues it: record
    /// one (once)? Only for trampoline side traces (a linked one's exits are its parent's
    /// business).
    pub(crate) fn wants_chain(&mut self, k: usize) -> bool {
        let hot = self.exits.get(k).is_some_and(|&n| n >= u64::from(HOT_EXIT));
        match self.tramp.as_mut().and_then(|t| t.chain_tried.get_mut(k)) {
            Some(t) if hot && !*t => {
                *t = true;
                true
            }
            _ => false,
        }
    }

    /// Enter this trampoline side trace on `f`, which its parent's exit was just applied
    /// to (`resume`: the inlined call that exit left for the interpreter to finish, if any).
    /// `None` if the frame does not fit (nothing ran, `f` and `resume` are unchanged).
    pub(crate) fn enter_tramp(
        &mut self,
        f: &mut Frame,
        resume: &mut Option<Resume>,
    ) -> Option<TrampRun> {
        let t = self.tramp.as_mut()?;
        let n0 = f.fast.len();
        let depth = f.stack.len().checked_sub(t.k)?;
        let (nl, ns) = t.callee.as_ref().map_or((0, 0), |c| (c.locals, c.stack));
        if f.pc != t.pc || depth != t.req.stack_depth || n0 + t.k + nl + ns != t.req.min_locals {
            return None;
        }
        // The callee frame goes into scratch locals too: its locals, then its stack.
        let rc = match (&t.callee, resume.take()) {
            (None, None) => None,
            (Some(c), Some(Resume::Call(rc))) if c.fits(&rc) => Some(rc),
            (_, r) => {
                *resume = r;
                return None;
            }
        };
        let k = t.k;
        // Undo the moves when nothing ran.
        let undo = |f: &mut Frame, resume: &mut Option<Resume>, rc: Option<ResumeCall>| {
            let mut back = f.fast.split_off(n0);
            if let Some(mut rc) = rc {
                rc.stack = back.split_off(k + nl);
                rc.fast = back.split_off(k);
                *resume = Some(Resume::Call(rc));
            }
            f.stack.extend(back);
        };
        let moved = f.stack.split_off(depth);
        f.fast.extend(moved);
        let rc = rc.map(|mut rc| {
            f.fast.append(&mut rc.fast);
            f.fast.append(&mut rc.stack);
            rc
        });
        if !t.req.fits(f) {
            undo(f, resume, rc);
            return None;
        }
        t.entries += 1;
        let Some(code) = backend::entry::call(&mut self.compiled, &t.req, f) else {
            undo(f, resume, rc);
            return None;
        };
        let (_, exit) = backend::split_exit_code(code);
        let info = if exit == self.end {
            t.completed += 1;
            self.drop_popped(exit, f);
            backend::entry::apply_exit(&mut self.compiled, exit, f);
            None
        } else {
            self.exited(exit, f)
        };
        // The scratch locals' references go after the exit's entries took theirs.
        f.fast.truncate(n0);
        Some(match info {
            None => TrampRun::Completed,
            Some(i) => TrampRun::Exited(i, usize::MAX),
        })
    }

    /// Before exit `exit` is applied: drop the exhausted iterator the side trace left the
    /// loop of, if the exit says so (`pops`).
    #[inline(always)]
    fn drop_popped(&self, exit: usize, f: &mut Frame) {
        if !self.pops.is_empty() && self.pops.get(exit).copied().unwrap_or(false) {
            f.stack.pop();
        }
    }

    /// The side trace returned exit `exit` to the trampoline: count it and apply it to `f`.
    pub fn exited(&mut self, exit: usize, f: &mut Frame) -> Option<backend::entry::ExitInfo> {
        if let Some(n) = self.exits.get_mut(exit) {
            *n += 1;
            self.failures += 1;
        }
        self.drop_popped(exit, f);
        backend::entry::apply_exit(&mut self.compiled, exit, f)
    }
}

/// Exit `exit` of `tr`'s loop trace was just applied to `f` (`e`): run its trampoline side
/// trace, if it has one (not after a residual call's exit, whose outcome the interpreter
/// must push or raise). Returns whether it completed (the frame is at the loop header, for
/// the loop's trace again) and whether it exited: `e` is then that exit's, and
/// `tr.side_exit` says which side trace last ran and its exit.
#[inline(never)]
pub(crate) fn after_exit(
    tr: &mut TraceRec,
    exit: usize,
    f: &mut Frame,
    e: &mut Option<ExitInfo>,
) -> (bool, bool) {
    let Some(info) = e.as_mut() else {
        return (false, false);
    };
    if !matches!(info.resume, None | Some(Resume::Call(_))) {
        return (false, false);
    }
    // The parent counts as running meanwhile: the side trace's residual calls re-enter the
    // JIT, which enters the parent again only after saving this activation's state, and
    // attaches no side trace to it (`reent.rs`).
    tr.running = true;
    tr.tramp_runs += 1;
    let mut resume = info.resume.take();
    let ran = run_tramp(&mut tr.sides, exit, f, &mut resume);
    info.resume = resume;
    tr.tramp_runs -= 1;
    tr.running = false;
    match ran {
        Some(TrampRun::Completed) => (true, false),
        Some(TrampRun::Exited(i, si)) => {
            tr.side_exit = (si, i.exit);
            *e = Some(i);
            (false, true)
        }
        None => (false, false),
    }
}

/// Side traces entered one after another through the trampoline, at most (see `run_tramp`).
const MAX_HOPS: usize = 4;
/// Trampoline side traces of a trace, at most: chained ones are recorded only below that.
pub(crate) const MAX_TRAMPS: usize = 12;

/// After exit `exit` of a loop trace was applied to `f`: run its trampoline side trace, if
/// it has one. When that side trace exits where another one starts (the same pc, stack
/// depth and callee frame: a polymorphic call site's third class, the other way of a
/// branch inside a callee), that one is entered next, up to `MAX_HOPS` runs in all.
#[inline(always)]
fn run_tramp(
    sides: &mut [SideRec],
    exit: usize,
    f: &mut Frame,
    resume: &mut Option<Resume>,
) -> Option<TrampRun> {
    let mut cur = sides.iter().position(|s| s.tramp_of(exit))?;
    let mut last: Option<ExitInfo> = None;
    for _ in 0..MAX_HOPS {
        let Some(run) = sides[cur].enter_tramp(f, resume) else {
            break;
        };
        let TrampRun::Exited(mut info, _) = run else {
            return Some(run);
        };
        let taken = std::mem::take(&mut info.resume);
        let next = sides
            .iter()
            .enumerate()
            .position(|(j, s)| j != cur && s.starts_at(f, &taken));
        info.resume = taken;
        last = Some(info);
        let Some(j) = next else {
            break;
        };
        *resume = last.as_mut().and_then(|i| i.resume.take());
        cur = j;
    }
    // The last run exited (or the next did not fit: its resume goes back to that exit).
    let mut info = last?;
    if let Some(r) = resume.take() {
        info.resume = Some(r);
    }
    Some(TrampRun::Exited(info, cur))
}

/// Exit `k` of trampoline side trace `si` of `tr` (`tr.side_exit`) was just taken: the
/// exit index a chained side trace recorded from here gets (past the trace's own
/// snapshots), when it is hot, was not tried yet and the trace has room for another one.
/// Not before the trace has lived through its first window of entries (see `Jit::run`):
/// richards' `schedule` traces, discarded in it, recorded chained side traces for nothing
/// (+0.4% instructions at the quick size).
#[cold]
#[inline(never)]
pub(crate) fn chain_exit(tr: &mut TraceRec) -> Option<usize> {
    if tr.windows == 0 {
        return None;
    }
    let (si, k) = tr.side_exit;
    let n = tr.sides.len();
    let own = tr.compiled.as_ref()?.exits.len();
    (n < MAX_TRAMPS && tr.sides.get_mut(si)?.wants_chain(k)).then_some(own + n)
}

/// Per snapshot of a loop trace `t` of the loop at `header`: can its exit get a side trace
/// entered through the trampoline (when it is not `linkable`)? Any exit but one of the
/// loop header or of a residual call. An exit in the middle of an inlined call gets one that
/// starts inside the callee (`Recorder::side_resume`).
pub(crate) fn trampable(t: &Trace, code: &CodeObject, header: usize) -> Vec<bool> {
    let nested = enclosed(code, header);
    let mut residual = vec![false; t.snaps.len()];
    for inst in &t.insts {
        if let Inst::Call {
            h: crate::ir::Helper::PyCall,
            snap: Some(snap),
            ..
        } = *inst
        {
            residual[snap.idx()] = true;
        }
    }
    t.snaps
        .iter()
        .enumerate()
        .map(|(k, s)| {
            (s.pc as usize != header || (s.loop_end && nested && s.stack.is_empty()))
                && !residual[k]
        })
        .collect()
}

/// Per snapshot of a loop trace `t`: the payload bits of the object constants on its
/// operand stack (`None` for other entries), the first scratch locals of a trampoline side
/// trace from its exit. Calling one of those again is refused (`Recorder::guard_callee`):
/// a side trace would redo, on every run, the call its loop trace inlined. (A side trace
/// that starts inside a resumed call gets none: it continues that call, and the constants
/// below it are calls pending in the caller, made for the first time on that path; it may
/// also restart a nested call in the resumed one: there is no other way to continue that
/// frame.)
pub(crate) fn start_consts(t: &Trace) -> Vec<Vec<Option<u64>>> {
    let bits = |r: Ref| match t.konst(r) {
        Some(crate::ir::Const::Obj { bits, .. }) => Some(bits),
        _ => None,
    };
    t.snaps
        .iter()
        .map(|s| {
            // (Empty, without allocating, for the many snapshots with no object constant.)
            if s.stack.iter().any(|&r| bits(r).is_some()) {
                s.stack.iter().map(|&r| bits(r)).collect()
            } else {
                Vec::new()
            }
        })
        .collect()
}

/// Is the loop at `header` inside another loop of `code` (a back-edge after it jumps to
/// before it)? Only then may its loop-end exit get a side trace: elsewhere the path from
/// there leaves the loop's function or never comes back to a loop header.
fn enclosed(code: &CodeObject, header: usize) -> bool {
    code.instrs
        .iter()
        .enumerate()
        .any(|(pc, i)| i.op == Op::Jump && pc > header && (i.arg as usize) < header)
}

/// Per snapshot of a loop trace `t` of `code` with header `header`: can its exit be linked
/// to a side trace? Its state must be in slots only (no objects stored into locals, no
/// inlined call frame), and its operand stack empty — or hold just the condition of the
/// branch guard that exits there (`Recorder::side` then starts after the branch).
pub(crate) fn linkable(t: &Trace, code: &CodeObject, header: usize) -> Vec<bool> {
    let nested = enclosed(code, header);
    let mut branch = vec![false; t.snaps.len()];
    // A residual call's exit hands the interpreter a value or an exception (`pending`),
    // which only the trampoline can: never linked.
    let mut residual = vec![false; t.snaps.len()];
    for inst in &t.insts {
        match *inst {
            Inst::Guard { snap, .. } => branch[snap.idx()] = true,
            Inst::Call {
                h: crate::ir::Helper::PyCall,
                snap: Some(snap),
                ..
            } => residual[snap.idx()] = true,
            _ => {}
        }
    }
    t.snaps
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let op = code.instrs.get(s.pc as usize).map(|i| i.op);
            let stack_ok = s.stack.is_empty()
                || (s.stack.len() == 1
                    && branch[k]
                    && matches!(op, Some(Op::PopJumpIfFalse | Op::PopJumpIfTrue)));
            (s.pc as usize != header || (s.loop_end && nested && op == Some(Op::ForIter)))
                && !residual[k]
                && s.frame.is_none()
                && s.virtuals.is_empty()
                && stack_ok
        })
        .collect()
}

/// Optimize and compile the side trace `rec` recorded from exit `exit` of `tr`, and link it
/// in. Returns the dump text when dumps are on.
pub(crate) fn compile(
    tr: &mut TraceRec,
    exit: usize,
    rec: &Recorder,
    cfg: &JitConfig,
) -> Result<Option<String>, String> {
    let nested = tr.nested.filter(|&(_, _, id)| id == exit);
    let tramp = nested.is_none() && !tr.linkable.get(exit).copied().unwrap_or(false);
    let Some(parent) = tr.compiled.as_mut() else {
        return Err("its trace was discarded".into());
    };
    let chained = exit >= parent.exits.len();
    if tramp && rec.enters_loop && rec.steps() < MIN_TRAMP_LOOP_STEPS {
        return Err(TOO_SHORT_INTO_LOOP.into());
    }
    let optimized = opt::optimize(&rec.trace, cfg.opt)?;
    // (Checked before compiling: every recording from the exit ends the same way.)
    if !tramp
        && optimized
            .insts
            .last()
            .is_some_and(|i| ends_with_objs(&optimized, i, rec.enters_loop))
    {
        return Err(NOT_LINKABLE_END.into());
    }
    let Some(&Inst::Exit { snap: end }) = optimized.insts.last() else {
        return Err("side trace does not end at the back-edge".into());
    };
    let end = end.idx();
    let tag = u32::try_from(exit + 1).map_err(|_| "too many exits".to_string())?;
    let mut compiled = backend::compile_tagged(&optimized, cfg.backend, tag)?;
    let d = &compiled.exits[end];
    let tramp = if tramp {
        // (A side trace that ends where a `for` loop starts pushes its new iterator.)
        if d.callee.is_some() || d.stack.len() > usize::from(rec.enters_loop) {
            return Err("side trace ends in a call or with values on the stack".into());
        }
        Some(Box::new(Tramp {
            req: EntryReq {
                stack_depth: rec.start_depth(),
                min_locals: rec.min_locals,
                iters: Vec::new(),
                local_types: crate::jit::entry_types(&optimized),
                unique_iters: false,
                // Only loop traces are judged by iterations per entry.
                min_progress: 1,
                words: None,
                tags: Vec::new(),
                for_end: 0,
            },
            k: rec.start_stack(),
            callee: rec.start_callee(),
            pc: rec.start_pc(),
            chain_tried: vec![false; compiled.exits.len()],
            chained,
            entries: 0,
            completed: 0,
        }))
    } else if rec.enters_loop {
        // Its end pushes the new iterator and returns (`SideRec::returned`). Not with
        // objects stored into locals: the JIT could apply that end, but such paths are
        // short (a `for` loop's end storing its target, straight into the next loop) and
        // their return costs more than the interpreter's few instructions (deltablue's
        // `remove_propagate_from`, into a loop without a trace: +0.4%).
        if !d.objs.is_empty() || d.callee.is_some() {
            return Err(NOT_LINKABLE_END.into());
        }
        match nested {
            Some((si, j, _)) => tr.sides[si].compiled.link(j, &mut compiled),
            None => parent.link(exit, &mut compiled),
        }
        None
    } else {
        // (Objects stored into locals are stored by its end's stub: `objexit.rs`.)
        if !d.stack.is_empty() || !d.virtuals.is_empty() || d.callee.is_some() {
            return Err(NOT_LINKABLE_END.into());
        }
        compiled.link(end, parent);
        match nested {
            Some((si, j, _)) => tr.sides[si].compiled.link(j, &mut compiled),
            None => parent.link(exit, &mut compiled),
        }
        None
    };
    // The exit has its side trace: `Jit::run`'s test for a hot exit fails at its abort count
    // from now on, before it looks for the side trace (exits that resume a call are taken
    // often and may have one).
    if let Some(a) = tr.side_aborts.get_mut(exit) {
        *a = MAX_SIDE_ABORTS;
    }
    // Residual calls in the side trace run while the loop trace's iterators are in `ctx`.
    tr.has_tramp |= tramp.is_some();
    if tramp.is_none() && opt::has_residual_call(&optimized) {
        tr.req.unique_iters = true;
    }
    let text = cfg.dump.then(|| {
        let title = format!(
            "side trace of trace at {} exit snap{exit}: from pc {} (line {}) to the loop header pc {}",
            where_(&tr.code, tr.header),
            rec.start_pc(),
            tr.code.line_of(rec.start_pc()),
            tr.header
        );
        let mut text = dump_titled(&title, rec, &optimized, &compiled);
        if cfg.disasm {
            text.push_str(&backend::disassemble(&compiled));
        }
        text
    });
    tr.sides.push(SideRec {
        exit,
        end,
        exits: vec![0; compiled.exits.len()],
        exit_pcs: compiled.exits.iter().map(|e| e.pc).collect(),
        failures: 0,
        compiled,
        linked: true,
        mark: (0, 0),
        enters: tramp.is_none() && rec.enters_loop,
        // (Empty when no exit pops: `drop_popped` then looks no further.)
        pops: if optimized.snaps.iter().any(|s| s.pop) {
            optimized.snaps.iter().map(|s| s.pop).collect()
        } else {
            Vec::new()
        },
        parent: nested.map(|(si, j, _)| (si, j)),
        nest_ok: if tramp.is_none() {
            linkable(&optimized, &tr.code, tr.header)
                .into_iter()
                .zip(&optimized.snaps)
                .enumerate()
                .map(|(k, (ok, s))| ok && k != end && s.pc as usize != tr.header)
                .collect()
        } else {
            Vec::new()
        },
        tramp,
        steps: rec.steps() as u64,
        work_mark: 0,
    });
    tr.sides_changed();
    Ok(text)
}

/// After the side trace of `exit` returned to the interpreter: unlink it if it completed no
/// run during its last `SIDE_FAILURES` failures (its guards no longer hold: a global
/// rebound on its path, say). A side trace that fails often but not always stays: it fails
/// where the interpreter would have gone anyway — at the end of an enclosing loop it runs
/// through, once per call, for instance — after doing that much of the work in machine
/// code. Returns 1 if it was unlinked now.
#[inline(always)]
pub(crate) fn check_unlink(tr: &mut TraceRec, exit: usize) -> u64 {
    match tr.sides.iter().position(|s| s.exit == exit) {
        Some(si) => check_unlink_at(tr, si),
        None => 0,
    }
}

/// `check_unlink` of the side trace `tr.sides[si]`.
#[inline(always)]
pub(crate) fn check_unlink_at(tr: &mut TraceRec, si: usize) -> u64 {
    let s = &mut tr.sides[si];
    let exit = s.exit;
    let failures = s.failures;
    if !s.linked || failures - s.mark.0 < SIDE_FAILURES {
        return 0;
    }
    let completed = s.completed();
    let recent_completed = completed - s.mark.1;
    let recent_failures = failures - s.mark.0;
    s.mark = (failures, completed);
    if recent_completed > 0 || recent_failures == 0 {
        return 0;
    }
    s.linked = false;
    if s.tramp.is_some() {
        return 1;
    }
    if let Some((si, j)) = s.parent {
        tr.sides[si].compiled.unlink(j);
        return 1;
    }
    if let Some(p) = tr.compiled.as_ref() {
        p.unlink(exit);
    }
    1
}

/// The `--jit-stats` lines of side trace `s` of trace `t`.
pub(crate) fn report(o: &mut String, t: &TraceRec, s: &SideRec) {
    let parent = s.parent.and_then(|(si, j)| Some((t.sides.get(si)?, j)));
    let entries = match (&s.tramp, parent) {
        (Some(tr), _) => tr.entries,
        (None, Some((p, j))) => p.compiled.linked_exits(j),
        (None, None) => t.compiled.as_ref().map_or(0, |c| c.linked_exits(s.exit)),
    };
    let chained = s.tramp.as_ref().filter(|t| t.chained);
    let pc = match (chained, parent) {
        (Some(c), _) => c.pc,
        (None, Some((p, j))) => p.exit_pcs.get(j).map_or(0, |&pc| pc as usize),
        (None, None) => t.exit_pcs_of(s.exit),
    };
    let failures: u64 = s.exits.iter().sum();
    let _ = writeln!(
        o,
        "jit:   side trace at exit snap{} (pc {pc}, line {}){}{}{}: entries {entries}, completed {}, exits {failures}",
        s.exit,
        t.code.line_of(pc),
        if s.tramp.is_some() { " (trampoline)" } else { "" },
        if chained.is_some() { " (chained)" } else if parent.is_some() { " (nested)" } else { "" },
        if s.linked { "" } else { " (unlinked)" },
        s.completed(),
    );
    for (k, n) in s.exits.iter().enumerate() {
        if *n == 0 {
            continue;
        }
        let pc = s.exit_pcs[k] as usize;
        let _ = writeln!(
            o,
            "jit:     side exit snap{k} -> pc {pc} (line {}): {n}",
            t.code.line_of(pc)
        );
    }
}

impl CalleeStart {
    /// Is `rc` the frame this side trace starts in?
    fn fits(&self, rc: &ResumeCall) -> bool {
        Rc::as_ptr(&rc.func) as usize == self.func
            && rc.pc == self.pc
            && rc.fast.len() == self.locals
            && rc.stack.len() == self.stack
            && rc
                .fast
                .iter()
                .map(Value::is_null)
                .eq(self.unbound.iter().copied())
    }
}
