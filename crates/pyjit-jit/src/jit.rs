//! The JIT driver: hot-loop detection, recording, the trace cache, exit policy, statistics.
//!
//! * **Hot loops.** Each back-edge (a backward `Jump`, identified by code object and target
//!   pc) has a counter; when it reaches the threshold (`--jit-threshold`) the next iteration
//!   is recorded. A loop whose recordings abort `MAX_ABORTS` times is blacklisted: its
//!   back-edges then cost a cache lookup and nothing else.
//! * **Traces.** A finished recording is optimized and compiled; from then on the back-edge
//!   runs the trace instead of counting.
//! * **Exits.** Every exit is counted per trace and per snapshot. A trace that keeps exiting
//!   before completing a single iteration (`FRUITLESS_LIMIT` entries in a row — its entry
//!   type checks no longer hold, or its first branch goes the other way now) is thrown away
//!   and its loop may be recorded again, at most `MAX_RETRACES` times before it is
//!   blacklisted — at once if most of its exits left the loop (`mostly_leaves`).
//! * **Side traces.** An exit taken `HOT_EXIT` times (at most the threshold) whose state is
//!   only frame slots (see `TraceRec::linkable`) is recorded from its pc to the loop's
//!   back-edge (`side.rs`); the compiled side trace is linked to the exit, and its end to the
//!   loop trace's entry, so that the exit runs on in machine code.

use crate::backend::entry::{self, EntryReq};
use crate::backend::helpers::TraceRt;
use crate::backend::{self, BackendConfig, Compiled, LinkCounter};
use crate::ir::Trace;
use crate::opt::{self, OptLevel};
use crate::record::{Recorder, Step, RECURSION_NOT_WORTH};
use crate::side::{self, SideRec};
use pyjit_bytecode::CodeObject;
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::jit_hook::{Answer, Backedge, JitHooks, Resume};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;
use std::rc::Rc;
use std::time::{Duration, Instant};

mod fast;

/// Recording attempts that may abort before a loop is blacklisted.
const MAX_ABORTS: u32 = 3;
/// Recordings a loop may lose to the loop ending before it is blacklisted (a `for` loop) or
/// recorded only once per `threshold` back-edges (a `while` loop that returned: see
/// `Jit::abort`).
const MAX_TRANSIENT_ABORTS: u32 = 16;
/// Traces a loop may have thrown away before it is blacklisted.
const MAX_RETRACES: u32 = 3;
/// Consecutive entries without a completed iteration that discard a trace.
const FRUITLESS_LIMIT: u32 = 32;
/// A trace is also discarded when, over a window of this many entries, it completed fewer
/// iterations than it had entries (it mostly exits in its first iteration: a heap guard that
/// keeps failing, say; re-entering then costs more than interpreting).
const EXIT_WINDOW: u32 = 256;
/// A trace tree is *losing* when machine code runs too little of its loop between two
/// round trips through the interpreter and its code is large: over its windows after the
/// first `LOSING_SKIP` (while its side traces are still being made), once it has lived
/// `LOSING_WINDOWS`, the bytecode instructions its completed runs stand for (the loop
/// trace's iterations and the side traces' completions, each weighed by the length of its
/// recording) come to fewer than `LOSING_WORK` per back-edge re-entry (an entry from the
/// loop's back-edge: the previous run left the iteration to the interpreter, which finished
/// it and came round again), and the tree's machine code is at least `LOSING_CODE` bytes.
/// Each round trip then costs an exit and a re-entry with its preamble, and the tree and
/// the interpreter's hot code, run by turns, do not fit the 32 KB instruction cache
/// together: richards' `Scheduler.schedule` (40 instructions per re-entry, 23.7 KB) ran
/// fewer instructions than the interpreter but missed the L1 instruction cache 11 M times
/// a quick run against 0.03 M. hexiom's `assign` (37 per re-entry, 11 KB) and the
/// others' trees (80 and more per re-entry) pay. The loop is left to the interpreter for
/// good (docs/jit.md, *Losing loops*).
const LOSING_SKIP: u32 = 2;
const LOSING_WINDOWS: u32 = 8;
const LOSING_WORK: u64 = 64;
const LOSING_CODE: usize = 16 * 1024;
/// Entries of the back-edge lookup cache.
const RECENT: usize = 64;
fn recent_slot(code: usize, target: usize) -> usize {
    ((code >> 4) ^ target.wrapping_mul(0x9e37)) & (RECENT - 1)
}

/// Abort reasons that say the loop cannot be traced whatever path it takes: its header
/// iterates something other than a range/list/tuple iterator (a generator, say), or its
/// body suspends a generator frame. Such a loop is blacklisted at its first abort instead
/// of its `MAX_ABORTS`th: counting to the threshold again, twice, and recording until the
/// abort is all the JIT would add to it (measured on `generators`, whose loops are all
/// like this).
fn never_traceable(reason: &str) -> bool {
    reason.starts_with("for loop over a ")
        || reason == "unsupported instruction YieldValue"
        || reason == "unsupported instruction YieldFrom"
        || reason == RECURSION_NOT_WORTH
}

/// `TraceRec::side_aborts` of an exit whose path leaves the loop (a side recording from it
/// popped below the loop's stack or returned): no side trace, like `side::MAX_SIDE_ABORTS`.
const LEAVES: u8 = u8::MAX;

/// Traces one loop may have at once (one per combination of entry types).
const MAX_TRACES_PER_LOOP: usize = 4;

/// Settings of a JIT instance.
#[derive(Clone, Debug)]
pub struct JitConfig {
    /// Back-edges of a loop before it is recorded.
    pub threshold: u32,
    /// Print dumps of each trace (`PYJIT_TRACE=1`) through `tracing`.
    pub dump: bool,
    /// Add the disassembly of each trace's machine code to the dump (`PYJIT_TRACE=2`).
    pub disasm: bool,
    pub opt: OptLevel,
    pub backend: BackendConfig,
}

impl JitConfig {
    /// The configuration for `threshold`, with the debugging knobs read from the environment:
    /// `PYJIT_TRACE=1` (dumps; `2` adds the disassembly), `PYJIT_JIT_OPT=none|nopeel|all`, `PYJIT_JIT_REGS=G[,X]`
    /// (fewer registers, to exercise spilling).
    pub fn from_env(threshold: u32) -> JitConfig {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let opt = match var("PYJIT_JIT_OPT").as_deref() {
            Some("none") => OptLevel::None,
            Some("nopeel") => OptLevel::NoPeel,
            _ => OptLevel::All,
        };
        let mut backend = BackendConfig::default();
        if let Some(r) = var("PYJIT_JIT_REGS") {
            let mut it = r.split(',').map(|s| s.trim().parse::<usize>().ok());
            if let Some(Some(g)) = it.next() {
                backend.max_gprs = g;
                backend.max_xmms = g;
            }
            if let Some(Some(x)) = it.next() {
                backend.max_xmms = x;
            }
        }
        JitConfig {
            threshold: threshold.max(1),
            dump: var("PYJIT_TRACE").is_some_and(|v| v != "0"),
            disasm: var("PYJIT_TRACE").is_some_and(|v| v.parse::<u32>().is_ok_and(|n| n >= 2)),
            opt,
            backend,
        }
    }
}

struct LoopState {
    /// Keeps the code object (and so the address in the key) alive.
    _code: Rc<CodeObject>,
    counter: u32,
    aborts: u32,
    /// Recordings that ended because the loop did (retried at once, up to a limit).
    transient_aborts: u32,
    retraces: u32,
    blacklisted: bool,
    /// Live traces of this loop, for different entry types.
    traces: Vec<usize>,
    /// A discarded trace kept compiled (`productive`), entered again when the trace that
    /// replaced it is discarded in turn (see `Jit::discard`).
    dormant: Option<usize>,
    /// Aborted side-trace recordings per exit pc, over all traces of the loop: a retrace
    /// of the loop has the same exits, and their side traces abort for the same reasons
    /// (a call that cannot be inlined, a path that leaves the loop).
    side_aborts: HashMap<u32, u8>,
    /// Its recordings make calls with effects residual (`Recorder::outline_calls`): its
    /// inlining tree was losing (`Jit::outline`).
    outline_calls: bool,
}

