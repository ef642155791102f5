//! The evaluation loop.
//!
//! `dispatch` runs a frame until it returns or yields. Instructions run in `eval_inner`; any
//! error leaves it with `Err`, and `unwind` then records the traceback entry and either jumps
//! to the innermost active handler (restoring the stack depth the handler expects) or
//! propagates.

use crate::builtin_types::{type_name, types};
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::cache::Cache;
use crate::interp::call::recursion_error;
use crate::interp::frame::{Block, CodeRt, Frame, Num};
use crate::interp::specialize::{
    attr_hit, attr_hit_in_place, class_method_hit, global_entry, instance_attr, method_entry,
    store_attr_hit, store_global_hit, super_method_hit,
};
use crate::interp::stats::Family;
use crate::object::{Function, HKey, PyDict, PySlice};
use crate::ops::arith::{float_op, int_op, UnaryKind};
use crate::ops::compare::ordering_matches;
use crate::value::Value;
use crate::vm::Vm;
use pyjit_bytecode::opcode::{format_value, make_function};
use pyjit_bytecode::{BinOp, CmpOp, CodeObject, Const, Op};
use std::cell::RefCell;
use std::rc::Rc;

/// How `eval_inner` left a frame. The returned or yielded value is on top of the frame's
/// stack, not in the result: a `Value` carried inside `Result<enum>` is written and re-read in
/// pieces on every return, which stalled store forwarding on each call.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    Return,
    Yield,
}

/// How `eval_loop` stopped: an `Exit`, or `Switch` — the JIT started or stopped recording and
/// `eval_inner` goes on in the other instance of the loop.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flow {
    Return,
    Yield,
    Switch,
}

impl Vm {
    /// Run a fresh (non-generator) frame to completion.
    pub fn run_frame(&mut self, frame: Frame) -> PyResult<Value> {
        self.run_frame_from(frame, None)
    }

    /// `run_frame`, first raising `raise` (if any) at the frame's instruction, as
    /// `dispatch_raising` does: a JIT exit inside an inlined call whose residual call raised
    /// (`Resume::CallRaise`) finishes the call's frame that way.
    pub(crate) fn run_frame_from(
        &mut self,
        mut frame: Frame,
        raise: Option<PyErr>,
    ) -> PyResult<Value> {
        if self.depth >= self.recursion_limit {
            return Err(recursion_error());
        }
        self.depth += 1;
        let r = match raise {
            None => self.dispatch(&mut frame),
            Some(e) => self.dispatch_raising(&mut frame, e),
        };
        self.depth -= 1;
        let r = r.map(|_| frame.pop());
        self.give_vec(std::mem::take(&mut frame.fast));
        self.give_vec(std::mem::take(&mut frame.stack));
        if crate::generator::has_pending_finalizers() {
            // Objects freed with the frame's variables are finalized as the call returns.
            drop(frame);
            self.run_pending_finalizers();
        }
        r
    }

    /// Run `f` from `f.pc` until it returns or yields, dispatching exceptions to its handlers.
    pub(crate) fn dispatch(&mut self, f: &mut Frame) -> PyResult<Exit> {
        loop {
            match self.eval_inner(f) {
                Ok(r) => {
                    if r == Exit::Return {
                        self.drop_frame_exc(f);
                    }
                    return Ok(r);
                }
                Err(e) => self.unwind(f, e)?,
            }
        }
    }

    /// `dispatch`, first raising `e` at the current instruction (`gen.throw`).
    pub(crate) fn dispatch_raising(&mut self, f: &mut Frame, e: PyErr) -> PyResult<Exit> {
        self.unwind(f, e)?;
        self.dispatch(f)
    }

    /// `e` was raised in `f`: record its traceback entry and jump to the innermost active
    /// handler (restoring the stack depth it expects), or give `e` back when there is none.
    fn unwind(&mut self, f: &mut Frame, e: PyErr) -> PyResult<()> {
        let e = if std::mem::take(&mut self.reraising) {
            // A re-raise keeps the traceback it already has.
            e
        } else {
            e.add_traceback(f.code.filename.clone(), f.line(), f.code.name.clone());
            if let Some(mut s) = e.state() {
                // A NameError's suggestions come from the frame that raised it.
                if let Some(crate::suggest::Hint::Name {
                    scope: scope @ None,
                    ..
                }) = &mut s.hint
                {
                    *scope = Some((f.code.clone(), f.globals.clone()));
                }
            }
            // Errors raised by operations inside a handler chain implicitly.
            self.with_context(e)
        };
        let Some(b) = f.blocks.pop() else {
            self.drop_frame_exc(f);
            return Err(e);
        };
        f.stack.truncate(b.stack_depth as usize);
        // Generators freed by the unwinding (or by the frames the error left) are closed
        // before the handler runs.
        self.finalization_point();
        while f.exc_pushed > b.exc_depth {
            self.exc_info.pop();
            f.exc_pushed -= 1;
        }
        self.exc_info.push(e.exc.clone());
        f.exc_pushed += 1;
        f.stack.push(e.exc);
        f.pc = b.handler as usize;
        Ok(())
    }

    fn drop_frame_exc(&mut self, f: &mut Frame) {
        for _ in 0..f.exc_pushed {
            self.exc_info.pop();
        }
        f.exc_pushed = 0;
    }

    /// Run `f` from `f.pc`. The program counter lives in a local of the loop (see
    /// `eval_loop`) and is written back to the frame when the loop returns.
    ///
    /// The loop exists three times: `eval_loop::<false, false>` runs when the JIT is not
    /// recording and has no per-instruction check at all; `eval_loop::<true, true>` (out of
    /// line) reports every instruction to the recorder. Each hands over to the other with
    /// `Flow::Switch` when recording starts (only at the JIT's loop hooks) or stops. Under
    /// `--stats`, `eval_loop::<false, true>` (out of line) replaces the first one.
    #[inline(always)]
    fn eval_inner(&mut self, f: &mut Frame) -> PyResult<Exit> {
        let mut pc = f.pc;
        let r = loop {
            let r = if self.jit_recording {
                self.eval_loop_recording(f, &mut pc)
            } else if self.options.stats {
                self.eval_loop_counting(f, &mut pc)
            } else {
                // A copy of `pc` of its own: the other two loops are out of line and take
                // `pc`'s address, which kept it in memory for this loop too (a load and a
                // store on every instruction's dispatch).
                let mut local_pc = pc;
                let r = self.eval_loop::<false, false>(f, &mut local_pc);
                pc = local_pc;
                r
            };
            match r {
                Ok(Flow::Switch) => {}
                Ok(Flow::Return) => break Ok(Exit::Return),
                Ok(Flow::Yield) => break Ok(Exit::Yield),
                Err(e) => break Err(e),
            }
        };
        f.pc = pc;
        r
    }

    /// The evaluation loop under `--stats` (see `eval_loop`): out of line, like the recording
    /// one, so that the loop that normally runs is the only one inlined into `eval_inner`.
    #[cold]
    #[inline(never)]
    fn eval_loop_counting(&mut self, f: &mut Frame, pc: &mut usize) -> PyResult<Flow> {
        self.eval_loop::<false, true>(f, pc)
    }

    /// Count a fast-path hit of `family` when the loop instance counts (`STATS`).
    #[inline(always)]
    fn count_hit<const STATS: bool>(&mut self, family: Family) {
        if STATS {
            self.stats.hit(family);
        }
    }

    /// Count a fast-path miss of `family` when the loop instance counts (`STATS`).
    #[inline(always)]
    fn count_miss<const STATS: bool>(&mut self, family: Family) {
        if STATS {
            self.stats.miss(family);
        }
    }

    /// The evaluation loop while the JIT records (see `eval_inner`).
    #[cold]
    #[inline(never)]
    fn eval_loop_recording(&mut self, f: &mut Frame, pc: &mut usize) -> PyResult<Flow> {
        let r = self.eval_loop::<true, true>(f, pc);
        // A residual call the recording waited for raised through this frame: report again
        // (the recorder sees the control flow it did not expect, or foreign frames).
        if r.is_err() && self.jit_rec_paused {
            self.jit_rec_paused = false;
            self.jit_recording = true;
        }
        r
    }