pub(crate) struct TraceRec {
    pub(crate) compiled: Option<Compiled>,
    pub(crate) req: EntryReq,
    pub(crate) code: Rc<CodeObject>,
    pub(crate) header: usize,
    entries: u64,
    iterations: u64,
    exits: Vec<u64>,
    /// Resume pc of each exit (kept when the code is thrown away).
    exit_pcs: Vec<u32>,
    fruitless: u32,
    /// Entries and completed iterations in the current `EXIT_WINDOW`.
    window_entries: u32,
    window_iterations: u64,
    /// Entries in the current window from the back-edge (not from the loop's start).
    window_reentries: u32,
    /// Bytecode instructions of one recorded iteration.
    steps: u64,
    /// `iterations` when the last window closed.
    window_start: u64,
    /// Back-edge re-entries and work (`losing_work`) over the windows judged by the
    /// losing rule (`LOSING_SKIP`).
    judged_reentries: u64,
    judged_work: u64,
    /// The tree's machine code when last judged (`tree_code_size`).
    judged_code: usize,
    /// Windows completed (the first is judged by the plain rule: side traces are still
    /// being made, see `min_progress`).
    pub(crate) windows: u32,
    discarded: bool,
    /// Kept compiled after its discard (`LoopState::dormant`).
    dormant: bool,
    /// `entries` and `iterations` when it was last entered again after being dormant: it
    /// is judged by what it did since (`productive`).
    since: (u64, u64),
    /// Per exit: may it get a side trace (`side::linkable`)? And recordings of one that
    /// aborted.
    pub(crate) linkable: Vec<bool>,
    /// Per exit: may it get a side trace, linked or entered through the trampoline
    /// (`side::trampable`)?
    side_ok: Vec<bool>,
    /// Has it a side trace entered through the trampoline?
    pub(crate) has_tramp: bool,
    pub(crate) side_aborts: Vec<u8>,
    /// Side traces attached to exits of this trace.
    pub(crate) sides: Vec<SideRec>,
    /// The completion counters of the side traces in `sides` (`SideRec::completed`), when
    /// none is a trampoline side trace (`has_tramp`): read on every exit of a run
    /// (`new_side_completions`) without going through the side traces' records.
    side_counters: Vec<LinkCounter>,
    /// The `rt`s of the side traces in `sides` (boxed in their `Compiled`s, so they stay
    /// where they are when `sides` grows): set at an entry and emptied of `deferred`
    /// objects at every exit without going through the side traces' records
    /// (`release_side_deferred`, `Jit::enter`).
    side_rts: Vec<*mut TraceRt>,
    /// The live `ctx` words of the trace and of its side traces (in `sides` order): each
    /// `Compiled::ctx`'s buffer (allocated once, so it stays where it is when `sides`
    /// grows) and its `stack_base`. What `reent::Saved` saves and puts back, without going
    /// through the side traces' records.
    ctx_words: Vec<(*mut u64, usize)>,
    /// The sum of the side traces' completions at the last exit.
    side_seen: u64,
    /// Were the side traces' `rt`s set at an entry since `sides` last changed? (`enter`)
    pub(crate) sides_bound: bool,
    /// Is the trace's code running (maybe waiting for a residual call)? Its `ctx`, `rt` and
    /// its side traces' are in use then: it is not entered again until `Jit::run_reentrant`
    /// has saved them.
    pub(crate) running: bool,
    /// Activations suspended in the trace's code whose state `run_reentrant` saved (the
    /// loop ran again inside a residual call): the code must stay, so the trace is not
    /// discarded meanwhile (`reent.rs`).
    pub(crate) reentered: u32,
    /// Trampoline side-trace runs in progress (`side::after_exit`): no side trace is
    /// attached meanwhile, since their Rust frames hold references into `sides`.
    pub(crate) tramp_runs: u32,
    /// 1 + the exit whose trampoline side trace completed the last run, which was then
    /// entered again (0: the last run ended otherwise). See the fruitless rule in
    /// `after_run`.
    last_tramp: u32,
    /// The trampoline side trace (index into `sides`) that exited last, and its exit.
    pub(crate) side_exit: (usize, usize),
    /// The side recording in progress from an exit of one of its linked side traces:
    /// (the side trace's index in `sides`, its exit, the exit index the new side trace
    /// gets, past the trace's own: `side::nested_exit`).
    pub(crate) nested: Option<(usize, usize, usize)>,
    /// Per exit: the object constants its trampoline side trace starts with
    /// (`side::start_consts`).
    consts: Vec<Vec<Option<u64>>>,
}

impl TraceRec {
    /// Side traces completed (jumped back into the loop) since the last call, over all of
    /// them: progress of the loop its iteration count does not show.
    #[inline(always)]
    pub(crate) fn new_side_completions(&mut self) -> u64 {
        let done: u64 = if self.has_tramp {
            self.sides.iter().map(SideRec::completed).sum()
        } else {
            // SAFETY: `side_counters` holds the counters of the side traces in `sides`
            // (`sides_changed` runs whenever one is added or they are dropped), each in
            // the `Compiled` of a side trace alive in `sides`.
            self.side_counters.iter().map(|&c| unsafe { c.get() }).sum()
        };
        let n = done - self.side_seen;
        self.side_seen = done;
        n
    }

    /// `sides` changed (a side trace was added, or all were dropped): collect their
    /// completion counters again, and make the next entry set the side traces' `rt`s
    /// (`Jit::enter` skips that while the trace's `rt` names the frame it enters on).
    pub(crate) fn sides_changed(&mut self) {
        self.side_counters = match self.has_tramp {
            true => Vec::new(),
            false => self.sides.iter().map(SideRec::link_counter).collect(),
        };
        self.side_rts = self
            .sides
            .iter_mut()
            .map(|s| &mut *s.compiled.rt as *mut TraceRt)
            .collect();
        // A side trace's `ctx[0]` is not live: side traces have no loop, so the iterations
        // their code adds to it are none (a trampoline side trace's entry zeroes it, a
        // linked one's stays 0). Only those with iterator words have live words.
        let main = self.compiled.iter_mut();
        let sides = self
            .sides
            .iter_mut()
            .map(|s| &mut s.compiled)
            .filter(|c| c.stack_base > 1);
        self.ctx_words = main
            .chain(sides)
            .map(|c| (c.ctx.as_mut_ptr(), c.stack_base))
            .collect();
        self.sides_bound = false;
    }

    /// The `rt`s of the side traces in `sides` and the live `ctx` words of the trace and
    /// its side traces (see the fields).
    pub(crate) fn reent_parts(&mut self) -> (&[*mut TraceRt], &[(*mut u64, usize)]) {
        (&self.side_rts, &self.ctx_words)
    }

    /// Release what the side traces own until their iteration ends (`deferred`), at the
    /// end of a run: an exit of the trace or of one of them.
    #[inline(always)]
    pub(crate) fn release_side_deferred(&mut self) {
        for &rt in &self.side_rts {
            // SAFETY: `side_rts` holds the `rt`s of the side traces alive in `sides`
            // (`sides_changed` runs whenever one is added or they are dropped); no trace
            // is running here, so nothing else refers to them.
            let d = unsafe { &mut (*rt).deferred };
            if !d.is_empty() {
                d.clear();
            }
        }
    }
}

#[derive(Default)]
struct Stats {
    recordings: u64,
    compiled: u64,
    discarded: u64,
    /// Dormant traces entered again (`Jit::discard`).
    revived: u64,
    /// Loops left to the interpreter by the losing rule (`LOSING_WINDOWS`).
    losing: u64,
    /// Losing loops recorded again with residual calls (`Jit::outline`).
    outlined: u64,
    rejected: u64,
    compile_time: Duration,
    aborts: BTreeMap<String, u64>,
    side_recordings: u64,
    sides_compiled: u64,
    sides_unlinked: u64,
    /// Trace entries inside a residual call of another trace.
    nested_entries: u64,
    /// Entries of a trace while an activation is suspended in its code (`run_reentrant`).
    reentries: u64,
}

/// A fast hasher for the (code address, pc) loop keys: back-edges of loops that are not
/// compiled look their loop up on every iteration, and SipHash would dominate that.
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}

type KeyMap = HashMap<(usize, usize), usize, std::hash::BuildHasherDefault<KeyHasher>>;

/// The tracing JIT; installed in the VM as its `JitHooks`.
pub struct Jit {
    cfg: JitConfig,
    enabled: bool,
    index: KeyMap,
    loops: Vec<LoopState>,
    /// Direct-mapped cache in front of `index`: (code address, header, loop index).
    recent: [(usize, usize, usize); RECENT],
    /// Boxed: a running trace's `TraceRec` stays put while a residual call it makes
    /// records and compiles new traces (`Jit::enter`).
    #[allow(clippy::vec_box)]
    traces: Vec<Box<TraceRec>>,
    rec: Option<(usize, Recorder)>,
    /// The (trace, exit) the recording in `rec` is a side trace of.
    rec_side: Option<(usize, usize)>,
    stats: Stats,
    /// A call the last trace exit left in the middle (`JitHooks::take_resume`).
    resume: Option<pyjit_runtime::interp::jit_hook::Resume>,
    /// The VM of the hook call in progress (`on_backedge`, `on_loop_entry`), for residual
    /// calls; only valid during that call.
    vm: *mut pyjit_runtime::Vm,
    /// Residual calls of running traces in progress (`nested_call`).
    depth: u32,
    /// `depth` when the recording in `rec` started: it ends when that residual call returns.
    rec_depth: u32,
    /// The hook `nested_call` installs, kept between calls (saves an allocation per call).
    spare_hook: Option<Box<Nested>>,
    /// Activations suspended in a residual call whose trace was entered again inside it
    /// (`run_reentrant`): the trace and the `depth` of that call; their saved state is
    /// `saves[i]` for entry `i`, put back when the call returns (`nested_call`).
    suspended: Vec<(usize, u32)>,
    /// The saved state of `suspended[i]` at `i`; the buffers past `suspended.len()` are
    /// kept for reuse (a `Saved` stays in place: it is not moved in and out per call).
    saves: Vec<crate::reent::Saved>,
    /// The last trace run ended in a side trace's exit where a `for` loop starts, with its
    /// new iterator (`SideRec::returned`): enter that loop's trace next (`run_again`).
    enter_next: bool,
    /// The run `after_run` is concluding continues the one before, whose trampoline side
    /// trace completed an iteration (`run_again`, not at a `for` loop's start): it is no
    /// new entry for the window rule.
    continued: bool,
    /// Native functions (`native.rs`).
    natives: crate::native::Natives,
}

/// Iterations per entry (over a window of `EXIT_WINDOW` entries) a trace of a `for` loop
/// that cannot be entered at its start must average to be kept. A comprehension's loop
/// (`[f(x) for x in xs]`) was such a loop until the compiler gave it a `GetIter` of its
/// own (of the iterator its caller made, see `comprehension_level`): the loop-entry hook
/// never ran it and its first iteration was always interpreted; the trace got the rest.
/// Now no loop the compiler emits is one (generator expressions' are never traced): the
/// rule stays for a `ForIter` without a `GetIter` before it. An entry and
/// exit cost about what two interpreted iterations of a small body do (a comprehension over
/// `range(lo, lo + k)` with an attribute read and a list subscript, cachegrind per call
/// against the build where it did not compile: k=2 +52 instructions, k=3 +13, k=4 -290),
/// so such a trace must run two iterations per entry where other traces need one — from
/// its second window on: in the first, its hot exits are still getting their side traces
/// (whose runs count as progress), and a loop whose trace is worth keeping can look like
/// one that is not. Only loops with short bodies (`SHORT_BODY`).
const MIN_PROGRESS_BACKEDGE_ONLY: u64 = 2;

/// Recorded iterations of at least this many bytecode instructions are worth a trace entry
/// even when it runs one iteration (chaos's `[ctrl[i].lerp(ctrl[i + 1], u) for i in ...]`,
/// with the inlined `lerp`, two and one iterations per entry: chaos `quick` runs 239.3 M
/// instructions with its trace kept under the plain rule, 246.5 M with it discarded; hexiom's
/// `[v for v in range(lo, hi + 1) if self.counts[v] > 0]` has 12 and averages about one).
const SHORT_BODY: usize = 24;

fn min_progress(code: &CodeObject, header: usize, steps: usize) -> u64 {
    let enterable = header > 0 && code.instrs[header - 1].op == pyjit_bytecode::Op::GetIter;
    if code.instrs[header].op == pyjit_bytecode::Op::ForIter && !enterable && steps < SHORT_BODY {
        MIN_PROGRESS_BACKEDGE_ONLY
    } else {
        1
    }
}

pub(crate) fn where_(code: &CodeObject, pc: usize) -> String {
    let file = code.filename.rsplit('/').next().unwrap_or("");
    format!("{file}:{} in {}", code.line_of(pc), code.qualname)
}

impl Jit {
    pub fn new(cfg: JitConfig) -> Jit {
        Jit {
            cfg,
            enabled: entry::value_layout_ok() && cfg!(target_arch = "x86_64"),
            index: KeyMap::default(),
            loops: Vec::new(),
            recent: [(0, usize::MAX, 0); RECENT],
            traces: Vec::new(),
            rec: None,
            rec_side: None,
            stats: Stats::default(),
            resume: None,
            vm: std::ptr::null_mut(),
            depth: 0,
            rec_depth: 0,
            spare_hook: None,
            suspended: Vec::new(),
            saves: Vec::new(),
            enter_next: false,
            continued: false,
            natives: Default::default(),
        }
    }

    /// The loop whose header is `target` in `f`'s code: from the cache of recent back-edges
    /// (`recent`), else `lookup`.
    #[inline(always)]
    fn loop_at(&mut self, f: &Frame, target: usize) -> usize {
        let code = Rc::as_ptr(&f.code) as usize;
        let slot = recent_slot(code, target);
        let (c, t, li) = self.recent[slot];
        if c == code && t == target {
            li
        } else {
            self.lookup(f, target, slot)
        }
    }

    /// The loop of a back-edge missing from the `recent` cache.
    #[cold]
    #[inline(never)]
    fn lookup(&mut self, f: &Frame, target: usize, slot: usize) -> usize {
        let code = Rc::as_ptr(&f.code) as usize;
        let enabled = self.enabled;
        let loops = &mut self.loops;
        let i = *self.index.entry((code, target)).or_insert_with(|| {
            loops.push(LoopState {
                _code: f.code.clone(),
                counter: 0,
                aborts: 0,
                transient_aborts: 0,
                retraces: 0,
                blacklisted: !enabled,
                traces: Vec::new(),
                dormant: None,
                side_aborts: HashMap::new(),
                outline_calls: false,
            });
            loops.len() - 1
        });
        self.recent[slot] = (code, target, i);
        i
    }

    /// End the recording in `rec` (`done`: successfully) and compile what it recorded.
    fn end_recording(&mut self, done: Result<(), String>) {
        let Some((li, rec)) = self.rec.take() else {
            return;
        };
        let done = match done {
            Ok(()) if rec.recursion_not_worth() => Err(RECURSION_NOT_WORTH.to_string()),
            d => d,
        };
        if let (true, Err(reason)) = (self.cfg.dump, &done) {
            let at = where_(&rec.code, rec.start_pc());
            tracing::info!(target: "pyjit::jit", "recording at {at} aborts: {reason}");
        }
        match (self.rec_side.take(), done) {
            (None, Ok(())) => self.finish(li, rec),
            (None, Err(reason)) => {
                if self.cfg.dump {
                    tracing::info!(target: "pyjit::jit", "recording of {} (header pc {}):", where_(&rec.code, rec.header), rec.header);
                }
                self.abort(li, reason)
            }
            (Some((ti, exit)), Ok(())) => {
                self.finish_side(li, ti, exit, rec);
                self.traces[ti].nested = None;
            }
            (Some((ti, exit)), Err(reason)) => {
                self.abort_side(li, ti, exit, reason);
                self.traces[ti].nested = None;
            }
        }
    }

    fn abort_side(&mut self, li: usize, ti: usize, exit: usize, reason: String) {
        if self.cfg.dump {
            tracing::info!(target: "pyjit::jit", "side trace recording aborted: {reason}");
        }
        *self
            .stats
            .aborts
            .entry(format!("side trace: {reason}"))
            .or_insert(0) += 1;
        // A path from the exit that leaves the loop (a `return` or `break` in a `for`
        // body) always will: give the exit up at once.
        let leaves =
            reason == "pops below the loop's stack" || reason == crate::record::LOOP_RETURNED;
        // A call of a function that cannot be inlined (nor called residually there) on the
        // path from the exit: the next recordings from it meet the same call.
        let never = reason.ends_with("(not inlinable)")
            || reason.ends_with(side::NOT_LINKABLE_END)
            || reason.ends_with(side::TOO_SHORT_INTO_LOOP)
            || reason == crate::record::OUTER_NOT_SEQ;
        let tr = &mut self.traces[ti];
        let pc = tr.exit_pcs_of(exit) as u32;
        // A loop-end exit's path leaves the loop by definition: a recording from it that
        // leaves the enclosing loop too (it ended meanwhile, or returned) is an abort like
        // any other, no sign that the trace's exits mostly leave (`mostly_leaves`).
        let leaves = leaves && pc as usize != tr.header;
        if let Some(a) = tr.side_aborts.get_mut(exit) {
            *a = if leaves {
                LEAVES
            } else if never {
                side::MAX_SIDE_ABORTS
            } else {
                a.saturating_add(1)
            };
            self.loops[li].side_aborts.insert(pc, *a);
        }
    }

    fn finish_side(&mut self, li: usize, ti: usize, exit: usize, rec: Recorder) {
        let start = Instant::now();
        let tr = &mut self.traces[ti];
        if tr.tramp_runs > 0 {
            let reason = "its trace runs a trampoline side trace in an outer call".into();
            return self.abort_side(li, ti, exit, reason);
        }
        let result = side::compile(tr, exit, &rec, &self.cfg);
        self.stats.compile_time += start.elapsed();
        match result {
            Ok(text) => {
                self.stats.sides_compiled += 1;
                if let Some(text) = text {
                    tracing::info!(target: "pyjit::jit", "{text}");
                }
            }
            Err(e) => self.abort_side(li, ti, exit, format!("not compiled: {e}")),
        }
    }

    #[cold]
    #[inline(never)]
    fn start_recording(&mut self, li: usize, f: &Frame) -> Backedge {
        let lp = &mut self.loops[li];
        lp.counter = 0;
        if lp.blacklisted || lp.traces.len() >= MAX_TRACES_PER_LOOP || self.rec.is_some() {
            return Backedge::Continue;
        }
        let mut r = Recorder::new(f);
        r.outline_calls = lp.outline_calls;
        self.rec = Some((li, r));
        self.rec_depth = self.depth;
        self.stats.recordings += 1;
        Backedge::Recording
    }