    /// The evaluation loop. `pc` is `f.pc`, kept out of the frame: the frame lives behind a
    /// pointer, so a `f.pc` counter made every instruction store the new pc to memory and
    /// the next one load it back (a store-forwarding round trip on the loop's critical
    /// path). Inlined into `eval_inner`, `pc` is a register. Everything that reads or
    /// writes the frame's pc from outside — the JIT hooks, the recorder — gets `f.pc`
    /// synchronized around the call; everything else leaves through `eval_inner`.
    #[inline(always)]
    ///
    /// `STATS` counts the hits and misses of the type-specialized fast paths (binary
    /// operations, comparisons, subscripts, `for`) for `--stats`. Those paths run a few
    /// instructions each, so counting costs 1.5–4.7% of all instructions (nbody, go): the
    /// loop exists once more with the counts, run only under `--stats` (and while the JIT
    /// records, which is rare).
    fn eval_loop<const REC: bool, const STATS: bool>(
        &mut self,
        f: &mut Frame,
        pc: &mut usize,
    ) -> PyResult<Flow> {
        // SAFETY: `f` owns an `Rc` of its code object and of its run-time companion for as
        // long as this loop runs: a frame's `code` and `rt` are only ever reassigned while it
        // sits unused in the frame pool or its depth's slot (`reuse_frame`), never while it
        // runs, and `f` is borrowed mutably for the whole loop, so the frame cannot be
        // dropped under it.
        // Neither object is mutated through these references except through its `Cell`s.
        // (Cloning the two `Rc`s instead costs two increments and two checked decrements
        // on every call and every generator resume.)
        let (code, rt): (&CodeObject, &CodeRt) =
            unsafe { (&*Rc::as_ptr(&f.code), &*Rc::as_ptr(&f.rt)) };
        // The instructions dispatched: the quickened copy with its superinstructions, or the
        // code's own while recording (the recorder sees each plain instruction) or counting
        // (`--stats` counts the program's instructions).
        let instrs = if STATS {
            &code.instrs[..]
        } else {
            &rt.quick[..]
        };
        // What makes the unchecked instruction reads below sound: this code's jumps all land
        // on instructions and its last instruction never falls through (checked once per
        // code object, `code_rt`), so a pc on an instruction stays on one — after an
        // ordinary instruction, a jump (its target), the skip of a fused attribute access
        // or of a pair's second instruction (each falls through, so is never last) or a
        // re-run (`pc - 1`). The pcs that come from outside — the frame's at entry, the
        // JIT's after its hooks — are checked where they enter. The quickened copy
        // (`rt.quick`, built with `checked_code`) has the code's length, arguments and
        // jumps; only some opcodes differ (`pyjit_bytecode::quicken`).
        //
        // The same check covers the other unchecked reads: `checked_code` also means that
        // the constant, name and local arguments index their tables (`args_in_range`), and
        // `rt.caches` has one slot per instruction; the frame has a slot for every local
        // (checked here: its `fast` only grows while it runs).
        //
        // And the pushes skip the capacity check (`push!`): a checked code object
        // has a maximum stack depth (`CodeObject::max_stack_depth`, the `stack_size` of its
        // run-time companion with a margin), so with that much room above the depth the
        // loop starts at, no instruction can push past the capacity. The room is made here
        // and again after each JIT hook (which may rebuild the stack from a trace's exit).
        if !std::ptr::eq(rt.checked_code, code)
            || *pc >= instrs.len()
            || f.fast.len() < code.varnames.len()
        {
            return Err(malformed_code(code));
        }
        if f.stack.capacity() - f.stack.len() < rt.stack_size {
            reserve_stack(f, rt.stack_size);
        }
        // The operand stack lives in two locals (registers), as CPython's `stack_pointer`:
        // `base`, the start of `f.stack`'s buffer, and `sp`, one past its top value. A push
        // or pop is then a register increment and one access to the slot, where `f.stack`
        // (behind the frame pointer) loaded and stored its length in memory on each — a
        // store-forwarding round trip on the loop's critical path (see docs/architecture.md,
        // *Loop-carried state in registers*).
        //
        // The invariant every unsafe block of the macros below rests on:
        // * `base` is `f.stack.as_mut_ptr()` and `base <= sp`; the values in `base..sp` are
        //   initialized and owned by the stack, the slots from `sp` up to the capacity are
        //   not. `f.stack`'s own length is stale inside the loop. (The release profile
        //   aborts on panic; a `panic = "unwind"` build that panicked inside the loop would
        //   leave it stale. Zeroing it inside the loop cost up to 2% instructions, see docs.)
        // * `sp` stays within the capacity: the room made above (and again after each JIT
        //   hook) covers the code's maximum stack depth (`max_stack_depth`, see above), so
        //   every push an instruction makes has a slot (`push!` checks nothing).
        // * Before anything outside the loop can see the frame's stack — a call that gets
        //   `f` or `f.stack` (calls, the JIT hooks, the recorder, generators moving values
        //   onto it), every exit of the loop (return, yield, error, switch) — `sync!` writes
        //   the length; right after such a call, before its result is looked at, `reload!`
        //   reads `base` and `sp` again (the callee may have changed the length or moved the
        //   buffer). Nothing else reaches a running frame's stack: other code gets values,
        //   not the frame, and the cycle collector does not scan frames.
        // * No reference into `f.stack` made through the vector (`f.stack[..]`,
        //   `last_mut`) is alive while `base`/`sp` are used; the references `peek!` and
        //   `top!` give die before the next push, pop or call that may touch the stack.
        // Pops check the depth (an empty stack pops `Null`, as `Frame::pop` did, and as the
        // stack analysis assumes); reads below the top assert it, as the indexing did.
        // SAFETY: `len <= capacity`: one past the top is within (or one past) the buffer.
        let mut sp: *mut Value = unsafe { f.stack.as_mut_ptr().add(f.stack.len()) };
        // The stack's base: read from the frame rather than carried in a local, so the
        // compiler may keep or re-read it (the vector's pointer only changes in the calls
        // `reload!` follows); a second loop-carried pointer pushed `pc` out of its register.
        macro_rules! base {
            () => {
                f.stack.as_mut_ptr()
            };
        }
        // The stack's depth.
        macro_rules! depth {
            () => {
                // SAFETY: `base <= sp`, both in `f.stack`'s buffer (the invariant above).
                unsafe { sp.offset_from(base!()) as usize }
            };
        }
        // Write the stack's length to `f.stack` (before the frame's stack is seen outside).
        macro_rules! sync {
            () => {{
                let d = depth!();
                // SAFETY: the values `base..sp` are initialized and `sp` is within the
                // capacity (the invariant above).
                unsafe { f.stack.set_len(d) }
            }};
        }
        // Read `base` and `sp` from `f.stack` again (after a call that may have changed it).
        macro_rules! reload {
            () => {{
                // SAFETY: `len <= capacity`.
                sp = unsafe { f.stack.as_mut_ptr().add(f.stack.len()) };
            }};
        }
        macro_rules! push {
            ($v:expr) => {{
                let v: Value = $v;
                debug_assert!(depth!() < f.stack.capacity());
                // SAFETY: `sp` is spare capacity within the reserved room (the invariant
                // above); the value is written whole, then counted.
                unsafe {
                    sp.write(v);
                    sp = sp.add(1);
                }
            }};
        }
        // Push a copy of `v` (a local, a constant, a cached entry): cloned straight into the
        // slot.
        macro_rules! push_copy {
            ($v:expr) => {{
                let v: &Value = $v;
                debug_assert!(depth!() < f.stack.capacity());
                // SAFETY: as for `push!`.
                unsafe {
                    sp.write(v.clone());
                    sp = sp.add(1);
                }
            }};
        }
        macro_rules! pop {
            () => {
                if sp == base!() {
                    Value::Null
                } else {
                    // SAFETY: `sp - 1` holds an initialized value (`base < sp`); lowering `sp`
                    // first hands its ownership to the read.
                    unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    }
                }
            };
        }
        // Drop `k` numbers from the top (they own nothing: forgotten, not dropped).
        macro_rules! forget_numbers {
            ($k:expr) => {{
                let k: usize = $k;
                assert!(k <= depth!());
                // SAFETY: `sp - k` is within `base..sp` (asserted); the values forgotten are
                // numbers, which own nothing.
                unsafe {
                    debug_assert!(
                        (1..=k).all(|j| matches!(*sp.sub(j), Value::Int(_) | Value::Float(_)))
                    );
                    sp = sp.sub(k);
                }
            }};
        }
        // The `n`-th value from the top (1: the top). Asserts the depth, as indexing did.
        macro_rules! peek {
            ($n:expr) => {{
                let n: usize = $n;
                assert!(n >= 1 && n <= depth!());
                // SAFETY: `sp - n` is within `base..sp` (asserted): an initialized value. The
                // reference is used before the next push, pop or call.
                unsafe { &*sp.sub(n) }
            }};
        }
        macro_rules! peek_mut {
            ($n:expr) => {{
                let n: usize = $n;
                assert!(n >= 1 && n <= depth!());
                // SAFETY: as for `peek!`; no other reference to the slot is alive.
                unsafe { &mut *sp.sub(n) }
            }};
        }
        // The top value (`Null` on an empty stack, as `Frame::top`).
        macro_rules! top {
            () => {
                if sp == base!() {
                    &Value::Null
                } else {
                    // SAFETY: `base < sp`: `sp - 1` is an initialized value, used before the
                    // next push, pop or call.
                    unsafe { &*sp.sub(1) }
                }
            };
        }
        // Pop `n` values (fewer if the stack is shallower, as `Frame::pop_n`), in push order.
        macro_rules! pop_n {
            ($n:expr) => {{
                let n: usize = ($n).min(depth!());
                let mut items = Vec::with_capacity(n);
                // SAFETY: the `n` values below `sp` are initialized (`n <= depth`); they are
                // copied into `items`' fresh room and the stack forgets them (`sp` lowered):
                // each keeps exactly one owner.
                unsafe {
                    sp = sp.sub(n);
                    std::ptr::copy_nonoverlapping(sp, items.as_mut_ptr(), n);
                    items.set_len(n);
                }
                items
            }};
        }
        // Leave the loop with `r`, the stack's length written back.
        macro_rules! leave {
            ($r:expr) => {{
                let r = $r;
                sync!();
                return r;
            }};
        }
        // `?` for the loop: an error leaves with the stack's length written back.
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(e) => leave!(Err(e)),
                }
            };
        }
        // `StoreFast` of local `$i`: the top value moves into it.
        macro_rules! store_fast {
            ($i:expr) => {{
                let i: usize = $i;
                // SAFETY: a local argument of the checked code, and the frame has a slot
                // for each (see above the loop).
                let slot = unsafe { f.fast.get_unchecked_mut(i) };
                let heap = if sp == base!() {
                    // As a pop of an empty stack: `Null`.
                    let heap = slot.is_heap();
                    slot.assign(Value::Null);
                    heap
                } else {
                    // SAFETY: `base < sp`: the top value moves into the local and the
                    // stack forgets it (`sp` lowered).
                    unsafe {
                        sp = sp.sub(1);
                        move_into(sp, slot)
                    }
                };
                // An old value with `__del__` (or a generator) freed by the store is
                // finalized now, as CPython does.
                if heap {
                    self.finalization_point();
                }
            }};
        }
        // The argument of a superinstruction's second instruction, the one at `*pc`.
        macro_rules! second_arg {
            () => {
                // SAFETY: the instruction before `*pc` is a superinstruction of the quickened
                // copy, which is never last (`quicken`): `*pc` indexes its second, a plain
                // instruction whose argument the checked code keeps in range.
                unsafe { instrs.get_unchecked(*pc) }.arg as usize
            };
        }
        // Push local `$i` and skip the instruction at `*pc` (a superinstruction's second
        // `LoadFast` of it); if the local is unbound, neither: that `LoadFast` runs on its own
        // and raises at its own pc.
        macro_rules! push_fast_and_skip {
            ($i:expr) => {{
                let i: usize = $i;
                // SAFETY: a local argument of the checked code, and the frame has a slot for
                // each (see above the loop).
                let v = unsafe { f.fast.get_unchecked(i) };
                if !v.is_null() {
                    push_copy!(v);
                    *pc += 1;
                }
            }};
        }
        loop {
            if REC {
                if !self.jit_recording {
                    // The residual call the recording waited for returned to this frame.
                    if !self.jit_rec_paused {
                        leave!(Ok(Flow::Switch));
                    }
                    self.jit_rec_paused = false;
                    self.jit_recording = true;
                }
                f.pc = *pc;
                sync!();
                // (A shared borrow: the recorder reads the stack, never changes it.)
                self.jit_record_step(f);
            }
            // SAFETY: `*pc < instrs.len()`, see the check above the loop.
            let ins = unsafe { *instrs.get_unchecked(*pc) };
            *pc += 1;
            let arg = ins.arg as usize;
            // The recording instance counts too (`STATS`), but opcodes only under `--stats`:
            // their table is 512 KiB to allocate and zero (0.5 M instructions, 0.1% of
            // generators `quick`, in every run that records).
            if STATS && (!REC || self.options.stats) {
                // Read again rather than from `ins`: a second use of `ins.op` here changed
                // how the compiler lowered the `match` below in the instance that does not
                // count (+4% instructions on go).
                self.stats.op(instrs[*pc - 1].op as u8);
            }
            match ins.op {
                Op::Nop => {}
                Op::PopTop => {
                    let v = pop!();
                    if !v.is_heap() {
                        // Owns nothing: tested first, the most common case (a call's `None`,
                        // an int) is one compare.
                        std::mem::forget(v);
                    } else if let Value::Generator(_) | Value::Instance(_) = v {
                        // A generator (e.g. a `for` loop's, after `break`) or an object with
                        // `__del__` freed here is finalized now, as CPython does.
                        drop(v);
                        self.finalization_point();
                    } else {
                        Value::release(v);
                    }
                }
                Op::RotTwo => {
                    assert!(depth!() >= 2);
                    // SAFETY: the two values below `sp` are initialized (asserted).
                    unsafe { std::ptr::swap(sp.sub(1), sp.sub(2)) };
                }
                Op::RotThree => {
                    // The top goes below the next two.
                    assert!(depth!() >= 3);
                    // SAFETY: the three values below `sp` are initialized (asserted); they
                    // are moved bitwise among their slots, each kept once.
                    unsafe {
                        let v = sp.sub(1).read();
                        std::ptr::copy(sp.sub(3), sp.sub(2), 2);
                        sp.sub(3).write(v);
                    }
                }
                Op::DupTop => {
                    let v = top!().clone();
                    push!(v);
                }
                Op::DupTopTwo => {
                    // `xs[i] op= v` on a list of numbers in one dispatch (see
                    // `list_item_inplace`). Not while recording: the recorder must see each
                    // of the six instructions.
                    // SAFETY (`list_item_inplace`): the two values below `sp` are the
                    // stack's (checked first).
                    if !REC
                        && depth!() >= 2
                        && unsafe { list_item_inplace(instrs, *pc, &f.fast, rt, sp.sub(2)) }
                    {
                        // The list and the index left the stack.
                        // SAFETY: `depth >= 2` (checked above).
                        sp = unsafe { sp.sub(2) };
                        *pc += 5;
                        continue;
                    }
                    let (a, b) = (peek!(2).clone(), peek!(1).clone());
                    push!(a);
                    push!(b);
                }
                Op::LoadConst => {
                    // SAFETY: a constant argument of the checked code (see above the loop).
                    push_copy!(unsafe { rt.konst(arg) })
                }
                Op::LoadFast => {
                    // SAFETY: a local argument of the checked code, and the frame has a slot
                    // for each (see above the loop).
                    let v = unsafe { f.fast.get_unchecked(arg) };
                    if v.is_null() {
                        leave!(Err(PyErr::new(
                            "UnboundLocalError",
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varnames[arg]
                            ),
                        )));
                    }
                    // `obj.attr` on a local instance in one dispatch (CPython 3.11 has such
                    // superinstructions): the attribute is pushed straight from the local,
                    // so the object is neither pushed nor counted. Not while recording — the
                    // recorder must see both instructions.
                    let next = match v {
                        Value::Instance(_) if !REC => instrs.get(*pc),
                        _ => None,
                    };
                    if let Some(next) = next {
                        if next.op == Op::LoadAttr {
                            // SAFETY: `next` is an instruction (`*pc` indexes one) of the
                            // checked code, with a name argument, and `arg` is a local.
                            let (name, slot) =
                                unsafe { (rt.name(next.arg as usize), rt.cache(*pc)) };
                            let obj = unsafe { f.fast.get_unchecked(arg) };
                            let dst = sp;
                            // SAFETY (`attr_push_at`): `sp` is a free slot within the
                            // reserved room (the invariant above the loop).
                            let hit = slot.probe(|c| {
                                unsafe { attr_push_at(c, obj, name, dst) }.then_some(())
                            });
                            if hit.is_some() {
                                // SAFETY: the attribute was written to `sp`'s slot.
                                sp = unsafe { sp.add(1) };
                                self.count_hit::<STATS>(Family::LoadAttr);
                                *pc += 1;
                                continue;
                            }
                        } else if next.op == Op::LoadMethod {
                            // `obj.method(...)` on a local instance: the method and the
                            // instance pushed in one dispatch, without the instance's push
                            // and pop between two (deltablue: `self.output()`, `c.execute()`).
                            // SAFETY: as for `LoadAttr` above.
                            let (name, slot) =
                                unsafe { (rt.name(next.arg as usize), rt.cache(*pc)) };
                            let obj = unsafe { f.fast.get_unchecked(arg) };
                            let dst = sp;
                            // SAFETY (`method_entry`): the function is only copied onto the
                            // stack, into `sp`'s free slot within the reserved room.
                            let hit = slot.probe(|c| unsafe {
                                method_entry(c, obj, name).map(|m| dst.write(m.clone()))
                            });
                            if hit.is_some() {
                                // SAFETY: the method was written to `sp`'s slot; the instance
                                // goes above it (two pushes, within the reserved room).
                                unsafe {
                                    sp = sp.add(1);
                                    sp.write(obj.clone());
                                    sp = sp.add(1);
                                }
                                self.count_hit::<STATS>(Family::LoadMethod);
                                *pc += 1;
                                continue;
                            }
                        } else if next.op == Op::StoreAttr && sp != base!() {
                            // `obj.attr = value`: the value on the stack goes straight in.
                            // SAFETY: `next` is an instruction (`*pc` indexes one) of the
                            // checked code, with a name argument, and `arg` is a local.
                            let (name, slot) =
                                unsafe { (rt.name(next.arg as usize), rt.cache(*pc)) };
                            let obj = unsafe { f.fast.get_unchecked(arg) };
                            let top = sp;
                            // SAFETY (`store_attr_top_at`): `base < sp`, so `sp - 1` is the
                            // stack's top value.
                            let hit = slot.probe(|c| {
                                unsafe { store_attr_top_at(c, obj, name, top) }.then_some(())
                            });
                            if hit.is_some() {
                                // SAFETY: the top value moved into the attribute.
                                sp = unsafe { sp.sub(1) };
                                self.count_hit::<STATS>(Family::StoreAttr);
                                *pc += 1;
                                // An old value with `__del__` (or a generator) freed by the
                                // store is finalized now, as CPython does.
                                self.finalization_point();
                                continue;
                            }
                        }
                    }
                    push_copy!(v);
                }
                Op::StoreFast => store_fast!(arg),
                // Superinstructions (`pyjit_bytecode::quicken`): the first instruction, then
                // the second (at `*pc`) skipped. Only in the quickened copy, which the
                // recording and counting loop instances do not run.
                Op::LoadFastLoadFast => {
                    // SAFETY: as for `LoadFast`.
                    let v = unsafe { f.fast.get_unchecked(arg) };
                    if v.is_null() {
                        leave!(Err(unbound_local(code, arg)));
                    }
                    push_copy!(v);
                    push_fast_and_skip!(second_arg!());
                }
                Op::LoadFastLoadConst => {
                    // SAFETY: as for `LoadFast`.
                    let v = unsafe { f.fast.get_unchecked(arg) };
                    if v.is_null() {
                        leave!(Err(unbound_local(code, arg)));
                    }
                    push_copy!(v);
                    let k = second_arg!();
                    // SAFETY: the second is a `LoadConst` of the checked code.
                    push_copy!(unsafe { rt.konst(k) });
                    *pc += 1;
                }
                Op::StoreFastLoadFast => {
                    store_fast!(arg);
                    push_fast_and_skip!(second_arg!());
                }
                // `return x`: the frame ends, so the local moves to the stack's top rather
                // than being copied (and released again with the frame's locals).
                Op::ReturnFast => {
                    // SAFETY: as for `LoadFast`.
                    let slot = unsafe { f.fast.get_unchecked_mut(arg) };
                    if slot.is_null() {
                        leave!(Err(unbound_local(code, arg)));
                    }
                    let v = std::mem::replace(slot, Value::Null);
                    push!(v);
                    leave!(Ok(Flow::Return));
                }
                Op::ReturnConst => {
                    // SAFETY: as for `LoadConst`.
                    push_copy!(unsafe { rt.konst(arg) });
                    leave!(Ok(Flow::Return));
                }
                // `top is K` (`if o.x is None:`): compared in place, the constant not pushed;
                // a branch after the `IsOp` is taken along (`fused_branch`), as `IsOp` does.
                Op::LoadConstIsOp => {
                    let not = second_arg!() == 1;
                    let a = pop!();
                    // SAFETY: as for `LoadConst`.
                    let r = a.is(unsafe { rt.konst(arg) }) != not;
                    drop(a);
                    // The `IsOp` at `*pc` is never last (checked code never falls off its
                    // end), so `*pc + 1` is an instruction.
                    if let Some(target) = fused_branch::<REC>(instrs, *pc + 1, r) {
                        *pc = target;
                        continue;
                    }
                    *pc += 1;
                    push!(Value::Bool(r));
                }
                // `x is K` on a local (`if x is None:`): neither is pushed, nothing counted.
                Op::LoadFastIsConst => {
                    // SAFETY: as for `LoadFast`.
                    let v = unsafe { f.fast.get_unchecked(arg) };
                    if v.is_null() {
                        leave!(Err(unbound_local(code, arg)));
                    }
                    let k = second_arg!();
                    // SAFETY: `quicken` writes this over a `LoadFast` followed by a
                    // `LoadConst` (at `*pc`) and an `IsOp` (at `*pc + 1`), plain instructions
                    // of the checked code; the constant argument is in range.
                    let (not, konst) =
                        unsafe { (instrs.get_unchecked(*pc + 1).arg == 1, rt.konst(k)) };
                    let r = v.is(konst) != not;
                    // The `IsOp` is never last: `*pc + 2` is an instruction.
                    if let Some(target) = fused_branch::<REC>(instrs, *pc + 2, r) {
                        *pc = target;
                        continue;
                    }
                    *pc += 2;
                    push!(Value::Bool(r));
                }
                // `top == G` (`if self.direction == FORWARD:`) when both are ints: compared
                // in place, the global not pushed, a branch after the `CompareOp` taken along;
                // otherwise the `LoadGlobal` alone. Not fused by default (only through
                // `PYJIT_PAIRS`): it costs more than it saves, but the loop's register
                // allocation is better with this arm than without it (docs/architecture.md,
                // *Superinstructions*).
                Op::LoadGlobalCompareOp => {
                    // SAFETY: as for `LoadGlobal`.
                    let (name, slot) = unsafe { (rt.name(arg), rt.cache(*pc - 1)) };
                    let (cmp, top) = (second_arg!() as u32, top!());
                    // SAFETY (`global_int_compare`): the global is only compared or copied
                    // onto the stack.
                    let found = unsafe {
                        global_int_compare(slot.first(), &f.globals, &self.builtins, name, top, cmp)
                    };
                    match found {
                        Some(Ok(r)) => {
                            // The `CompareOp` at `*pc` is never last.
                            if let Some(target) = fused_branch::<REC>(instrs, *pc + 1, r) {
                                forget_numbers!(1);
                                *pc = target;
                                continue;
                            }
                            // SAFETY: the top is an int (so `base < sp`): the result
                            // replaces it.
                            unsafe { store_num(&mut *sp.sub(1), Num::Bool(r)) };
                            *pc += 1;
                        }
                        Some(Err(g)) => push_copy!(g),
                        None => {
                            self.stats.miss(Family::LoadGlobal);
                            let v = tri!(self.load_global_fill(&f.globals, name, slot));
                            push!(v);
                        }
                    }
                }
                Op::DeleteFast => {
                    if f.fast[arg].is_null() {
                        leave!(Err(PyErr::new(
                            "UnboundLocalError",
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varnames[arg]
                            ),
                        )));
                    }
                    f.fast[arg] = Value::Null;
                    self.finalization_point();
                }
                Op::LoadDeref => {
                    let v = f.cells[arg].borrow().clone();
                    if v.is_null() {
                        leave!(Err(unbound_deref(code, arg)));
                    }
                    push!(v);
                }
                Op::StoreDeref => {
                    let v = pop!();
                    let old = std::mem::replace(&mut *f.cells[arg].borrow_mut(), v);
                    drop(old);
                    self.finalization_point();
                }
                Op::DeleteDeref => {
                    if f.cells[arg].borrow().is_null() {
                        leave!(Err(unbound_deref(code, arg)));
                    }
                    *f.cells[arg].borrow_mut() = Value::Null;
                }
                Op::LoadClosure => push!(Value::Cell(f.cells[arg].clone())),
                Op::LoadGlobal => {
                    // SAFETY: a name argument of the checked code, and `*pc - 1` is this
                    // instruction (see above the loop).
                    let (name, slot) = unsafe { (rt.name(arg), rt.cache(*pc - 1)) };
                    // SAFETY (`global_entry`): the value is only copied onto the stack.
                    if let Some(v) =
                        unsafe { global_entry(slot.first(), &f.globals, &self.builtins, name) }
                    {
                        push_copy!(v);
                        self.count_hit::<STATS>(Family::LoadGlobal);
                        continue;
                    }
                    self.stats.miss(Family::LoadGlobal);
                    let v = tri!(self.load_global_fill(&f.globals, name, slot));
                    push!(v);
                }
                Op::StoreGlobal => {
                    let v = pop!();
                    // SAFETY: a name argument of the checked code, and `*pc - 1` is this
                    // instruction (see above the loop).
                    let (name, slot) = unsafe { (rt.name(arg), rt.cache(*pc - 1)) };
                    let old = match store_global_hit(slot.first(), &f.globals, name, v) {
                        Ok(old) => {
                            self.count_hit::<STATS>(Family::StoreGlobal);
                            Some(old)
                        }
                        Err(v) => {
                            self.stats.miss(Family::StoreGlobal);
                            let (index, old) =
                                f.globals.map.borrow_mut().insert_full(name_key(name), v);
                            slot.fill(Cache::Global {
                                index: index as u32,
                            });
                            old
                        }
                    };
                    if old.is_some() {
                        // A rebinding may free an object with a finalizer.
                        drop(old);
                        self.finalization_point();
                    }
                }
                Op::DeleteGlobal => {
                    let k = name_key(&rt.names[arg]);
                    if f.globals.map.borrow_mut().remove(&k).is_none() {
                        leave!(Err(crate::error::name_error(&code.names[arg])));
                    }
                    self.finalization_point();
                }
                Op::LoadName => {
                    let k = name_key(&rt.names[arg]);
                    let local = f
                        .locals
                        .as_ref()
                        .and_then(|l| l.map.borrow().get(&k).cloned());
                    let v = match local {
                        Some(v) => v,
                        None => tri!(self.load_global(&f.globals, &rt.names[arg])),
                    };
                    push!(v);
                }
                Op::StoreName => {
                    let v = pop!();
                    let k = name_key(&rt.names[arg]);
                    let target = f.locals.as_ref().unwrap_or(&f.globals);
                    let old = target.map.borrow_mut().insert(k, v);
                    if old.is_some() {
                        // A rebinding may free an object with a finalizer.
                        drop(old);
                        self.finalization_point();
                    }
                }
                Op::DeleteName => {
                    let k = name_key(&rt.names[arg]);
                    let target = f.locals.as_ref().unwrap_or(&f.globals);
                    if target.map.borrow_mut().remove(&k).is_none() {
                        leave!(Err(crate::error::name_error(&code.names[arg])));
                    }
                    self.finalization_point();
                }
                Op::LoadAttr => {
                    // SAFETY: a name argument of the checked code, and `*pc - 1` is this
                    // instruction (see above the loop).
                    let (name, slot) = unsafe { (rt.name(arg), rt.cache(*pc - 1)) };
                    if sp != base!() {
                        let top = peek_mut!(1);
                        if slot
                            .probe(|c| attr_hit_in_place(c, top, name).then_some(()))
                            .is_some()
                        {
                            self.count_hit::<STATS>(Family::LoadAttr);
                            continue;
                        }
                    }
                    let obj = pop!();
                    self.stats.miss(Family::LoadAttr);
                    let v = tri!(self.load_attr_fill(&obj, name, slot));
                    push!(v);
                }
                Op::StoreAttr => {
                    let obj = pop!();
                    let v = pop!();
                    // SAFETY: a name argument of the checked code, and `*pc - 1` is this
                    // instruction (see above the loop).
                    let (name, slot) = unsafe { (rt.name(arg), rt.cache(*pc - 1)) };
                    let mut v = Some(v);
                    let stored = slot.probe(|c| match store_attr_hit(c, &obj, name, v.take()?) {
                        Ok(()) => Some(()),
                        Err(back) => {
                            v = Some(back);
                            None
                        }
                    });
                    match (stored, v) {
                        (Some(()), _) | (None, None) => self.count_hit::<STATS>(Family::StoreAttr),
                        (None, Some(v)) => {
                            self.stats.miss(Family::StoreAttr);
                            tri!(self.store_attr_fill(&obj, name, v, slot));
                        }
                    }
                    // The old value's finalizer runs at the store, as in CPython.
                    drop(obj);
                    self.finalization_point();
                }
                Op::DeleteAttr => {
                    let obj = pop!();
                    tri!(self.delattr(&obj, &code.names[arg]));
                    drop(obj);
                    self.finalization_point();
                }
                Op::LoadMethod => {
                    let obj = pop!();
                    // SAFETY: a name argument of the checked code, and `*pc - 1` is this
                    // instruction (see above the loop).
                    let (name, slot) = unsafe { (rt.name(arg), rt.cache(*pc - 1)) };
                    let dst = sp;
                    let hit = slot.probe(|c| {
                        // SAFETY (`method_entry`): the function is only copied onto the
                        // stack. (`builtin_method_at`): `sp` is a free slot within the
                        // reserved room (the invariant above the loop).
                        (unsafe {
                            match method_entry(c, &obj, name) {
                                Some(m) => {
                                    dst.write(m.clone());
                                    true
                                }
                                None => builtin_method_at(c, &obj, dst),
                            }
                        })
                        .then_some(())
                    });
                    if hit.is_some() {
                        // SAFETY: the method was written to `sp`'s slot.
                        sp = unsafe { sp.add(1) };
                        self.count_hit::<STATS>(Family::LoadMethod);
                        push!(obj);
                        continue;
                    }
                    // The rarer hits push through the vector.
                    sync!();
                    if let Value::Instance(_) = obj {
                        // `super().name(...)`: the function, then the instance as self.
                        let stack = &mut f.stack;
                        let hit =
                            slot.probe(|c| super_method_hit(c, &obj, name, stack).then_some(()));
                        if hit.is_some() {
                            reload!();
                            self.count_hit::<STATS>(Family::LoadMethod);
                            continue;
                        }
                    }
                    if let Value::Type(_) = obj {
                        // `Cls.helper(...)`: the function, then no self.
                        let stack = &mut f.stack;
                        let hit =
                            slot.probe(|c| class_method_hit(c, &obj, name, stack).then_some(()));
                        if hit.is_some() {
                            reload!();
                            self.count_hit::<STATS>(Family::LoadMethod);
                            push!(Value::Null);
                            continue;
                        }
                    }
                    if let Value::Module(_) = obj {
                        // `module.function(...)`: the function, then no self.
                        if attr_hit(slot.first(), &obj, name, &mut f.stack) {
                            reload!();
                            self.count_hit::<STATS>(Family::LoadMethod);
                            push!(Value::Null);
                            continue;
                        }
                    }
                    reload!();
                    self.stats.miss(Family::LoadMethod);
                    let (m, s) = tri!(self.load_method_fill(obj, name, slot));
                    push!(m);
                    push!(s);
                }
                Op::CallMethod => {
                    // Stack: callable, self-or-Null, args...
                    let depth = depth!();
                    assert!(depth >= arg + 2);
                    let at = depth - arg;
                    let r = if peek!(arg + 1).is_null() {
                        sync!();
                        self.call_from_stack(f, at, 2)
                    } else if arg == 1 && matches!(peek!(3), Value::Builtin(_)) {
                        sync!();
                        match self.call_builtin_method1(f) {
                            Ok(true) => Ok(()),
                            Ok(false) => self.call_from_stack(f, at - 1, 1),
                            Err(e) => Err(e),
                        }
                    } else {
                        sync!();
                        self.call_from_stack(f, at - 1, 1)
                    };
                    reload!();
                    tri!(r);
                }
                Op::BinaryOp | Op::InplaceOp => {
                    if let Some(v) = fast_binary(ins.arg, peek!(2), peek!(1)) {
                        self.count_hit::<STATS>(Family::BinaryOp);
                        // The top is a number: forgotten; the result goes over the second.
                        // SAFETY: `depth >= 2` (`peek!(2)` asserted it).
                        unsafe {
                            sp = sp.sub(1);
                            store_num(&mut *sp.sub(1), v);
                        }
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    let op = BinOp::from_arg(ins.arg);
                    let r =
                        match (&a, &b) {
                            (Value::Int(x), Value::Int(y)) => {
                                tri!(int_op(op, *x, *y)
                                    .map_err(|e| inplace_error(ins.op, op, e, &a, &b)))
                            }
                            (Value::Float(x), Value::Float(y)) => tri!(float_op(op, *x, *y)
                                .map_err(|e| inplace_error(ins.op, op, e, &a, &b))),
                            _ if ins.op == Op::InplaceOp => {
                                self.count_miss::<STATS>(Family::BinaryOp);
                                tri!(self.inplace_op(op, &a, &b))
                            }
                            _ => {
                                self.count_miss::<STATS>(Family::BinaryOp);
                                tri!(self.binary_op(op, &a, &b))
                            }
                        };
                    push!(r);
                }
                Op::UnaryNeg | Op::UnaryPos | Op::UnaryInvert => {
                    let v = pop!();
                    let kind = match ins.op {
                        Op::UnaryNeg => UnaryKind::Neg,
                        Op::UnaryPos => UnaryKind::Pos,
                        _ => UnaryKind::Invert,
                    };
                    let r = tri!(self.unary_op(kind, &v));
                    push!(r);
                }
                Op::UnaryNot => {
                    let v = pop!();
                    let t = match crate::ops::truth::plain_truth(&v) {
                        Some(t) => t,
                        None => tri!(self.truthy(&v)),
                    };
                    push!(Value::Bool(!t));
                }
                Op::CompareOp => {
                    let ord = match (peek!(2), peek!(1)) {
                        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
                        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
                        _ => None,
                    };
                    if let Some(ord) = ord {
                        self.count_hit::<STATS>(Family::CompareOp);
                        let r = ordering_matches(CmpOp::from_arg(ins.arg), ord);
                        if let Some(target) = fused_branch::<REC>(instrs, *pc, r) {
                            // Numbers own nothing: dropping them is forgetting them.
                            forget_numbers!(2);
                            *pc = target;
                            continue;
                        }
                        // SAFETY: `depth >= 2` (`peek!(2)` asserted it); the top is a
                        // number: forgotten, and the result goes over the second.
                        unsafe {
                            sp = sp.sub(1);
                            store_num(&mut *sp.sub(1), Num::Bool(r));
                        }
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    let op = CmpOp::from_arg(ins.arg);
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => {
                            Value::Bool(ordering_matches(op, Some(x.cmp(y))))
                        }
                        (Value::Float(x), Value::Float(y)) => {
                            Value::Bool(ordering_matches(op, x.partial_cmp(y)))
                        }
                        _ => {
                            self.count_miss::<STATS>(Family::CompareOp);
                            tri!(self.compare(op, &a, &b))
                        }
                    };
                    push!(r);
                }
                Op::IsOp => {
                    let b = pop!();
                    let a = pop!();
                    let r = a.is(&b) != (arg == 1);
                    if let Some(target) = fused_branch::<REC>(instrs, *pc, r) {
                        *pc = target;
                        continue;
                    }
                    push!(Value::Bool(r));
                }
                Op::ContainsOp => {
                    // `x in s` for a set or dict and an int or str `x`: one probe in place.
                    if depth!() >= 2 {
                        if let Some(r) = crate::object::quick_contains(peek!(1), peek!(2)) {
                            let container = pop!();
                            Value::release(container);
                            let item = pop!();
                            Value::release(item);
                            // SAFETY: a push within the code's stack depth (the invariant
                            // above the loop), written whole.
                            unsafe {
                                crate::value::write_bool_raw(sp, r != (arg == 1));
                                sp = sp.add(1);
                            }
                            continue;
                        }
                    }
                    let container = pop!();
                    let item = pop!();
                    let r = tri!(self.contains(&container, &item));
                    Value::release(container);
                    Value::release(item);
                    // SAFETY: as above.
                    unsafe {
                        crate::value::write_bool_raw(sp, r != (arg == 1));
                        sp = sp.add(1);
                    }
                }
                Op::BinarySubscr => {
                    // list[int] / tuple[int] in range: the element replaces the container on
                    // the stack (the index is a number: forgotten, not dropped).
                    if depth!() >= 2 {
                        if let Value::Int(i) = *peek!(1) {
                            if index_in_place(peek_mut!(2), i) {
                                self.count_hit::<STATS>(Family::Subscript);
                                forget_numbers!(1);
                                continue;
                            }
                        }
                    }
                    let idx = pop!();
                    let obj = pop!();
                    let r = match (&obj, &idx) {
                        (Value::List(l), Value::Int(i)) => {
                            let items = l.items.borrow();
                            let n = items.len() as i64;
                            let j = if *i < 0 { i + n } else { *i };
                            if j >= 0 && j < n {
                                items[j as usize].clone()
                            } else {
                                drop(items);
                                self.count_miss::<STATS>(Family::Subscript);
                                tri!(self.getitem(&obj, &idx))
                            }
                        }
                        _ => {
                            self.count_miss::<STATS>(Family::Subscript);
                            tri!(self.getitem(&obj, &idx))
                        }
                    };
                    push!(r);
                }
                Op::StoreSubscr => {
                    let idx = pop!();
                    let obj = pop!();
                    let v = pop!();
                    if let (Value::List(l), Value::Int(i)) = (&obj, &idx) {
                        let mut items = l.items.borrow_mut();
                        let n = items.len() as i64;
                        let j = if *i < 0 { i + n } else { *i };
                        if j >= 0 && j < n {
                            let old = std::mem::replace(&mut items[j as usize], v);
                            drop(items);
                            Value::release(old);
                            // A freed old item's finalizer runs at the store, as in CPython.
                            self.finalization_point();
                            continue;
                        }
                    }
                    tri!(self.setitem(&obj, &idx, v));
                    drop((obj, idx));
                    self.finalization_point();
                }
                Op::DeleteSubscr => {
                    let idx = pop!();
                    let obj = pop!();
                    tri!(self.delitem(&obj, &idx));
                    drop((obj, idx));
                    self.finalization_point();
                }
                Op::BuildSlice => {
                    let step = if arg == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    push!(Value::Slice(Rc::new(PySlice { start, stop, step })));
                }
                Op::BuildTuple => {
                    let items = pop_n!(arg);
                    push!(Value::tuple(items));
                }
                Op::BuildList => {
                    let items = pop_n!(arg);
                    push!(Value::list(items));
                }
                Op::BuildSet => {
                    let items = pop_n!(arg);
                    let set = tri!(self.build_set(items));
                    push!(set);
                }
                Op::BuildMap => {
                    let items = pop_n!(arg * 2);
                    let mut entries = Vec::with_capacity(arg);
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        entries.push((tri!(self.hkey(k)), v));
                    }
                    // Sized for its items as CPython's `_PyDict_NewPresized` sizes a display
                    // (which changes the table only past 5 items): the entries' positions, and
                    // so what an iterator sees after later inserts and deletes, are CPython's.
                    let d = PyDict::with_capacity(arg);
                    tri!(self.with_key_eq(|| d.map.borrow_mut().extend(entries)));
                    push!(Value::dict(d));
                }
                Op::ListAppend => {
                    let v = pop!();
                    if let Value::List(l) = peek!(arg) {
                        l.items.borrow_mut().push(v);
                    }
                }
                Op::SetAdd => {
                    let v = pop!();
                    let k = tri!(self.hkey(v));
                    if let Value::Set(s) = peek!(arg) {
                        let s = s.clone();
                        tri!(self.with_key_eq(|| s.set.borrow_mut().insert(k)));
                    }
                }
                Op::MapAdd => {
                    let v = pop!();
                    let k = pop!();
                    let k = tri!(self.hkey(k));
                    if let Value::Dict(d) = peek!(arg) {
                        let d = d.clone();
                        tri!(self.with_key_eq(|| d.map.borrow_mut().insert(k, v)));
                    }
                }
                Op::ListExtend => {
                    let it = pop!();
                    let items = tri!(self.star_items(&it));
                    if let Value::List(l) = peek!(arg) {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Op::SetUpdate => {
                    let it = pop!();
                    if let Value::Set(s) = peek!(arg) {
                        let s = s.clone();
                        tri!(crate::methods::set::update_op(self, s, it));
                    }
                }
                Op::DictMerge => {
                    // Keyword arguments of a call: the stack holds the callable, the
                    // positional tuple, then the dict being built.
                    let src = pop!();
                    if let Value::Dict(d) = peek!(arg) {
                        let d = d.clone();
                        let callee = peek!(arg + 2).clone();
                        tri!(self.merge_call_kwargs(&callee, &d, &src));
                    }
                }
                Op::DictUpdate => {
                    let src = pop!();
                    let entries = tri!(self.mapping_items(&src));
                    if let Value::Dict(d) = peek!(arg) {
                        let d = d.clone();
                        tri!(self.with_key_eq(|| d.map.borrow_mut().extend(entries)));
                    }
                }
                Op::ListToTuple => {
                    let v = pop!();
                    if let Value::List(l) = v {
                        let items = std::mem::take(&mut *l.items.borrow_mut());
                        push!(Value::tuple(items));
                    }
                }
                Op::BuildString => {
                    let parts = pop_n!(arg);
                    let mut s = String::new();
                    for p in &parts {
                        if let Value::Str(x) = p {
                            s.push_str(x.as_str());
                        }
                    }
                    push!(Value::string(s));
                }
                Op::FormatValue => {
                    let spec = if ins.arg & format_value::HAS_SPEC != 0 {
                        Some(pop!())
                    } else {
                        None
                    };
                    let v = pop!();
                    let v = match ins.arg & format_value::CONV_MASK {
                        format_value::CONV_STR => Value::string(tri!(self.to_str(&v))),
                        format_value::CONV_REPR => Value::string(tri!(self.repr(&v))),
                        format_value::CONV_ASCII => {
                            Value::string(ascii_escape(&tri!(self.repr(&v))))
                        }
                        _ => v,
                    };
                    let spec = match &spec {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    let s = match (&v, spec.is_empty()) {
                        (Value::Str(_), true) => v,
                        _ => Value::string(tri!(self.format(&v, &spec))),
                    };
                    push!(s);
                }
                Op::Jump => {
                    let at = *pc - 1;
                    *pc = arg;
                    // SAFETY (`cache`): `at` is this instruction's index, which the fetch above
                    // read from the checked code.
                    if arg <= at
                        && self.jit.is_some()
                        && !matches!(
                            unsafe { rt.cache(at) }.first(),
                            crate::interp::cache::Cache::NoJit
                        )
                    {
                        f.pc = arg;
                        sync!();
                        let r = self.jit_backedge(f, at, arg);
                        *pc = f.pc;
                        reserve_stack(f, rt.stack_size);
                        reload!();
                        tri!(r);
                        if *pc >= instrs.len() {
                            leave!(Err(malformed_code(code)));
                        }
                        if !REC && self.jit_recording {
                            leave!(Ok(Flow::Switch));
                        }
                    }
                }
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    let v = pop!();
                    // `if x:` on a bool, `None` or an int needs no call, and the value owns
                    // nothing: forgotten (its drop was an out-of-line call on every branch).
                    let t = match crate::ops::truth::plain_truth(&v) {
                        Some(t) => {
                            std::mem::forget(v);
                            t
                        }
                        None => tri!(self.truthy(&v)),
                    };
                    if t == (ins.op == Op::PopJumpIfTrue) {
                        *pc = arg;
                    }
                }
                Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => {
                    let t = match top!() {
                        Value::Bool(b) => *b,
                        other => {
                            let other = other.clone();
                            tri!(self.truthy(&other))
                        }
                    };
                    if t == (ins.op == Op::JumpIfTrueOrPop) {
                        *pc = arg;
                    } else {
                        pop!();
                    }
                }
                Op::GetIter => {
                    let v = pop!();
                    sync!();
                    let r = self.push_iter(v, &mut f.stack);
                    reload!();
                    tri!(r);
                    // Only range/list/tuple iterators (`Value::Iter`) can be traced: a loop
                    // over a generator skips the hook (and its cache check) at once.
                    let traceable = matches!(top!(), Value::Iter(_));
                    if traceable
                        && self.jit.is_some()
                        && !REC
                        && code.instrs.get(*pc).is_some_and(|i| i.op == Op::ForIter)
                        // SAFETY (`cache`): `*pc - 1` is this `GetIter`'s index, which the
                        // fetch above read from the checked code.
                        && !matches!(unsafe { rt.cache(*pc - 1) }.first(), Cache::NoJit)
                    {
                        f.pc = *pc;
                        sync!();
                        let r = self.jit_loop_entry(f, *pc - 1);
                        *pc = f.pc;
                        reserve_stack(f, rt.stack_size);
                        reload!();
                        tri!(r);
                        if *pc >= instrs.len() {
                            leave!(Err(malformed_code(code)));
                        }
                        if self.jit_recording {
                            leave!(Ok(Flow::Switch));
                        }
                    }
                }
                Op::ForIter => {
                    // The next item of a range or list iterator goes straight onto the stack:
                    // no `Option<Option<Value>>` in between, which the compiler copied in
                    // pieces around its niche tag and the push then read back whole (a
                    // store-forwarding stall on every iteration of every `for` loop).
                    enum Next {
                        Int,
                        Item,
                        Done,
                        Slow,
                    }
                    let mut item = Value::Null;
                    let mut int = 0i64;
                    let kind = match top!() {
                        Value::Iter(it) => {
                            let mut st = it.state.borrow_mut();
                            match &mut *st {
                                crate::object::IterState::Range { next, stop, step } => {
                                    if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop)
                                    {
                                        int = *next;
                                        *next = next.saturating_add(*step);
                                        Next::Int
                                    } else {
                                        Next::Done
                                    }
                                }
                                crate::object::IterState::List {
                                    list: Value::List(l),
                                    index,
                                } => {
                                    // SAFETY: fails while the list is mutably borrowed;
                                    // the reference lives for a length read and an item's
                                    // copy (a count increment), which run no code that could
                                    // borrow the list mutably. (A counted borrow is an
                                    // increment, a test and a decrement per iteration.)
                                    match unsafe { l.items.try_borrow_unguarded() } {
                                        Ok(items) if *index < items.len() => {
                                            let i = *index;
                                            *index = i + 1;
                                            // `item` is `Null`: overwritten without a drop.
                                            std::mem::forget(std::mem::replace(
                                                &mut item,
                                                items[i].clone(),
                                            ));
                                            Next::Item
                                        }
                                        Ok(_) => {
                                            // Exhausted for good, as `iter_next` leaves
                                            // it: a later append does not revive it.
                                            *index = usize::MAX;
                                            Next::Done
                                        }
                                        Err(_) => Next::Slow,
                                    }
                                }
                                _ => Next::Slow,
                            }
                        }
                        _ => Next::Slow,
                    };
                    // `for x in ...:` whose body starts by storing the item in a local (almost
                    // every loop): the item goes straight into the local and the `StoreFast`
                    // is skipped — one dispatch less per iteration. Not while recording (the
                    // recorder must see both instructions), nor under `--stats` (whose opcode
                    // counts are the program's instructions).
                    // SAFETY (`instrs`): a `ForIter` is never the last instruction of checked
                    // code (it falls through; see above the loop).
                    let store = match unsafe { *instrs.get_unchecked(*pc) } {
                        next if !REC && !STATS && next.op == Op::StoreFast => {
                            Some(next.arg as usize)
                        }
                        _ => None,
                    };
                    match kind {
                        Next::Int => {
                            self.count_hit::<STATS>(Family::ForIter);
                            if let Some(local) = store {
                                // SAFETY: a local argument of the checked code, and the frame
                                // has a slot for each (see above the loop).
                                let slot = unsafe { f.fast.get_unchecked_mut(local) };
                                let heap = slot.is_heap();
                                slot.set_int(int);
                                *pc += 1;
                                // As after `StoreFast`: a freed old value is finalized now.
                                if heap {
                                    self.finalization_point();
                                }
                                continue;
                            }
                            // SAFETY: a push within the code's stack depth (the invariant
                            // above the loop), written whole.
                            unsafe {
                                crate::value::write_int_raw(sp, int);
                                sp = sp.add(1);
                            }
                        }
                        Next::Item => {
                            self.count_hit::<STATS>(Family::ForIter);
                            if let Some(local) = store {
                                // SAFETY: as for `Next::Int`.
                                let slot = unsafe { f.fast.get_unchecked_mut(local) };
                                let heap = slot.is_heap();
                                slot.assign(item);
                                *pc += 1;
                                if heap {
                                    self.finalization_point();
                                }
                                continue;
                            }
                            push!(item);
                        }
                        Next::Done => {
                            pop!();
                            *pc = arg;
                            // The iterator may have held the last reference to its sequence:
                            // what that frees is finalized as the loop ends, as in CPython.
                            self.finalization_point();
                        }
                        Next::Slow => {
                            self.count_miss::<STATS>(Family::ForIter);
                            if let Value::Generator(g) = top!() {
                                // The item moves from the generator's stack to this one
                                // (a `yield from` chain is resumed at its innermost one).
                                let g = g.clone();
                                sync!();
                                let r = self.gen_for_iter(&g, &mut f.stack);
                                reload!();
                                if !tri!(r) {
                                    pop!(); // the return value
                                    pop!();
                                    *pc = arg;
                                }
                                continue;
                            }
                            let it = top!().clone();
                            match tri!(self.next(&it)) {
                                Some(v) => push!(v),
                                None => {
                                    drop(it);
                                    pop!();
                                    *pc = arg;
                                    self.finalization_point();
                                }
                            }
                        }
                    }
                }
                Op::UnpackSequence => {
                    let seq = pop!();
                    // `a, b, c = t` (a tuple or list of `arg` items, and the next `arg`
                    // instructions `StoreFast`): the items go straight into the locals, in
                    // the order the stores would take them, and the stores are skipped — no
                    // push, pop or dispatch per item. Not while recording (the recorder
                    // must see each instruction).
                    // SAFETY: the code is checked and the frame has a slot for each of its
                    // locals (see above the loop).
                    if !REC && unsafe { unpack_to_locals(&seq, arg, &instrs[*pc..], &mut f.fast) } {
                        *pc += arg;
                        Value::release(seq);
                        // Old values of the locals freed by the stores are finalized now.
                        self.finalization_point();
                        continue;
                    }
                    match &seq {
                        Value::Tuple(t) if t.items.len() == arg => {
                            for v in t.items.iter().rev() {
                                push!(v.clone());
                            }
                        }
                        Value::List(l) if l.items.borrow().len() == arg => {
                            for v in l.items.borrow().iter().rev() {
                                push!(v.clone());
                            }
                        }
                        _ => {
                            let items = tri!(self.unpack_iterable(&seq, arg));
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                    }
                }
                // `LoadFast` `UnpackToLocals` (`a, b = pair`): the local taken apart into the
                // locals without a push, a pop and a dispatch; otherwise the local is pushed
                // (or raises unbound) and the `UnpackToLocals` runs.
                Op::LoadFastUnpackToLocals => {
                    // SAFETY: as for `LoadFast`.
                    let v = unsafe { f.fast.get_unchecked(arg) };
                    if v.is_null() {
                        leave!(Err(unbound_local(code, arg)));
                    }
                    // Counted: a store may replace the local while its items are read.
                    let seq = v.clone();
                    let n = second_arg!();
                    // SAFETY: `quicken` writes this before an `UnpackToLocals n`, itself
                    // before `n` `StoreFast`s of the checked code, and the frame has a slot
                    // for each of its locals (see above the loop).
                    if unsafe {
                        store_unpacked(
                            &seq,
                            instrs.get_unchecked(*pc + 1..*pc + 1 + n),
                            &mut f.fast,
                        )
                    } {
                        *pc += 1 + n;
                        Value::release(seq);
                        self.finalization_point();
                        continue;
                    }
                    push!(seq);
                }
                // `UnpackSequence` before `arg` `StoreFast`s (`pyjit_bytecode::quicken`): a tuple
                // or list of `arg` items goes straight into the locals as above, without the
                // stores' opcodes tested on each run; anything else is unpacked onto the stack
                // and the stores run.
                Op::UnpackToLocals => {
                    let seq = pop!();
                    // SAFETY: `quicken` writes `UnpackToLocals` only before `arg` `StoreFast`s,
                    // instructions of the checked code, and the frame has a slot for each of
                    // its locals (see above the loop).
                    if unsafe {
                        store_unpacked(&seq, instrs.get_unchecked(*pc..*pc + arg), &mut f.fast)
                    } {
                        *pc += arg;
                        Value::release(seq);
                        // Old values of the locals freed by the stores are finalized now.
                        self.finalization_point();
                        continue;
                    }
                    // Not a tuple or list of `arg` items (those are all `store_unpacked` takes).
                    let items = tri!(self.unpack_iterable(&seq, arg));
                    for v in items.into_iter().rev() {
                        push!(v);
                    }
                }
                Op::UnpackEx => {
                    let before = arg & 0xff;
                    let after = arg >> 8;
                    let seq = pop!();
                    let items = tri!(self.collect(&seq).map_err(|e| unpack_type_error(e, &seq)));
                    if items.len() < before + after {
                        leave!(Err(PyErr::new(
                            "ValueError",
                            format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ),
                        )));
                    }
                    let mid_end = items.len() - after;
                    for v in items[mid_end..].iter().rev() {
                        push!(v.clone());
                    }
                    push!(Value::list(items[before..mid_end].to_vec()));
                    for v in items[..before].iter().rev() {
                        push!(v.clone());
                    }
                }
                Op::Call => {
                    let depth = depth!();
                    assert!(depth > arg);
                    sync!();
                    let r = self.call_from_stack(f, depth - arg, 1);
                    reload!();
                    tri!(r);
                }
                Op::CallKw => {
                    let names = pop!();
                    let mut args = pop_n!(arg);
                    let func = pop!();
                    let names = match &names {
                        Value::Tuple(t) => t.items.clone(),
                        _ => Vec::new(),
                    };
                    let kw_vals = args.split_off(args.len() - names.len());
                    let kwargs = names
                        .iter()
                        .zip(kw_vals)
                        .map(|(n, v)| (Rc::from(n.as_str().unwrap_or("")), v))
                        .collect();
                    let r = tri!(self.call_kw(&func, args, kwargs));
                    push!(r);
                }
                Op::CallEx => {
                    let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let args = pop!();
                    let func = pop!();
                    let args = match args {
                        Value::Tuple(_) => args,
                        other => Value::tuple(tri!(self.call_ex_args(&func, &other))),
                    };
                    let (pos, kw) = tri!(self.unpack_call_args(&args, kwargs.as_ref()));
                    let r = tri!(self.call_kw(&func, pos, kw));
                    push!(r);
                }
                Op::MakeFunction => {
                    let code_v = pop!();
                    let closure = if ins.arg & make_function::CLOSURE != 0 {
                        match pop!() {
                            Value::Tuple(t) => t
                                .items
                                .iter()
                                .filter_map(|c| match c {
                                    Value::Cell(c) => Some(c.clone()),
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let kwdefaults = if ins.arg & make_function::KWDEFAULTS != 0 {
                        match pop!() {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    let defaults = if ins.arg & make_function::DEFAULTS != 0 {
                        match pop!() {
                            Value::Tuple(t) => t.items.clone(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let Value::Code(c) = code_v else {
                        leave!(Err(PyErr::new("SystemError", "MakeFunction without code")));
                    };
                    let module = f.globals.get_str("__name__").unwrap_or(Value::None);
                    let frt = self.code_rt(&c);
                    let mut simple = Function::simple_arity(&c, defaults.len());
                    let has_cells = !c.cellvars.is_empty() || !closure.is_empty();
                    let native = self.jit.is_some()
                        && defaults.is_empty()
                        && kwdefaults.is_none()
                        && !has_cells
                        && self.jit_native_candidate(&c);
                    if native {
                        simple = (1, 0);
                    }
                    let func = Rc::new(Function {
                        simple,
                        has_cells,
                        native,
                        rt: frt,
                        name: RefCell::new(c.name.clone()),
                        qualname: RefCell::new(c.qualname.clone()),
                        code: c,
                        globals: f.globals.clone(),
                        defaults,
                        kwdefaults,
                        closure,
                        dict: Rc::new(PyDict::new()),
                        module,
                        gc: crate::gc::GcLink::new(),
                    });
                    crate::gc::track_function(&func);
                    push!(Value::Function(func));
                }
                Op::ReturnValue => leave!(Ok(Flow::Return)),
                Op::Raise => {
                    sync!();
                    let e = self.raise(f, arg);
                    reload!();
                    leave!(Err(e));
                }
                Op::SetupExcept | Op::SetupWith => {
                    if ins.op == Op::SetupWith {
                        let ctx = pop!();
                        let (exit, entered) = tri!(self.enter_context(&ctx));
                        push!(exit);
                        f.blocks.push(Block {
                            handler: ins.arg,
                            stack_depth: depth!() as u32,
                            exc_depth: f.exc_pushed,
                        });
                        push!(entered);
                    } else {
                        f.blocks.push(Block {
                            handler: ins.arg,
                            stack_depth: depth!() as u32,
                            exc_depth: f.exc_pushed,
                        });
                    }
                }
                Op::PopBlock => {
                    f.blocks.pop();
                }
                Op::PopExcept => {
                    if f.exc_pushed > 0 {
                        self.exc_info.pop();
                        f.exc_pushed -= 1;
                    }
                }
                Op::JumpIfNotExcMatch => {
                    let typ = pop!();
                    let exc = top!().clone();
                    if !tri!(self.exception_matches(&exc, &typ)) {
                        *pc = arg;
                    }
                }
                Op::Reraise => {
                    let exc = pop!();
                    if f.exc_pushed > 0 {
                        self.exc_info.pop();
                        f.exc_pushed -= 1;
                    }
                    self.reraising = true;
                    leave!(Err(PyErr { exc }));
                }
                Op::ImportName => {
                    let fromlist = pop!();
                    let m =
                        tri!(self.import_name(&code.names[arg], !fromlist.is_none(), &f.globals));
                    push!(m);
                }
                Op::ImportFrom => {
                    let m = top!().clone();
                    let v = tri!(self.import_from(&m, &code.names[arg]));
                    push!(v);
                }
                Op::ImportStar => {
                    let m = pop!();
                    let entries = tri!(self.import_star_names(&m));
                    let target = f.locals.as_ref().unwrap_or(&f.globals);
                    target.map.borrow_mut().extend(entries);
                }
                Op::LoadBuildClass => {
                    let b = self
                        .builtins
                        .get_str("__build_class__")
                        .unwrap_or(Value::None);
                    push!(b);
                }
                Op::YieldValue => leave!(Ok(Flow::Yield)),
                Op::GetYieldFromIter => {
                    let v = pop!();
                    let it = match v {
                        Value::Generator(_) => v,
                        other => tri!(self.get_iter(&other)),
                    };
                    push!(it);
                }
                Op::YieldFrom => {
                    let sent = pop!();
                    if let (Value::None, Value::Generator(g)) = (&sent, top!()) {
                        // The common case: what the sub-generator yields or returns moves
                        // straight onto this stack (see `gen_next_into`).
                        let g = g.clone();
                        sync!();
                        let r = self.gen_next_into(&g, &mut f.stack);
                        reload!();
                        if tri!(r) {
                            // Re-run this instruction on resume; the sent value is pushed then.
                            *pc -= 1;
                            leave!(Ok(Flow::Yield));
                        }
                        // The returned value replaces the sub-generator below it.
                        assert!(depth!() >= 2);
                        // SAFETY: the two values below `sp` are initialized (asserted): the
                        // sub-generator is read out (and dropped), the top moves into its
                        // slot, and the stack forgets the top's old slot.
                        unsafe {
                            let sub = sp.sub(2).read();
                            std::ptr::copy_nonoverlapping(sp.sub(1), sp.sub(2), 1);
                            sp = sp.sub(1);
                            drop(sub);
                        }
                        continue;
                    }
                    let it = top!().clone();
                    match tri!(self.delegate(&it, sent)) {
                        Ok(yielded) => {
                            // Re-run this instruction on resume; the sent value is pushed then.
                            *pc -= 1;
                            push!(yielded);
                            leave!(Ok(Flow::Yield));
                        }
                        Err(returned) => {
                            pop!();
                            push!(returned);
                        }
                    }
                }
                Op::WithExit => {
                    let exit = pop!();
                    tri!(self.call(&exit, vec![Value::None, Value::None, Value::None]));
                }
                Op::WithExcept => {
                    let exc = pop!();
                    let exit = pop!();
                    let typ = Value::Type(crate::builtin_types::type_of(&exc));
                    let tb = crate::traceback::traceback_object(&exc);
                    let r = tri!(self.call(&exit, vec![typ, exc.clone(), tb]));
                    if f.exc_pushed > 0 {
                        self.exc_info.pop();
                        f.exc_pushed -= 1;
                    }
                    if !tri!(self.truthy(&r)) {
                        self.reraising = true;
                        leave!(Err(PyErr { exc }));
                    }
                }
                Op::CallFrameDict => {
                    let args = if arg == 3 { vec![pop!()] } else { Vec::new() };
                    let callee = pop!();
                    let builtin = match &callee {
                        Value::Builtin(b) if b.bound.is_none() => b.name,
                        _ => "",
                    };
                    // (`frame_dict` reads the frame's locals and cells, not its stack.)
                    let r = match (arg, builtin) {
                        (0, "globals") | (1, "locals" | "vars") => frame_dict(f, arg),
                        (2, "dir") => {
                            let ns = frame_dict(f, 1);
                            crate::builtins::sorted_keys(&ns)
                        }
                        (3, "eval" | "exec") => {
                            let mut args = args;
                            args.push(frame_dict(f, 0));
                            args.push(frame_dict(f, 1));
                            tri!(self.call(&callee, args))
                        }
                        _ => tri!(self.call(&callee, args)),
                    };
                    push!(r);
                }
                Op::LoadAssertionError => {
                    push!(Value::Type(types().exception("AssertionError")));
                }
                Op::RotN => {
                    // The top goes `arg - 1` places down.
                    let k = arg.max(1);
                    assert!(depth!() >= k);
                    // SAFETY: the `k` values below `sp` are initialized (asserted); they are
                    // moved bitwise among their slots, each kept once.
                    unsafe {
                        let v = sp.sub(1).read();
                        std::ptr::copy(sp.sub(k), sp.sub(k - 1), k - 1);
                        sp.sub(k).write(v);
                    }
                }
                Op::MatchSequence => {
                    let r = super::matching::is_match_sequence(top!());
                    push!(Value::Bool(r));
                }
                Op::MatchMapping => {
                    let r = super::matching::is_match_mapping(top!());
                    push!(Value::Bool(r));
                }
                Op::GetLen => {
                    let subject = top!().clone();
                    let n = tri!(self.len(&subject));
                    push!(Value::Int(n as i64));
                }
                Op::MatchClass => {
                    let kw = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    let r = tri!(self.match_class(&subject, &cls, &kw, arg));
                    push!(r);
                }
                Op::MatchKeys => {
                    let (subject, keys) = (peek!(2).clone(), peek!(1).clone());
                    let r = tri!(self.match_keys(&subject, &keys));
                    push!(r);
                }
                Op::CopyDictWithoutKeys => {
                    let keys = pop!();
                    let subject = pop!();
                    let r = tri!(self.copy_dict_without_keys(&subject, &keys));
                    push!(r);
                }
            }
        }
    }

    /// Look a name up in globals, then builtins.
    pub fn load_global(&mut self, globals: &PyDict, name: &Value) -> PyResult<Value> {
        let k = name_key(name);
        if let Some(v) = globals.map.borrow().get(&k) {
            return Ok(v.clone());
        }
        if let Some(v) = self.builtins.map.borrow().get(&k) {
            return Ok(v.clone());
        }
        Err(crate::error::name_error(name.as_str().unwrap_or("?")))
    }

    fn unpack_iterable(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let it = self.get_iter(seq).map_err(|e| unpack_type_error(e, seq))?;
        let mut out = Vec::with_capacity(n);
        while let Some(v) = self.next(&it)? {
            if out.len() == n {
                return Err(PyErr::new(
                    "ValueError",
                    format!("too many values to unpack (expected {n})"),
                ));
            }
            out.push(v);
        }
        if out.len() < n {
            return Err(PyErr::new(
                "ValueError",
                format!(
                    "not enough values to unpack (expected {n}, got {})",
                    out.len()
                ),
            ));
        }
        Ok(out)
    }

    /// Build the exception for a `raise` statement with `n` operands.
    fn raise(&mut self, f: &mut Frame, n: usize) -> PyErr {
        if n == 0 {
            return match self.exc_info.last() {
                Some(e) => {
                    self.reraising = true;
                    PyErr { exc: e.clone() }
                }
                None => PyErr::new("RuntimeError", "No active exception to reraise"),
            };
        }
        let cause = if n == 2 { Some(f.pop()) } else { None };
        let v = f.pop();
        let exc = match self.make_exception(v) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let c = match c {
                Value::None => None,
                other => match self.make_exception(other) {
                    Ok(e) => Some(e.exc),
                    Err(_) => return type_error("exception causes must derive from BaseException"),
                },
            };
            if let Some(mut st) = exc.state() {
                st.cause = c;
                st.suppress_context = true;
            }
        }
        exc
    }

    /// Turn a raised value (a class or an instance) into an exception.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        let base = types().exception("BaseException");
        match &v {
            Value::Type(t) if t.is_subtype(&base) => {
                let inst = self.call(&v, vec![])?;
                Ok(self.with_context(PyErr { exc: inst }))
            }
            Value::Instance(i) if i.class.borrow().is_subtype(&base) => {
                Ok(self.with_context(PyErr { exc: v }))
            }
            _ => Err(type_error("exceptions must derive from BaseException")),
        }
    }

    /// Set `__context__` to the exception being handled, as an implicit chain.
    pub fn with_context(&mut self, e: PyErr) -> PyErr {
        if let Some(ctx) = self.exc_info.last() {
            if !ctx.is(&e.exc) {
                if let Some(mut st) = e.state() {
                    if st.context.is_none() {
                        st.context = Some(ctx.clone());
                    }
                }
            }
        }
        e
    }

    /// Does exception `exc` match the `except` clause's `typ` (a class or tuple of classes)?
    fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = crate::builtin_types::type_of(exc);
        let base = types().exception("BaseException");
        match typ {
            Value::Type(t) if t.is_subtype(&base) => Ok(cls.is_subtype(t)),
            Value::Tuple(items) => {
                for t in &items.items {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                other => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(other)
                ))),
            },
            Value::List(l) => Ok(self.list_find(l, item, 0, usize::MAX)?.is_some()),
            Value::Tuple(t) => {
                for v in &t.items {
                    if v.is(item) || self.eq(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => self.dict_contains(d, item),
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => match item {
                Value::Int(i) => {
                    let i = *i;
                    let in_bounds = if r.step > 0 {
                        i >= r.start && i < r.stop
                    } else {
                        i <= r.start && i > r.stop
                    };
                    Ok(in_bounds && (i - r.start) % r.step == 0)
                }
                _ => {
                    let items = self.collect(container)?;
                    for v in &items {
                        if self.eq(v, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Instance(_) => self.instance_contains(container, item),
            Value::Type(_) if crate::metaclass::has_meta(container) => {
                self.instance_contains(container, item)
            }
            Value::Iter(_) if crate::ops::iter::dict_view(container).is_some() => {
                self.view_contains(container, item)
            }
            Value::Iter(_) | Value::Generator(_) => {
                while let Some(v) = self.next(container)? {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ))),
        }
    }

    /// The (key, value) pairs of a mapping, for `**` unpacking and `dict.update`.
    pub fn mapping_items(&mut self, src: &Value) -> PyResult<Vec<(HKey, Value)>> {
        match src {
            Value::Dict(d) => Ok(d
                .map
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()),
            Value::Instance(_) => {
                let keys_fn = self.getattr(src, "keys")?;
                let keys = self.call(&keys_fn, vec![])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.getitem(src, &k)?;
                    out.push((self.hkey(k)?, v));
                }
                Ok(out)
            }
            other => Err(type_error(format!(
                "'{}' object is not a mapping",
                type_name(other)
            ))),
        }
    }

    /// Convert code constants to values once per code object.
    pub fn code_rt(
        &mut self,
        code: &Rc<pyjit_bytecode::CodeObject>,
    ) -> Rc<crate::interp::frame::CodeRt> {
        let key = Rc::as_ptr(code) as usize;
        if let Some(rt) = self.code_rts.get(&key) {
            return rt.clone();
        }
        let depth = code.max_stack_depth();
        let quick = pyjit_bytecode::quicken::quicken(&code.instrs, pair_kinds());
        let checked = code.control_stays_inside()
            && code.args_in_range()
            && depth.is_some()
            && quick.is_some();
        let rt = Rc::new(crate::interp::frame::CodeRt {
            consts: code.consts.iter().map(const_value).collect(),
            names: code.names.iter().map(|n| self.intern(n)).collect(),
            caches: (0..code.instrs.len()).map(|_| Default::default()).collect(),
            quick: if checked {
                quick.unwrap_or_default()
            } else {
                Vec::new()
            },
            checked_code: if checked {
                Rc::as_ptr(code)
            } else {
                std::ptr::null()
            },
            stack_size: depth.unwrap_or(0) as usize + crate::interp::frame::STACK_SLACK,
        });
        self.code_rts.insert(key, rt.clone());
        // Keep the code alive so its address is never reused by another code object.
        self.code_keepalive.push(code.clone());
        rt
    }
}

/// Make room for `n` more values on `f`'s stack (see `CodeRt::stack_size`). Out of line:
/// pooled frames keep their stacks, so this is rarely needed, and `Vec::reserve` inlined at
/// the loop's entry cost deltablue 2% instructions (spills around it).
#[cold]
#[inline(never)]
fn reserve_stack(f: &mut Frame, n: usize) {
    f.stack.reserve(n);
}

/// The error for bytecode whose control flow could leave its instructions (a compiler bug).
#[cold]
fn malformed_code(code: &pyjit_bytecode::CodeObject) -> PyErr {
    PyErr::new(
        "SystemError",
        format!("malformed bytecode in {}", code.qualname),
    )
}

/// The namespace `globals()` (`which` = 0) or `locals()` (1) returns in frame `f`: the
/// module or class namespace itself, or for a function a snapshot of its bound variables.
fn frame_dict(f: &Frame, which: usize) -> Value {
    if which == 0 {
        return Value::Dict(f.globals.clone());
    }
    if let Some(l) = &f.locals {
        return Value::Dict(l.clone());
    }
    if f.code.flags.uses_name_dict {
        return Value::Dict(f.globals.clone());
    }
    let d = PyDict::new();
    for (name, v) in f.code.varnames.iter().zip(&f.fast) {
        if !v.is_null() {
            d.set_str(name, v.clone());
        }
    }
    let cell_names = f.code.cellvars.iter().chain(&f.code.freevars);
    for (name, c) in cell_names.zip(&f.cells) {
        let v = c.borrow().clone();
        if !v.is_null() {
            d.set_str(name, v);
        }
    }
    Value::Dict(Rc::new(d))
}

/// A dictionary key for a name value (its hash is cached in the str).
pub fn name_key(name: &Value) -> HKey {
    let hash = match name {
        Value::Str(s) => s.hash(),
        _ => 0,
    };
    HKey {
        hash,
        value: name.clone(),
    }
}

pub fn const_value(c: &Const) -> Value {
    match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(b) => Value::from_bigint(b.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => Value::str(s),
        Const::Tuple(items) => Value::tuple(items.iter().map(const_value).collect()),
        Const::FrozenSet(items) => {
            // CPython builds the frozenset from the display's items in order, then its
            // compiler rebuilds it from that set's iteration order when it merges constants.
            let first: crate::object::Set = items
                .iter()
                .map(|item| {
                    let value = const_value(item);
                    let hash = crate::ops::compare::const_hash(&value);
                    crate::object::HKey { hash, value }
                })
                .collect();
            let set: crate::object::Set = first.into_iter().collect();
            Value::Set(Rc::new(crate::object::PySet::new(set, true)))
        }
        Const::Code(c) => Value::Code(c.clone()),
        Const::Ellipsis => Value::Ellipsis,
    }
}

/// The superinstruction kinds `code_rt` fuses (`pyjit_bytecode::quicken::pairs`); the
/// `PYJIT_PAIRS` environment variable (a number) overrides them, to measure each kind.
fn pair_kinds() -> u32 {
    static KINDS: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    *KINDS.get_or_init(|| {
        std::env::var("PYJIT_PAIRS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(pyjit_bytecode::quicken::pairs::ALL)
    })
}

/// The error of a `LoadFast` of an unbound local `i`.
#[cold]
#[inline(never)]
fn unbound_local(code: &pyjit_bytecode::CodeObject, i: usize) -> PyErr {
    PyErr::new(
        "UnboundLocalError",
        format!(
            "cannot access local variable '{}' where it is not associated with a value",
            code.varnames[i]
        ),
    )
}

fn unbound_deref(code: &pyjit_bytecode::CodeObject, i: usize) -> PyErr {
    let name = code.cell_name(i);
    if i < code.cellvars.len() {
        PyErr::new(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        PyErr::new(
            "NameError",
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

fn unpack_type_error(e: PyErr, seq: &Value) -> PyErr {
    if e.is("TypeError") {
        type_error(format!(
            "cannot unpack non-iterable {} object",
            type_name(seq)
        ))
    } else {
        e
    }
}

/// `ascii()`: escape every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// The arithmetic that needs no call, no allocation and cannot fail: small-int arithmetic
/// that stays small (`int_fast`), and float `+ - * /` (non-zero divisor) including mixed
/// int/float operands.
#[inline(always)]
fn fast_binary(op: u32, a: &Value, b: &Value) -> Option<Num> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_fast(op, *x, *y).map(Num::Int),
        (Value::Float(x), Value::Float(y)) => float_fast(op, *x, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            float_fast(op, *x, *y as f64)
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            float_fast(op, *x as f64, *y)
        }
        _ => None,
    }
}

/// Int arithmetic that stays a small int, with Python's semantics (floor division and
/// modulo round toward negative infinity); `None` sends overflow, division by zero and
/// out-of-range shifts to the generic path, which raises or promotes to a big int.
#[inline(always)]
fn int_fast(op: u32, x: i64, y: i64) -> Option<i64> {
    const ADD: u32 = BinOp::Add as u32;
    const SUB: u32 = BinOp::Sub as u32;
    const MUL: u32 = BinOp::Mul as u32;
    const FLOORDIV: u32 = BinOp::FloorDiv as u32;
    const MOD: u32 = BinOp::Mod as u32;
    const LSHIFT: u32 = BinOp::LShift as u32;
    const RSHIFT: u32 = BinOp::RShift as u32;
    const AND: u32 = BinOp::And as u32;
    const OR: u32 = BinOp::Or as u32;
    const XOR: u32 = BinOp::Xor as u32;
    match op {
        ADD => x.checked_add(y),
        SUB => x.checked_sub(y),
        MUL => x.checked_mul(y),
        AND => Some(x & y),
        OR => Some(x | y),
        XOR => Some(x ^ y),
        FLOORDIV => {
            let q = x.checked_div(y)?;
            Some(if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        MOD => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        RSHIFT if (0..64).contains(&y) => Some(x >> y),
        LSHIFT if (0..63).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

#[inline(always)]
fn float_fast(op: u32, x: f64, y: f64) -> Option<Num> {
    const ADD: u32 = BinOp::Add as u32;
    const SUB: u32 = BinOp::Sub as u32;
    const MUL: u32 = BinOp::Mul as u32;
    const DIV: u32 = BinOp::TrueDiv as u32;
    Some(Num::Float(match op {
        ADD => x + y,
        SUB => x - y,
        MUL => x * y,
        DIV if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// `LoadGlobalCompareOp`'s test: `Some(Ok(r))` when the global a `LoadGlobal` cache entry
/// designates and `top` are ints (`r`: `top <cmp> global`), `Some(Err(global))` when the
/// entry holds but they are not, `None` when it does not hold. Out of line: a second copy of
/// the lookup inlined into the evaluation loop costs every instruction (register allocation).
///
/// # Safety
/// As for `global_entry`: the reference returned is only copied before anything can borrow
/// the globals or builtins dict mutably.
#[inline(never)]
unsafe fn global_int_compare<'a>(
    c: Cache,
    globals: &'a PyDict,
    builtins: &'a PyDict,
    name: &Value,
    top: &Value,
    cmp: u32,
) -> Option<Result<bool, &'a Value>> {
    // SAFETY: the caller's contract.
    let g = unsafe { global_entry(c, globals, builtins, name) }?;
    Some(match (top, g) {
        (Value::Int(x), Value::Int(y)) => {
            Ok(ordering_matches(CmpOp::from_arg(cmp), Some(x.cmp(y))))
        }
        _ => Err(g),
    })
}

/// A comparison whose result `r` feeds the conditional jump right after it (`if a < b:`,
/// `while x is not None:`) takes the jump itself: the pc to continue at (past the jump or
/// at its target), or `None` when the next instruction is not such a jump. This skips a
/// dispatch and a bool pushed only to be popped. Not while the JIT records (`REC`), which
/// must see every instruction.
#[inline(always)]
fn fused_branch<const REC: bool>(
    instrs: &[pyjit_bytecode::Instr],
    pc: usize,
    r: bool,
) -> Option<usize> {
    if REC {
        return None;
    }
    let next = instrs[pc];
    let on_true = match next.op {
        Op::PopJumpIfFalse => false,
        Op::PopJumpIfTrue => true,
        _ => return None,
    };
    Some(if r == on_true {
        next.arg as usize
    } else {
        pc + 1
    })
}

/// `UnpackSequence` of `seq` into the locals the next `n` instructions (`next`) store to,
/// when `seq` is a tuple or list of `n` items and those instructions are all `StoreFast`
/// (`store_unpacked`). `false`, with nothing stored, otherwise. Out of line: inlined, it grew
/// the loop and cost richards and go ~2% (register allocation of the whole loop). Since
/// `quicken` writes `UnpackToLocals` before such stores, the quickened code reaches this only
/// with the `UNPACK_STORES` kind turned off (`PYJIT_PAIRS`) or for `() = x`; the arm that
/// calls it is kept as it was (one arm for both opcodes cost richards, go, hexiom and
/// fannkuch 1–3%: the loop's registers).
///
/// # Safety
/// `next` is the code's instructions after the `UnpackSequence`, of code the evaluation loop
/// checked (`CodeRt::checked_code`: every local argument is below the code's number of
/// locals), and `fast` is the locals of a frame running it (a slot for each).
#[inline(never)]
unsafe fn unpack_to_locals(
    seq: &Value,
    n: usize,
    next: &[pyjit_bytecode::Instr],
    fast: &mut [Value],
) -> bool {
    let Some(stores) = next.get(..n) else {
        return false;
    };
    // Only the opcodes: a `StoreFast`'s local is a slot of the frame (the contract).
    if !stores.iter().all(|s| s.op == Op::StoreFast) {
        return false;
    }
    // SAFETY: `StoreFast`s of the checked code (the contract).
    unsafe { store_unpacked(seq, stores, fast) }
}

/// `a, b, c = seq` for `UnpackToLocals` (and `unpack_to_locals`): when `seq` is a tuple or
/// list of `stores.len()` items, item `i` goes to the local of `stores[i]` (the stores would
/// pop the items in that order, so a repeated name ends with the last item, as in the
/// interpreter). `false`, with nothing stored, otherwise. The stores' opcodes are not looked
/// at: `quicken` wrote `UnpackToLocals` only before `StoreFast`s (tested on each run, they
/// cost ~5 instructions per item). Out of line, as `unpack_to_locals`.
///
/// # Safety
/// `stores` are `StoreFast`s of code the evaluation loop checked (each local argument below
/// the code's number of locals), and `fast` is the locals of a frame running it.
#[inline(never)]
unsafe fn store_unpacked(
    seq: &Value,
    stores: &[pyjit_bytecode::Instr],
    fast: &mut [Value],
) -> bool {
    let n = stores.len();
    match seq {
        // SAFETY: `n` items for the `n` stores, each store's local a slot of `fast` (the
        // contract).
        Value::Tuple(t) if t.items.len() == n => unsafe { store_items(stores, &t.items, fast) },
        Value::List(l) => {
            // Old locals are released while the list is borrowed: their destructors queue
            // finalizers and never borrow a list mutably.
            let items = l.items.borrow();
            if items.len() != n {
                return false;
            }
            // SAFETY: as for the tuple.
            unsafe { store_items(stores, &items, fast) }
        }
        _ => return false,
    }
    true
}

/// The store loop of `unpack_to_locals`: item `k` into the local of `stores[k]`, indexed
/// unchecked. (With `zip` and checked indexing the loop was ~21 instructions per item and
/// reloaded the stores' pointer from the stack on each.)
///
/// # Safety
/// `items.len() == stores.len()` and every store's argument indexes `fast`.
#[inline(always)]
unsafe fn store_items(stores: &[pyjit_bytecode::Instr], items: &[Value], fast: &mut [Value]) {
    let fast = fast.as_mut_ptr();
    for k in 0..stores.len() {
        // SAFETY: `k < stores.len() == items.len()` and the argument indexes `fast` (the
        // caller's contract); the local is a valid exclusive slot.
        unsafe {
            let dst = &mut *fast.add(stores.get_unchecked(k).arg as usize);
            dst.assign(items.get_unchecked(k).clone());
        }
    }
}

/// `container[i]` for a list or tuple and an index in range: the element replaces the
/// container in its stack slot. (Written so that the element goes straight from a clone to
/// the slot; an `Option<Value>` in between is copied in pieces and stalls the next move.)
#[inline(always)]
fn index_in_place(container: &mut Value, i: i64) -> bool {
    let at = |len: usize| {
        let j = if i < 0 { i + len as i64 } else { i };
        (0..len as i64).contains(&j).then_some(j as usize)
    };
    let v = match &*container {
        Value::List(l) => {
            // SAFETY: fails while the list is mutably borrowed; the reference lives for a
            // length read and an item's copy (a count increment), which run no code that
            // could borrow the list mutably.
            let Ok(items) = (unsafe { l.items.try_borrow_unguarded() }) else {
                return false;
            };
            match at(items.len()) {
                Some(j) => items[j].clone(),
                None => return false,
            }
        }
        Value::Tuple(t) => match at(t.items.len()) {
            Some(j) => t.items[j].clone(),
            None => return false,
        },
        _ => return false,
    };
    Value::release(std::mem::replace(container, v));
    true
}

/// `xs[i] op= v` — `DupTopTwo BinarySubscr (LoadConst|LoadFast) InplaceOp RotThree
/// StoreSubscr`, the only sequence the compiler emits `DupTopTwo` in — for a list `xs`, an int
/// `i` in range, and a number item and `v` whose operation stays a small int or a float
/// (`fast_binary`): the result is written into the item's slot and `xs` and `i` are popped,
/// as the six instructions would leave them. `false`, with nothing changed, otherwise (the
/// instructions then run one by one). Nothing here runs Python code or can fail, so skipping
/// the instructions is invisible: CPython's `a[i] += 1` on a list of ints gives the same.
/// hexiom's counters (`self.unknown_near[j] -= 1`) went from ~75 instructions through the
/// six dispatches to ~35. Out of line, as `unpack_to_locals` (register allocation of the loop).
///
/// # Safety
/// `top2` points at the second value from the top of the caller's stack, and the top
/// value follows it (both initialized). On `true` the list in `top2` has been released and
/// the index forgotten: the caller drops both slots from its stack.
#[inline(never)]
unsafe fn list_item_inplace(
    instrs: &[pyjit_bytecode::Instr],
    pc: usize,
    fast: &[Value],
    rt: &CodeRt,
    top2: *mut Value,
) -> bool {
    // SAFETY: two initialized values of the caller's stack (the caller's contract).
    let (xs, i) = unsafe { (&*top2, &*top2.add(1)) };
    let (Value::List(l), Value::Int(i)) = (xs, i) else {
        return false;
    };
    let Some(&[sub, rhs, op, rot, store]) = instrs.get(pc..pc + 5) else {
        return false;
    };
    if sub.op != Op::BinarySubscr
        || op.op != Op::InplaceOp
        || rot.op != Op::RotThree
        || store.op != Op::StoreSubscr
    {
        return false;
    }
    let v = match rhs.op {
        // SAFETY: a constant argument of the checked code (the caller's, see `eval_loop`).
        Op::LoadConst => unsafe { rt.konst(rhs.arg as usize) },
        // An unbound local is `Null`, which `fast_binary` declines: the generic path raises.
        Op::LoadFast => match fast.get(rhs.arg as usize) {
            Some(v) => v,
            None => return false,
        },
        _ => return false,
    };
    let Ok(mut items) = l.items.try_borrow_mut() else {
        return false;
    };
    let n = items.len() as i64;
    let j = if *i < 0 { i + n } else { *i };
    if !(0..n).contains(&j) {
        return false;
    }
    let slot = &mut items[j as usize];
    let Some(r) = fast_binary(op.arg, slot, v) else {
        return false;
    };
    // The old item is a number: overwritten, nothing to drop.
    match r {
        Num::Int(x) => slot.set_int(x),
        Num::Float(x) => slot.set_float(x),
        Num::Bool(b) => slot.set_bool(b),
    }
    drop(items);
    // SAFETY: the list leaves the caller's stack (the caller's contract): read out once and
    // released; the index is a number, forgotten.
    Value::release(unsafe { top2.read() });
    true
}

/// An error of the number fast paths of `BinaryOp`/`InplaceOp`, as the operator reports it.
#[cold]
fn inplace_error(
    code: Op,
    op: BinOp,
    e: crate::error::PyErr,
    a: &Value,
    b: &Value,
) -> crate::error::PyErr {
    if code == Op::InplaceOp {
        crate::ops::arith::augmented_error(op, e, a, b)
    } else {
        e
    }
}

/// Move the value at `src` into `dst` (`StoreFast` through the loop's stack pointer),
/// dropping `dst`'s old value when it owns something; whether it did (its release may have
/// queued a finalizer). The 16 bytes go slot to slot (`frame::move_last_into` says why).
///
/// # Safety
/// `src` holds an initialized value that the caller gives up (its stack forgets the slot),
/// outside `dst`.
#[inline(always)]
unsafe fn move_into(src: *const Value, dst: &mut Value) -> bool {
    let slot: *mut Value = dst;
    // SAFETY: as in `frame::move_last_into`: an old value that owns something is read out
    // before being overwritten and released after; the moved value's ownership passes to
    // `dst` (the caller's contract), so no value is dropped or exposed twice.
    unsafe {
        if (*slot).is_heap() {
            let old = std::ptr::read(slot);
            std::ptr::copy_nonoverlapping(src, slot, 1);
            Value::release(old);
            true
        } else {
            std::ptr::copy_nonoverlapping(src, slot, 1);
            false
        }
    }
}

/// Write a fast path's number result over `slot` (a number: nothing to drop) in one store
/// (`Value::set_int`).
#[inline(always)]
fn store_num(slot: &mut Value, r: Num) {
    debug_assert!(matches!(slot, Value::Int(_) | Value::Float(_)));
    match r {
        Num::Int(i) => slot.set_int(i),
        Num::Float(x) => slot.set_float(x),
        Num::Bool(b) => slot.set_bool(b),
    }
}

/// `LoadAttr` of an instance attribute through the cache, the object left where it is (the
/// fused `LoadFast` + `LoadAttr`): on a hit the attribute of the instance `obj` is copied to
/// `dst` (the loop's free slot at its stack pointer), and the caller counts it. The check
/// is `specialize::instance_attr`, shared with `attr_hit_in_place`; the value goes from the
/// dict to the stack in one 16-byte copy (an `Option<Value>` result in between was written
/// as a tag byte and a word, and the next instruction's whole-value read of it stalled).
///
/// # Safety
/// `dst` is a free slot (uninitialized) the caller's stack owns and counts after a hit.
#[inline(always)]
unsafe fn attr_push_at(c: Cache, obj: &Value, name: &Value, dst: *mut Value) -> bool {
    // SAFETY (`instance_attr`): the reference is only cloned.
    match unsafe { instance_attr(c, obj, name) } {
        Some(v) => {
            // SAFETY: `dst` is a free slot (the caller's contract).
            unsafe { dst.write(v.clone()) };
            true
        }
        None => false,
    }
}

/// `StoreAttr` through the cache of the value at `top - 1` (the loop's top of stack) into
/// `obj` (the fused `LoadFast` + `StoreAttr`): on a hit the value has moved into the
/// attribute and the caller's stack forgets its slot; on a miss the slot is as it was.
///
/// # Safety
/// `top - 1` holds the initialized top value of the caller's stack, which it drops from the
/// stack after a hit.
#[inline(always)]
unsafe fn store_attr_top_at(c: Cache, obj: &Value, name: &Value, top: *mut Value) -> bool {
    // SAFETY: a bitwise copy of the top value: on a hit it is moved into the attribute and
    // the caller forgets the slot; on a miss the copy comes back and is forgotten (the slot
    // still owns the value), so it has one owner either way.
    let v = unsafe { top.sub(1).read() };
    match store_attr_hit(c, obj, name, v) {
        Ok(()) => true,
        Err(back) => {
            std::mem::forget(back);
            false
        }
    }
}

/// `list.append` and the like through a `BuiltinMethod` entry: on a hit the method is
/// written to `dst` (the loop's free slot at its stack pointer). The entry holds the method
/// itself, so a hit is the receiver's kind compared and a count incremented (finding it in
/// the class's dict cost ~60 instructions out of line, a third of `s.add(x)`).
///
/// # Safety
/// `dst` is a free slot (uninitialized) the caller's stack owns and counts after a hit.
#[inline(always)]
unsafe fn builtin_method_at(c: Cache, obj: &Value, dst: *mut Value) -> bool {
    match c {
        Cache::BuiltinMethod {
            tag,
            frozen,
            method,
        } if std::mem::discriminant(obj) == tag
            && matches!(obj, Value::Set(s) if s.frozen) == frozen =>
        {
            // SAFETY: `method` is the `Rc` pointer of a builtin class's method, kept alive by
            // the class's dict, which never changes (see `Cache::BuiltinMethod`): one more
            // count for the reference written. `dst` is free (the caller's contract).
            unsafe {
                Rc::increment_strong_count(method);
                dst.write(Value::Builtin(Rc::from_raw(method)));
            }
            true
        }
        _ => false,
    }
}