    /// The first of loop `li`'s traces that fits `f`, its `ctx` filled for entering it
    /// (`EntryReq::prepare`). One that is running or has no code is returned if it fits,
    /// for `enter` to decline.
    #[inline(always)]
    fn pick(&mut self, li: usize, f: &Frame) -> Option<usize> {
        for &t in &self.loops[li].traces {
            let tr = &mut *self.traces[t];
            match tr.compiled.as_mut() {
                Some(c) if !tr.running => {
                    if tr.req.prepare(c, f) {
                        return Some(t);
                    }
                }
                _ => {
                    if tr.req.fits(f) {
                        return Some(t);
                    }
                }
            }
        }
        None
    }

    /// Run the first of the loop's traces that fits the frame; if none does, count towards
    /// recording another one.
    #[inline(never)]
    fn backedge_with_traces(&mut self, li: usize, f: &mut Frame) -> Backedge {
        if let Some(t) = self.pick(li, f) {
            // (A recursive call of a running trace's loop: see `run_reentrant`.)
            return self.run(li, t, f, false);
        }
        self.stats.rejected += 1;
        let lp = &mut self.loops[li];
        if lp.blacklisted {
            return Backedge::Continue;
        }
        lp.counter += 1;
        if lp.counter < self.cfg.threshold {
            return Backedge::Continue;
        }
        self.start_recording(li, f)
    }

    fn abort(&mut self, li: usize, reason: String) {
        if self.cfg.dump {
            tracing::info!(target: "pyjit::jit", "recording aborted: {reason}");
        }
        // The loop running out during the recorded iteration says nothing about the loop
        // body: try again on the next back-edge (a loop that runs exactly `threshold` times
        // per execution would otherwise always start recording on its last iteration).
        let returned = reason == crate::record::LOOP_RETURNED;
        let transient = returned || reason == crate::record::LOOP_ENDED;
        let never = never_traceable(&reason);
        *self.stats.aborts.entry(reason).or_insert(0) += 1;
        let threshold = self.cfg.threshold;
        let lp = &mut self.loops[li];
        if transient {
            lp.transient_aborts += 1;
            lp.counter = threshold.saturating_sub(1);
            // A loop that returned while recording that many times is mostly left after
            // one iteration, but may still have long runs now and then: it is recorded
            // again after `threshold` more back-edges each time, never blacklisted. A
            // recording that starts in a long run compiles (deltablue's `add_propagate`
            // `while todo:` runs one iteration in 6007 of its calls and 1001 in two; it
            // was blacklisted before its first long run). Its trace is entered only from
            // its back-edge, so the short calls cost a fruitless entry each until the
            // fruitless rule discards it. A `for` loop that ended as often stays
            // blacklisted: its trace would be entered at every start of the loop
            // (`loop_entry`), and deltablue's `add_constraints_consuming_to` (one or two
            // iterations a call, 11 k calls) costs more compiled than interpreted.
            if lp.transient_aborts >= MAX_TRANSIENT_ABORTS {
                if returned {
                    lp.counter = 0;
                } else {
                    lp.blacklisted = true;
                }
            }
            return;
        }
        lp.aborts += 1;
        if lp.aborts >= MAX_ABORTS || never {
            lp.blacklisted = true;
        }
    }

    fn finish(&mut self, li: usize, rec: Recorder) {
        let start = Instant::now();
        let result = opt::optimize(&rec.trace, self.cfg.opt)
            .and_then(|o| backend::compile(&o, self.cfg.backend).map(|c| (o, c)));
        self.stats.compile_time += start.elapsed();
        let (optimized, compiled) = match result {
            Ok(r) => r,
            Err(e) => return self.abort(li, format!("not compiled: {e}")),
        };
        let id = self.traces.len();
        if self.cfg.dump {
            let mut text = dump(id, &rec, &optimized, &compiled);
            if self.cfg.disasm {
                text.push_str(&backend::disassemble(&compiled));
            }
            tracing::info!(target: "pyjit::jit", "{text}");
        }
        let known = &self.loops[li].side_aborts;
        let side_aborts = compiled
            .exits
            .iter()
            .map(|e| known.get(&e.pc).copied().unwrap_or(0))
            .collect();
        let linkable = side::linkable(&optimized, &rec.code, rec.header);
        let side_ok = side::trampable(&optimized, &rec.code, rec.header)
            .iter()
            .zip(&linkable)
            .map(|(&t, &l)| t || l)
            .collect();
        let consts = side::start_consts(&optimized);
        self.traces.push(Box::new(TraceRec {
            linkable,
            side_ok,
            consts,
            has_tramp: false,
            side_aborts,
            sides: Vec::new(),
            side_counters: Vec::new(),
            side_rts: Vec::new(),
            ctx_words: Vec::new(),
            side_seen: 0,
            sides_bound: false,
            exits: vec![0; compiled.exits.len()],
            exit_pcs: compiled.exits.iter().map(|e| e.pc).collect(),
            compiled: Some(compiled),
            req: EntryReq {
                stack_depth: rec.stack_depth,
                min_locals: rec.min_locals,
                iters: rec.iters.clone(),
                local_types: entry_types(&optimized),
                unique_iters: crate::opt::has_residual_call(&optimized),
                min_progress: min_progress(&rec.code, rec.header, rec.steps()),
                words: None,
                tags: Vec::new(),
                for_end: match rec.code.instrs.get(rec.header) {
                    Some(i) if i.op == pyjit_bytecode::Op::ForIter => i.arg as usize,
                    _ => 0,
                },
            },
            code: rec.code.clone(),
            header: rec.header,
            entries: 0,
            iterations: 0,
            fruitless: 0,
            window_entries: 0,
            window_iterations: 0,
            window_reentries: 0,
            steps: rec.steps() as u64,
            window_start: 0,
            judged_reentries: 0,
            judged_work: 0,
            judged_code: 0,
            windows: 0,
            discarded: false,
            dormant: false,
            since: (0, 0),
            running: false,
            reentered: 0,
            tramp_runs: 0,
            last_tramp: 0,
            side_exit: (0, 0),
            nested: None,
        }));
        let tr = &mut *self.traces[id];
        if let Some(c) = &tr.compiled {
            tr.req.plan(c);
        }
        tr.sides_changed();
        self.loops[li].traces.push(id);
        self.stats.compiled += 1;
    }

    /// Throw trace `ti` of loop `li` away: its exits keep firing before iterations complete.
    /// A `productive` trace is kept compiled instead, as the loop's dormant trace, and the
    /// loop's previous dormant trace (if any) takes its place: a loop whose receivers
    /// change class from one phase of the program to the next (deltablue's `Plan.execute`
    /// over `EqualityConstraint`s, then `ScaleConstraint`s) alternates between two traces
    /// without recording or compiling either again. A trace entered again that does not
    /// prove `productive` before its next discard is thrown away for good.
    #[cold]
    #[inline(never)]
    fn discard(&mut self, li: usize, ti: usize) {
        let tr = &mut self.traces[ti];
        if self.cfg.dump {
            tracing::info!(target: "pyjit::jit", "trace {ti} discarded: its exits keep firing before iterations complete");
        }
        self.stats.discarded += 1;
        // A trace whose exits are mostly paths that leave the loop (a `return` or
        // `break` in its body) is discarded because the loop runs few iterations per
        // call, which a new trace of it would not change: not retraced.
        let once = tr.req.min_progress > 1 || mostly_leaves(tr);
        let keep = !once && productive(tr);
        let lp = &mut self.loops[li];
        lp.traces.retain(|&t| t != ti);
        lp.counter = 0;
        if keep {
            tr.dormant = true;
            tr.fruitless = 0;
            tr.window_entries = 0;
            tr.window_iterations = 0;
            if let Some(d) = lp.dormant.replace(ti) {
                let dt = &mut self.traces[d];
                dt.dormant = false;
                dt.since = (dt.entries, dt.iterations);
                lp.traces.push(d);
                self.stats.revived += 1;
                if self.cfg.dump {
                    tracing::info!(target: "pyjit::jit", "trace {d} entered again in place of trace {ti}");
                }
            }
            return;
        }
        tr.discarded = true;
        tr.compiled = None;
        tr.sides.clear();
        tr.sides_changed();
        lp.retraces += 1;
        // A loop entered only at back-edges (`min_progress`) runs as few iterations per
        // entry whatever its trace: not retraced.
        if lp.retraces >= MAX_RETRACES || once {
            lp.blacklisted = true;
        }
    }

    /// Loop `li`'s trace `ti` is losing (`LOSING_WINDOWS`) for the first time: throw its
    /// traces away, as `abandon`, but record the loop again with the calls at its level
    /// of functions that have effects and make calls of their own made residual
    /// (`Recorder::outline_calls`) — a smaller tree whose iterations complete in machine
    /// code, the callees interpreted. Its retraces, aborts and side-trace aborts start
    /// anew. A loop losing again that way is abandoned.
    #[cold]
    #[inline(never)]
    fn outline(&mut self, li: usize, ti: usize) {
        if self.cfg.dump {
            tracing::info!(target: "pyjit::jit", "trace {ti} is losing: its loop is recorded again with residual calls");
        }
        self.stats.outlined += 1;
        self.abandon_traces(li, ti);
        let lp = &mut self.loops[li];
        lp.outline_calls = true;
        lp.counter = 0;
        lp.aborts = 0;
        lp.transient_aborts = 0;
        lp.retraces = 0;
        lp.side_aborts.clear();
    }

    /// Leave loop `li` to the interpreter for good: its trace `ti` is losing
    /// (`LOSING_WINDOWS`). Its traces (the dormant one too) are thrown away and the loop is
    /// blacklisted, so its back-edge stops calling the JIT (`Backedge::Never`).
    #[cold]
    #[inline(never)]
    fn abandon(&mut self, li: usize, ti: usize) {
        if self.cfg.dump {
            tracing::info!(target: "pyjit::jit", "trace {ti} is losing: its loop is left to the interpreter");
        }
        self.stats.losing += 1;
        self.loops[li].blacklisted = true;
        self.abandon_traces(li, ti);
    }

    /// Throw away loop `li`'s traces (the dormant one too) but those a suspended activation
    /// still runs; `ti` is the one judged.
    fn abandon_traces(&mut self, li: usize, ti: usize) {
        let lp = &mut self.loops[li];
        let mut gone: Vec<usize> = std::mem::take(&mut lp.traces);
        gone.extend(lp.dormant.take());
        for t in gone {
            let tr = &mut self.traces[t];
            if tr.reentered > 0 || tr.running && t != ti {
                // Still in use by a suspended activation: keep it entered (rare).
                self.loops[li].traces.push(t);
                continue;
            }
            tr.discarded = true;
            tr.dormant = false;
            tr.compiled = None;
            tr.sides.clear();
            tr.sides_changed();
        }
    }

    /// Run trace `ti` of loop `li` on `f`. At a loop entry (`entry`), a loop that is empty
    /// and leaves at once does not count against the trace. `Recording` when a side trace of
    /// the exit taken is to be recorded from here. Inlined into the two hooks' paths, where
    /// it runs on every entry; `run_outlined` elsewhere.
    #[inline(always)]
    fn run(&mut self, li: usize, ti: usize, f: &mut Frame, entry: bool) -> Backedge {
        if self.traces[ti].running {
            return self.run_reentrant(li, ti, f, entry);
        }
        // SAFETY: as in `run_once`: `run`'s callers pass a trace that `pick` returned (and
        // prepared, since it is not running) for `f`, unchanged since.
        let Some((tr, code)) = (unsafe { Jit::enter(self, ti, f) }) else {
            return Backedge::Continue;
        };
        let Some(c) = tr.compiled.as_mut() else {
            return Backedge::Continue;
        };
        tr.req.copy_back(c, f);
        if let Some(b) = self.finish_plain(li, ti, tr, f, entry, code) {
            return b;
        }
        let (b, again) = self.after_run(li, ti, tr, f, entry, code);
        if again {
            return self.run_again(f);
        }
        b
    }

    /// `run`, out of line (the rare paths).
    #[inline(never)]
    fn run_outlined(&mut self, li: usize, ti: usize, f: &mut Frame, entry: bool) -> Backedge {
        self.run(li, ti, f, entry)
    }

    /// A back-edge inside a residual call the recording waits for (`waits_for_call`: the
    /// interpreter runs it at full speed): run the loop's trace that fits, if any, but
    /// count nothing towards a recording (one is in progress).
    #[cold]
    #[inline(never)]
    fn backedge_in_residual(&mut self, f: &mut Frame, target: usize) -> Backedge {
        let li = self.loop_at(f, target);
        match self.pick(li, f) {
            Some(t) => self.run_outlined(li, t, f, false),
            None => Backedge::Continue,
        }
    }

    /// Run trace `ti` of loop `li`, which is running already: the loop came round again
    /// inside a residual call of the trace (recursion). The suspended activation's state is
    /// saved and the trace runs for this one with the same code and buffers — as do the
    /// later entries inside the same call — until the call returns, when `nested_call` puts
    /// the state back (`reent.rs`).
    #[cold]
    #[inline(never)]
    fn run_reentrant(&mut self, li: usize, ti: usize, f: &mut Frame, entry: bool) -> Backedge {
        // Code suspended in a trace reaches the JIT's hooks only through a residual call.
        if self.depth == 0 {
            return Backedge::Continue;
        }
        let i = self.suspended.len();
        if self.saves.len() == i {
            self.saves.push(crate::reent::Saved::default());
        }
        let tr = &mut self.traces[ti];
        self.saves[i].take(tr);
        tr.running = false;
        tr.reentered += 1;
        self.suspended.push((ti, self.depth));
        // `pick` left the `ctx` of a running trace alone (the suspended activation's):
        // fill it for this entry now that it is saved. (If the frame does not fit after
        // all, the trace stays free for later entries inside the same call.)
        let tr = &mut *self.traces[ti];
        let prepared = match tr.compiled.as_mut() {
            Some(c) => tr.req.prepare(c, f),
            None => false,
        };
        if !prepared {
            return Backedge::Continue;
        }
        self.run_outlined(li, ti, f, entry)
    }

    /// The residual call at `depth` returns: put back the state of the activations
    /// `run_reentrant` suspended in it.
    #[cold]
    #[inline(never)]
    fn resume_suspended(&mut self) {
        while let Some(&(ti, d)) = self.suspended.last() {
            if d != self.depth {
                break;
            }
            self.suspended.pop();
            let tr = &mut self.traces[ti];
            tr.reentered -= 1;
            tr.running = true;
            self.saves[self.suspended.len()].put_back(tr);
        }
    }

    /// A trampoline side trace ran to the loop header: as at the back-edge, enter the loop's
    /// trace that fits (without counting towards a recording if none does), as long as
    /// trampoline side traces bring the frame back to the header. Or a side trace ended
    /// where a `for` loop starts (`enter_next`, the frame at that loop's header with its new
    /// iterator, `SideRec::returned`): enter that loop's trace that fits, as at a loop entry.
    #[cold]
    #[inline(never)]
    fn run_again(&mut self, f: &mut Frame) -> Backedge {
        loop {
            // (A trampoline side trace may end where another `for` loop starts, too: the
            // frame's pc says which loop.)
            let entry = std::mem::take(&mut self.enter_next);
            let li = self.loop_at(f, f.pc);
            let Some(t) = self.pick(li, f) else {
                return Backedge::Continue;
            };
            self.continued = !entry;
            let (b, again) = self.run_once(li, t, f, entry);
            self.continued = false;
            if !again {
                return b;
            }
        }
    }

    /// `run`, once; `true` when a trampoline side trace left the frame at the loop header,
    /// to be entered again, or a side trace left it where a `for` loop starts
    /// (`enter_next`).
    #[inline(always)]
    fn run_once(&mut self, li: usize, ti: usize, f: &mut Frame, entry: bool) -> (Backedge, bool) {
        // SAFETY: `self` is not used while `enter` runs (see there). Both callers, `run` and
        // `run_again`, pass a trace that `pick` returned for `f` (prepared unless running)
        // or that `run_reentrant` prepared, and nothing changed `f` or the trace since.
        let Some((tr, code)) = (unsafe { Jit::enter(self, ti, f) }) else {
            return (Backedge::Continue, false);
        };
        let Some(c) = tr.compiled.as_mut() else {
            return (Backedge::Continue, false);
        };
        tr.req.copy_back(c, f);
        self.after_run(li, ti, tr, f, entry, code)
    }

    /// Apply the exit `code` of trace `ti` (`tr`, which `enter` returned and whose
    /// iterators `copy_back` updated) to `f` and do the exit's bookkeeping: the general
    /// case of `run_once`, for a trace with a trampoline side trace (`finish_plain` does
    /// the others).
    #[inline(never)]
    fn after_run(
        &mut self,
        li: usize,
        ti: usize,
        tr: &mut TraceRec,
        f: &mut Frame,
        entry: bool,
        code: u64,
    ) -> (Backedge, bool) {
        let Some(c) = tr.compiled.as_mut() else {
            return (Backedge::Continue, false);
        };
        let mut hot_exit = None;
        let mut again = false;
        let iterations = c.ctx[0];
        let (tag, exit) = backend::split_exit_code(code);
        // The exit's `ExitInfo` only where a trampoline side trace may continue it;
        // elsewhere its `resume` goes straight to `self.resume` (empty here, see
        // below).
        let own = tag == 0;
        let mut e = None;
        if own {
            tr.exits[exit] += 1;
            if tr.has_tramp {
                e = entry::apply_exit(c, exit, f);
            } else {
                entry::apply_exit_to(c, exit, f, &mut self.resume);
            }
        } else if let Some(s) = tr.sides.iter_mut().find(|s| s.exit + 1 == tag as usize) {
            if s.enters_at(exit) {
                s.entered(exit, f, &mut self.resume);
                self.enter_next = true;
                again = true;
            } else {
                s.exited_to(exit, f, &mut self.resume);
                if s.wants_nested(exit, self.cfg.threshold)
                    && self.rec.is_none()
                    && self.resume.is_none()
                {
                    hot_exit = side::nested_exit(tr, tag as usize - 1, exit, self.cfg.threshold);
                }
            }
        }
        // An exit with a trampoline side trace: run it on the frame the exit left
        // (also when the exit left an inlined call in the middle, which the side
        // trace then finishes instead of the interpreter).
        let mut tramp_failed = false;
        if own && tr.has_tramp {
            (again, tramp_failed) = side::after_exit(tr, exit, f, &mut e);
            // It ended where another `for` loop starts (`Recorder::enters_loop`): that
            // loop's trace, not this one, is entered next (`run_again`).
        }
        // Progress for the exit rules: loop iterations, runs through side traces back
        // into the loop (each at least an iteration, maybe of an outer loop), and an
        // exit from a side trace (the loop trace got as far as a linked exit).
        let mut progress = iterations + u64::from(tag != 0 || tramp_failed);
        tr.release_side_deferred();
        progress += tr.new_side_completions();
        // `resume` is empty here (`take_resume` follows every hook call): assigning only
        // when there is one saves an out-of-line drop of the old `Option<Resume>` on
        // every exit.
        if let Some(r) = e.and_then(|e| e.resume) {
            self.resume = Some(r);
        }
        tr.entries += 1;
        tr.iterations += iterations;
        let empty_loop = entry && own && tr.exit_pcs[exit] as usize == tr.header;
        // A trampoline side trace's run is progress over the window, but for the
        // fruitless rule only when the run before did not end in the same one: a trace
        // that exits at the same guard on every entry (a global rebound on its path) is
        // better recorded again than continued by a side trace each time. A polymorphic
        // call site's other class, whose side trace runs one iteration before the loop
        // trace is entered again and leaves the loop somewhere else (raytrace's
        // `in_shadow` for points in a shadow: the plane first, then a sphere hit and
        // `return True`), makes progress on every call; counted as fruitless, a row of
        // 32 shadowed calls threw the trace away and, by its third retrace, left the loop
        // to the interpreter for the rest of the run.
        let tramp_again = own && again && !tramp_failed && tr.has_tramp;
        let repeated = tramp_again && tr.last_tramp == exit as u32 + 1;
        tr.last_tramp = if tramp_again { exit as u32 + 1 } else { 0 };
        if progress > u64::from(repeated || tramp_failed) {
            tr.fruitless = 0;
        } else if !empty_loop {
            tr.fruitless += 1;
        }
        // A run that continues the last one after its trampoline side trace is part of
        // the same entry for the window rule (its re-entry still counts for the losing
        // rule): `in_shadow`'s shadowed calls, one iteration in two runs, are no worse
        // than an exit at the header.
        if !empty_loop {
            tr.window_entries += u32::from(!self.continued);
            tr.window_iterations += progress;
            tr.window_reentries += u32::from(!entry);
        }
        if !own {
            self.stats.sides_unlinked += side::check_unlink(tr, tag as usize - 1);
        }
        if tramp_failed {
            self.stats.sides_unlinked += side::check_unlink(tr, exit);
            // A hot exit of a trampoline side trace that no other one continues: a
            // chained side trace from it (entered by `run_tramp` after it).
            if resumes_call(&self.resume) {
                hot_exit = side::chain_exit(tr);
            }
        }
        if own
            && (self.resume.is_none() || resumes_call(&self.resume))
            && tr.side_ok[exit]
            && tr.side_aborts[exit] < side::MAX_SIDE_ABORTS
            && tr.exits[exit] >= u64::from(self.cfg.threshold.min(side::HOT_EXIT))
            && !tr.sides.iter().any(|s| s.exit == exit)
        {
            hot_exit = Some(exit);
        }
        self.conclude(li, ti, tr, f, hot_exit, again)
    }

    /// The end of a trace run, after its exit was counted: close the exit window if it is
    /// full, discard the trace if its exits keep firing before iterations complete, start
    /// the side recording of `hot_exit`. `again` is `run_once`'s.
    #[inline(always)]
    fn conclude(
        &mut self,
        li: usize,
        ti: usize,
        tr: &mut TraceRec,
        f: &mut Frame,
        hot_exit: Option<usize>,
        again: bool,
    ) -> (Backedge, bool) {
        // (A nested exit's recording starts here or not at all: `side::nested_exit`. Not
        // while it runs: this trace may run again inside a residual call meanwhile.)
        if !matches!((tr.nested, hot_exit), (Some((_, _, id)), Some(e)) if id == e)
            && self.rec_side.map(|(t, _)| t) != Some(ti)
        {
            tr.nested = None;
        }
        let mut exits_too_often = false;
        let mut losing = false;
        if tr.window_entries >= EXIT_WINDOW {
            let per_entry = if tr.windows == 0 {
                1
            } else {
                tr.req.min_progress.max(1)
            };
            exits_too_often = tr.window_iterations < u64::from(tr.window_entries) * per_entry;
            let work = losing_work(tr);
            if tr.windows >= LOSING_SKIP {
                tr.judged_reentries += u64::from(tr.window_reentries);
                tr.judged_work += work;
                tr.judged_code = tree_code_size(tr);
                losing = tr.windows + 1 >= LOSING_WINDOWS
                    && tr.judged_work < tr.judged_reentries.saturating_mul(LOSING_WORK)
                    && tr.judged_code >= LOSING_CODE;
            }
            tr.windows = tr.windows.saturating_add(1);
            tr.window_entries = 0;
            tr.window_iterations = 0;
            tr.window_reentries = 0;
        }
        // (Not while an outer activation is suspended in the code: `reent.rs`.)
        if losing && tr.reentered == 0 {
            if self.loops[li].outline_calls {
                self.abandon(li, ti);
            } else {
                self.outline(li, ti);
            }
            return (Backedge::Continue, self.enter_next);
        }
        if (tr.fruitless >= FRUITLESS_LIMIT || exits_too_often) && tr.reentered == 0 {
            // An exit that is due a side trace now (`hot_exit`) is not yet a reason to give
            // up on the trace: with `HOT_EXIT` equal to `FRUITLESS_LIMIT`, a loop whose runs
            // all leave at one exit (a new phase of the program takes another path:
            // deltablue's `incremental_add` loop, compiled over one chain, then run with
            // another class of constraint) was discarded at the very exit that would have
            // recorded its side trace, and recorded and compiled anew — twice, before its
            // third trace was kept. The side trace is recorded instead; if it compiles,
            // its runs are progress, and if its recording aborts, the next fruitless exit
            // discards the trace.
            let side_due = hot_exit.is_some() && self.rec.is_none() && !exits_too_often;
            if !side_due {
                self.discard(li, ti);
                return (Backedge::Continue, self.enter_next);
            }
        }
        match hot_exit {
            Some(exit) if self.rec.is_none() => {
                // A chained side trace's exit is past the trace's own (`side::compile`): it
                // starts at whatever the side trace's exit left on the stack. So does a
                // nested one's, whose stack entries and dropped iterator its parent side
                // trace's exit says (`side::nested_start`).
                let nested = tr.nested.filter(|&(_, _, id)| id == exit);
                let (k, popped) =
                    match (nested, tr.compiled.as_ref().and_then(|c| c.exits.get(exit))) {
                        (Some((si, j, _)), _) => side::nested_start(tr, si, j),
                        (None, Some(d)) => (d.stack.len(), false),
                        (None, None) => (f.stack.len().saturating_sub(tr.req.stack_depth), false),
                    };
                let header = tr.header;
                let rec = match &self.resume {
                    _ if nested.is_some() || tr.linkable.get(exit).copied().unwrap_or(false) => {
                        let mut r = Recorder::side(f, header, k != 0);
                        if popped {
                            r.start_popped();
                        }
                        if let (Some(c), Some(w)) = (tr.compiled.as_mut(), &tr.req.words) {
                            r.set_parent_iters(c.ctx.as_mut_ptr(), w.clone());
                        }
                        Ok(r)
                    }
                    Some(Resume::Call(rc)) => Recorder::side_resume(f, header, k, rc),
                    _ => Recorder::side_tramp(f, header, k),
                };
                // The loop trace's object constants on the exit's stack are calls its side
                // trace must not restart (`Recorder::guard_callee`) — unless it starts
                // inside a resumed call (`side_resume`): it continues that call instead of
                // restarting it, and the constants below it are calls still pending in the
                // caller (chaos's `p.lerp(self.target(), 0.5)`, exiting at `target`'s
                // `r < 3`), which that path makes for the first time.
                let outline = self.loops[li].outline_calls;
                let rec = rec.map(|mut r| {
                    r.outline_calls = outline;
                    if r.start_callee().is_none() {
                        r.set_parent_consts(tr.consts.get(exit).cloned().unwrap_or_default());
                    }
                    r
                });
                self.stats.side_recordings += 1;
                match rec {
                    Ok(rec) => {
                        self.rec = Some((li, rec));
                        self.rec_side = Some((ti, exit));
                        self.rec_depth = self.depth;
                        self.enter_next = false;
                        (Backedge::Recording, false)
                    }
                    Err(reason) => {
                        tr.nested = None;
                        self.abort_side(li, ti, exit, reason);
                        (Backedge::Continue, again)
                    }
                }
            }
            _ => (Backedge::Continue, again),
        }
    }
}

impl Jit {
    /// Enter trace `ti` of `*jit` on `f`, whose `ctx` `pick` (or `run_reentrant`) prepared
    /// (`entry::call_prepared`): `None` if it has no code or is running already (a recursive
    /// call of its loop inside one of its residual calls that did not go through
    /// `run_reentrant`), else the trace and its raw exit code.
    ///
    /// The trace's residual calls re-enter the JIT through `jit` (`nested_call`), so
    /// nothing here holds a reference into the JIT across the call but those to this
    /// trace's `Compiled` and `req` (boxed, so `traces` may grow meanwhile), which the
    /// nested hooks never free: they enter this trace again only after saving the state of
    /// this activation (`run_reentrant`), which `nested_call` puts back before the residual
    /// call returns to this code, never discard a trace an activation is suspended in
    /// (`TraceRec::reentered`), and only add side traces to it (a recording ends before
    /// its residual call returns).
    ///
    /// # Safety
    /// `jit` is valid, and the caller does not use it otherwise until this returns. The
    /// trace returned is borrowed from `*jit` (it is boxed, and `traces` only grows): the
    /// caller must not let it outlive `*jit` or use it with another reference to it. If the
    /// trace is not running, `prepare` of its requirements returned `true` for `f` since
    /// `f` and the trace last changed (`pick`, `run_reentrant`).
    #[inline(always)]
    unsafe fn enter<'a>(
        jit: *mut Jit,
        ti: usize,
        f: &mut Frame,
    ) -> Option<(&'a mut TraceRec, u64)> {
        // SAFETY: the caller's contract. The trace stays at its address (`traces` holds
        // boxes and only grows); it is accessed through `t`, with references that end
        // before the machine code runs except those to its code (`c`) and `req`, which
        // nested hooks only read (`req.fits`, `running`: other fields). `call_prepared`:
        // the caller prepared the trace's `ctx` for `f`. `side_rts` holds the `rt`s of the
        // side traces alive in `sides` (`sides_changed`), none of them running.
        unsafe {
            let t: *mut TraceRec = &mut *(&mut (*jit).traces)[ti];
            if (*t).running {
                return None;
            }
            let (vm, nested) = ((*jit).vm, (*jit).depth > 0);
            let c = (*t).compiled.as_mut()?;
            // The side traces run on the frame the trace runs on, in the same VM. Their
            // `rt`s are set with the trace's (and a trampoline side trace's by its own
            // entry), so when the trace's still names this frame, VM and JIT — a loop
            // entered again in the same call, or in a call whose frame took the place of
            // the last one's — theirs do too, unless one was added since
            // (`sides_changed`).
            let fp: *const Frame = f;
            if (*t).has_tramp
                || !(*t).sides_bound
                || c.rt.frame != fp
                || c.rt.locals != f.fast.as_mut_ptr()
                || c.rt.vm != vm
                || c.rt.jit != jit
            {
                for &rt in &(*t).side_rts {
                    (*rt).set_frame(f);
                    (*rt).vm = vm;
                    (*rt).jit = jit;
                }
                c.rt.vm = vm;
                c.rt.jit = jit;
                (*t).sides_bound = true;
            }
            (*t).running = true;
            let code = entry::call_prepared(c, f);
            (*t).running = false;
            if nested {
                (*jit).stats.nested_entries += 1;
                if (*t).reentered > 0 {
                    (*jit).stats.reentries += 1;
                }
            }
            Some((&mut *t, code))
        }
    }
}

/// The JIT's hooks while a trace waits for a residual call: the JIT is `Jit` behind the
/// pointer, and the trace that made the call is running (`nested_call`).
struct Nested(*mut Jit);

impl JitHooks for Nested {
    fn on_backedge(&mut self, vm: *mut pyjit_runtime::Vm, f: &mut Frame, target: usize) -> Answer {
        // SAFETY: `nested_call` installed this hook for the duration of the residual call,
        // with the pointer the running trace got from its `Jit::enter`, which does not use
        // the JIT meanwhile.
        unsafe { (*self.0).on_backedge(vm, f, target) }
    }

    fn on_loop_entry(&mut self, vm: *mut pyjit_runtime::Vm, f: &mut Frame) -> Answer {
        // SAFETY: as in `on_backedge`.
        unsafe { (*self.0).on_loop_entry(vm, f) }
    }

    fn on_instruction(&mut self, f: &Frame) -> bool {
        // SAFETY: as in `on_backedge`.
        unsafe { (*self.0).on_instruction(f) }
    }

    fn stats_report(&self) -> String {
        // SAFETY: as in `on_backedge`.
        unsafe { (*self.0).stats_report() }
    }

    fn take_resume(&mut self) -> Option<pyjit_runtime::interp::jit_hook::Resume> {
        // SAFETY: as in `on_backedge`.
        unsafe { (*self.0).take_resume() }
    }

    fn waits_for_call(&self) -> bool {
        // SAFETY: as in `on_backedge`.
        unsafe { (*self.0).waits_for_call() }
    }

    fn native_candidate(&mut self, code: &pyjit_bytecode::CodeObject) -> bool {
        // SAFETY: as in `on_backedge`.
        unsafe { (*self.0).native_candidate(code) }
    }

    fn on_native_call(
        &mut self,
        func: &std::rc::Rc<pyjit_runtime::object::Function>,
        args: &[pyjit_runtime::Value],
        budget: usize,
    ) -> Option<pyjit_runtime::Value> {
        // SAFETY: as in `on_backedge`.
        unsafe { (*self.0).on_native_call(func, args, budget) }
    }
}

/// Make `call`, a residual call of a trace running in `vm` (null `jit`: a callee that runs
/// no loop, `Desc::PyCall::loops`, or a test trace run without a JIT: just call), with the
/// JIT installed in `vm` again, so that the callee's loops run
/// their compiled traces (re-entering the JIT) instead of only the interpreter, and be
/// recorded. A recording started during the call that is still going when it returns is
/// aborted: its frame is gone.
///
/// # Safety
/// `vm` is the VM running the trace, whose JIT is out of `Vm::jit` (taken by the hook that
/// entered the trace); `jit` is null or the pointer the trace got from `Jit::enter`.
#[inline(always)]
pub(crate) unsafe fn nested_call<R>(
    jit: *mut Jit,
    vm: *mut pyjit_runtime::Vm,
    call: impl FnOnce() -> R,
) -> R {
    if jit.is_null() {
        return call();
    }
    // SAFETY: the caller's contract: nothing else uses `jit` or `vm` during the call but
    // the callee, through the VM and the hook. The hooks are taken out of `Vm::jit` and put
    // back around each use (`Vm::jit_backedge`), so after the call `Vm::jit` holds the
    // `Nested` installed here, which makes the cast back sound.
    unsafe {
        (*jit).depth += 1;
        let mut hook = (*jit)
            .spare_hook
            .take()
            .unwrap_or_else(|| Box::new(Nested(jit)));
        hook.0 = jit;
        let outer = (*vm).jit.replace(hook);
        let r = call();
        if let Some(h) = std::mem::replace(&mut (*vm).jit, outer) {
            (*jit).spare_hook = Some(Box::from_raw(Box::into_raw(h) as *mut Nested));
        }
        if (*jit).suspended.last().is_some_and(|s| s.1 == (*jit).depth) {
            (*jit).resume_suspended();
        }
        if (*jit).rec.is_some() && (*jit).rec_depth == (*jit).depth {
            (*jit).end_recording(Err("residual call returned while recording".into()));
            (*vm).jit_recording = false;
            (*vm).jit_rec_paused = false;
        }
        (*jit).depth -= 1;
        r
    }
}

impl Jit {
    /// `on_backedge`'s answer, but for `resume`.
    #[inline(always)]
    fn backedge(&mut self, vm: *mut pyjit_runtime::Vm, f: &mut Frame, target: usize) -> Backedge {
        self.vm = vm;
        // The fast path — a loop without traces that is blacklisted or still counting — is a
        // cache probe, a flag and a counter; everything else is out of line.
        if let Some((_, rec)) = &mut self.rec {
            if rec.in_residual_call() {
                rec.residual_backedge();
                return self.backedge_in_residual(f, target);
            }
            if rec.accepts_backedge(target) {
                return Backedge::Continue;
            }
            self.end_recording(Err("back-edge while recording".into()));
        }
        let li = self.loop_at(f, target);
        let lp = &mut self.loops[li];
        if !lp.traces.is_empty() {
            return self.backedge_with_traces(li, f);
        }
        if lp.blacklisted {
            return Backedge::Never;
        }
        lp.counter += 1;
        if lp.counter < self.cfg.threshold {
            return Backedge::Continue;
        }
        self.start_recording(li, f)
    }

    #[inline(always)]
    fn loop_entry(&mut self, vm: *mut pyjit_runtime::Vm, f: &mut Frame) -> Backedge {
        self.vm = vm;
        // (A recording waiting for a residual call lets the call's loops run their traces.)
        if self
            .rec
            .as_ref()
            .is_some_and(|(_, r)| !r.in_residual_call())
        {
            return Backedge::Continue;
        }
        let target = f.pc;
        let li = self.loop_at(f, target);
        if let Some(t) = self.pick(li, f) {
            if self.run(li, t, f, true) == Backedge::Recording {
                return Backedge::Recording;
            }
        }
        let lp = &self.loops[li];
        if lp.blacklisted && lp.traces.is_empty() {
            Backedge::Never
        } else {
            Backedge::Continue
        }
    }
}

impl JitHooks for Jit {
    fn on_backedge(&mut self, vm: *mut pyjit_runtime::Vm, f: &mut Frame, target: usize) -> Answer {
        let next = self.backedge(vm, f, target);
        Answer {
            next,
            resume: self.resume.is_some(),
        }
    }

    fn on_loop_entry(&mut self, vm: *mut pyjit_runtime::Vm, f: &mut Frame) -> Answer {
        let next = self.loop_entry(vm, f);
        Answer {
            next,
            resume: self.resume.is_some(),
        }
    }

    fn on_instruction(&mut self, f: &Frame) -> bool {
        let Some((_, rec)) = self.rec.as_mut() else {
            return false;
        };
        match rec.step(f) {
            Step::Continue => true,
            Step::Done => {
                self.end_recording(Ok(()));
                false
            }
            Step::Abort(reason) => {
                self.end_recording(Err(reason));
                false
            }
        }
    }

    fn take_resume(&mut self) -> Option<pyjit_runtime::interp::jit_hook::Resume> {
        self.resume.take()
    }

    fn waits_for_call(&self) -> bool {
        self.rec.as_ref().is_some_and(|(_, r)| r.call_started())
    }

    fn native_candidate(&mut self, code: &pyjit_bytecode::CodeObject) -> bool {
        self.enabled && self.natives.candidate(code)
    }

    fn on_native_call(
        &mut self,
        func: &std::rc::Rc<pyjit_runtime::object::Function>,
        args: &[pyjit_runtime::Value],
        budget: usize,
    ) -> Option<pyjit_runtime::Value> {
        self.natives.call(func, args, budget)
    }

    fn stats_report(&self) -> String {
        let s = &self.stats;
        let mut o = String::new();
        let _ = writeln!(o, "jit: traces compiled: {}", s.compiled);
        let _ = writeln!(o, "jit: traces discarded: {}", s.discarded);
        let _ = writeln!(o, "jit: dormant traces entered again: {}", s.revived);
        let _ = writeln!(o, "jit: losing loops left to the interpreter: {}", s.losing);
        let _ = writeln!(
            o,
            "jit: losing loops recorded again with residual calls: {}",
            s.outlined
        );
        let _ = writeln!(
            o,
            "jit: compile time: {:.3} ms",
            s.compile_time.as_secs_f64() * 1e3
        );
        let _ = writeln!(o, "jit: recordings started: {}", s.recordings);
        let aborted: u64 = s.aborts.values().sum();
        let _ = writeln!(o, "jit: recordings aborted: {aborted}");
        for (reason, n) in &s.aborts {
            let _ = writeln!(o, "jit:   aborted {n}x: {reason}");
        }
        let n = &self.natives;
        let _ = writeln!(
            o,
            "jit: native functions: compiled {}, runs {}, gave up {}, disabled {}",
            n.compiled, n.runs, n.bails, n.disabled
        );
        let _ = writeln!(o, "jit: back-edges with no fitting trace: {}", s.rejected);
        let _ = writeln!(
            o,
            "jit: trace entries inside residual calls: {}",
            s.nested_entries
        );
        let _ = writeln!(o, "jit: re-entries of running traces: {}", s.reentries);
        let _ = writeln!(
            o,
            "jit: side traces: recorded {}, compiled {}, unlinked {}",
            s.side_recordings, s.sides_compiled, s.sides_unlinked
        );
        for (i, t) in self.traces.iter().enumerate() {
            let total: u64 = t.exits.iter().sum();
            let _ = writeln!(
                o,
                "jit: trace {i} at {}{}: entries {}, iterations {}, exits {total}",
                where_(&t.code, t.header),
                if t.discarded {
                    " (discarded)"
                } else if t.dormant {
                    " (dormant)"
                } else {
                    ""
                },
                t.entries,
                t.iterations
            );
            if t.judged_work + t.judged_reentries > 0 {
                let _ = writeln!(
                    o,
                    "jit:   losing rule: back-edge re-entries {}, work {}, code {} bytes",
                    t.judged_reentries, t.judged_work, t.judged_code
                );
            }
            for (k, n) in t.exits.iter().enumerate() {
                if *n == 0 {
                    continue;
                }
                let pc = t.exit_pcs[k] as usize;
                let target = format!(" -> pc {pc} (line {})", t.code.line_of(pc));
                let _ = writeln!(o, "jit:   exit snap{k}{target}: {n}");
            }
            for sd in &t.sides {
                side::report(&mut o, t, sd);
            }
        }
        o
    }
}

/// Iterations a trace must have run since it was last entered again, in all and per entry,
/// to be kept compiled when discarded (`Jit::discard`).
const PRODUCTIVE_ITERATIONS: u64 = 1024;
const PRODUCTIVE_PER_ENTRY: u64 = 4;

/// Did `tr` run enough iterations, in all and per entry, to have paid for its recording and
/// compilation many times over? Such a trace is discarded because its loop changed
/// behaviour for a while (the receivers of a call in it changed class), not because the
/// loop cannot be traced.
fn productive(tr: &TraceRec) -> bool {
    let (entries, iterations) = (tr.entries - tr.since.0, tr.iterations - tr.since.1);
    iterations >= PRODUCTIVE_ITERATIONS
        && iterations >= entries.saturating_mul(PRODUCTIVE_PER_ENTRY)
}

/// The bytecode instructions `tr`'s tree ran in completed runs since the last call (each
/// loop iteration and side-trace completion weighed by its recording's length; partial
/// runs up to an exit count nothing): what the losing rule sets against the round trips.
fn losing_work(tr: &mut TraceRec) -> u64 {
    let mut work = tr.iterations.saturating_sub(tr.window_start) * tr.steps;
    tr.window_start = tr.iterations;
    for s in &mut tr.sides {
        work += s.take_work();
    }
    work
}

/// Bytes of machine code of `tr` and its side traces.
fn tree_code_size(tr: &TraceRec) -> usize {
    tr.compiled.as_ref().map_or(0, |c| c.code_size)
        + tr.sides.iter().map(|s| s.compiled.code_size).sum::<usize>()
}

/// Did more than half of `tr`'s exits leave the loop (`LEAVES`)?
fn mostly_leaves(tr: &TraceRec) -> bool {
    let total: u64 = tr.exits.iter().sum();
    let leaving: u64 = tr
        .exits
        .iter()
        .zip(&tr.side_aborts)
        .filter(|&(_, &a)| a == LEAVES)
        .map(|(n, _)| n)
        .sum();
    2 * leaving > total
}

impl TraceRec {
    /// The resume pc of exit `k`.
    pub(crate) fn exit_pcs_of(&self, k: usize) -> usize {
        self.exit_pcs.get(k).map_or(0, |&pc| pc as usize)
    }
}

/// Nothing, or an inlined call to finish (not a residual call's outcome): what a trampoline
/// side trace may start from.
#[inline(always)]
fn resumes_call(r: &Option<Resume>) -> bool {
    matches!(r, None | Some(Resume::Call(_)))
}

/// The types the trace's preamble checks its locals for: the Rust side checks them before
/// entering, to pick the trace that fits among a loop's traces.
pub(crate) fn entry_types(t: &Trace) -> Vec<(u32, crate::ir::Type)> {
    let end = t.loop_index().unwrap_or(t.len());
    t.insts[..end]
        .iter()
        .filter_map(|i| match *i {
            crate::ir::Inst::Load {
                slot: crate::ir::Slot::Local(n),
                ty,
                snap: Some(_),
            } => Some((n, ty)),
            _ => None,
        })
        .collect()
}

fn dump(id: usize, rec: &Recorder, optimized: &Trace, c: &Compiled) -> String {
    let title = format!(
        "trace {id}: {} (loop header pc {})",
        where_(&rec.code, rec.header),
        rec.header
    );
    dump_titled(&title, rec, optimized, c)
}

pub(crate) fn dump_titled(title: &str, rec: &Recorder, optimized: &Trace, c: &Compiled) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "---- {title} ----");
    let _ = writeln!(o, "recorded IR ({} instructions):", rec.trace.len());
    let _ = write!(o, "{}", rec.trace);
    let _ = writeln!(o, "optimized IR ({} instructions):", optimized.len());
    let _ = write!(o, "{optimized}");
    let _ = writeln!(o, "exits:");
    for (k, inst) in optimized.insts.iter().enumerate() {
        if !inst.is_guard() {
            continue;
        }
        if let Some(s) = inst.snap() {
            let pc = optimized.snap(s).pc as usize;
            let op = rec.code.instrs.get(pc).map(|i| i.op.name()).unwrap_or("?");
            let _ = writeln!(
                o,
                "  %{k} {s} -> pc {pc} {op} (line {})",
                rec.code.line_of(pc)
            );
        }
    }
    let _ = writeln!(o, "machine code: {} bytes", c.code_size);
    o
}
