//! Interpreter frames.
//!
//! A frame owns its fast locals, its cells, its value stack and its block stack (active
//! `try`/`with` handlers). Frames live on the heap only for generators; ordinary calls keep
//! them on the Rust stack of the recursive `eval`.

use crate::object::PyDict;
use crate::value::{CellRef, Value};
use pyjit_bytecode::CodeObject;
use std::rc::Rc;

/// Run-time companions of a code object, built once: its constants and names as values.
pub struct CodeRt {
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    /// One inline cache per instruction (most stay empty).
    pub caches: Vec<crate::interp::cache::CacheSlot>,
    /// The instructions the evaluation loop dispatches on when it neither records nor
    /// counts: the code's, with the first of each fused pair replaced by its superinstruction
    /// (`pyjit_bytecode::quicken`). Same length, arguments and jumps as the code's; empty
    /// when `checked_code` is null.
    pub quick: Vec<pyjit_bytecode::Instr>,
    /// The code object this belongs to, if its control flow stays inside its instructions
    /// (`CodeObject::control_stays_inside`) and its constant, name and local arguments index
    /// their tables (`CodeObject::args_in_range`); null otherwise. The evaluation loop
    /// checks that it runs this code before reading instructions, these tables, the caches
    /// (one per instruction) and the frame's locals unchecked.
    pub checked_code: *const pyjit_bytecode::CodeObject,
    /// Room the evaluation loop reserves on a frame's value stack above the depth it finds
    /// there (at entry, and after a JIT hook that may have rewritten the stack): the code's
    /// maximum stack depth (`CodeObject::max_stack_depth`) plus `STACK_SLACK`. Its pushes
    /// then need no capacity check (`Frame::push_reserved`). Set whenever `checked_code` is.
    pub stack_size: usize,
}

/// Extra stack room above `CodeObject::max_stack_depth`, for a value an instruction holds
/// on the stack while it runs that the analysis does not see (none known; a margin).
pub const STACK_SLACK: usize = 2;

impl CodeRt {
    /// `consts[i]` without a bounds check.
    ///
    /// # Safety
    /// `i` is the argument of a constant instruction of `checked_code` (non-null).
    #[inline(always)]
    pub unsafe fn konst(&self, i: usize) -> &Value {
        // SAFETY: `consts` is built from `checked_code`'s, whose constant arguments are in
        // range (`args_in_range`).
        unsafe { self.consts.get_unchecked(i) }
    }

    /// `names[i]` without a bounds check.
    ///
    /// # Safety
    /// `i` is the argument of a name instruction of `checked_code` (non-null).
    #[inline(always)]
    pub unsafe fn name(&self, i: usize) -> &Value {
        // SAFETY: `names` is built from `checked_code`'s, whose name arguments are in range
        // (`args_in_range`).
        unsafe { self.names.get_unchecked(i) }
    }

    /// The inline cache of instruction `pc` without a bounds check.
    ///
    /// # Safety
    /// `pc` indexes an instruction of `checked_code` (non-null).
    #[inline(always)]
    pub unsafe fn cache(&self, pc: usize) -> &crate::interp::cache::CacheSlot {
        // SAFETY: `caches` has one slot per instruction of the code (`Vm::code_rt`).
        unsafe { self.caches.get_unchecked(pc) }
    }
}

/// An active exception handler (`SetupExcept` / `SetupWith`).
#[derive(Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub stack_depth: u32,
    pub exc_depth: u32,
}

pub struct Frame {
    pub code: Rc<CodeObject>,
    pub rt: Rc<CodeRt>,
    pub globals: Rc<PyDict>,
    /// The name dictionary of module and class bodies.
    pub locals: Option<Rc<PyDict>>,
    pub fast: Vec<Value>,
    pub cells: Vec<CellRef>,
    pub stack: Vec<Value>,
    pub blocks: Vec<Block>,
    pub pc: usize,
    /// How many handled exceptions this frame has pushed on the VM's `exc_info` stack.
    pub exc_pushed: u32,
    /// A suspended generator's handled exceptions, restored when it resumes.
    pub saved_exc: Vec<Value>,
}

/// A result the fast paths of the evaluation loop write straight into a stack slot.
#[derive(Clone, Copy)]
pub enum Num {
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl Frame {
    /// Pop the top of the stack (`Null` if it is empty).
    ///
    /// Written as a length decrement and a whole-value read rather than `Vec::pop`, whose
    /// `Option<Value>` result (tag niche) the compiler copies as a byte and two overlapping
    /// words — a pattern that defeats store forwarding when the next instruction moves the
    /// value on (see `Value::set_int`).
    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        let n = self.stack.len();
        if n == 0 {
            return Value::Null;
        }
        // SAFETY: index `n - 1` holds an initialized value. Shrinking the length first hands
        // its ownership to the read: the vector will neither drop nor expose it again.
        unsafe {
            self.stack.set_len(n - 1);
            std::ptr::read(self.stack.as_ptr().add(n - 1))
        }
    }

    /// Pop the top of the stack into fast local `i` (`StoreFast`), dropping the old value
    /// when it owns something; the value moves slot to slot (`move_last_into` says why).
    #[inline(always)]
    ///
    /// # Safety
    /// `i < self.fast.len()` (unchecked: `StoreFast` of a checked code object, see
    /// `CodeRt::checked_code`).
    /// Whether the local's old value owned something (its release may have queued a
    /// finalizer, which `StoreFast` then runs at once, as CPython does).
    pub unsafe fn pop_into_fast(&mut self, i: usize) -> bool {
        // SAFETY: the caller's contract.
        let slot = unsafe { self.fast.get_unchecked_mut(i) };
        if self.stack.is_empty() {
            let heap = slot.is_heap();
            slot.assign(Value::Null);
            return heap;
        }
        move_last_into(&mut self.stack, slot)
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    /// Push `v` without a capacity check (the evaluation loop's pushes).
    ///
    /// # Safety
    /// The stack has spare capacity: `self.stack.len() < self.stack.capacity()`. Inside
    /// `eval_loop` this holds for every push an instruction of the code makes: the loop
    /// reserves `CodeRt::stack_size` above the depth it finds when it starts or the JIT
    /// hands the frame back, and no instruction takes the stack deeper than the code's
    /// analysed maximum above that (`CodeObject::max_stack_depth`).
    #[inline(always)]
    pub unsafe fn push_reserved(&mut self, v: Value) {
        // SAFETY: the caller's contract.
        unsafe { push_unchecked(&mut self.stack, v) }
    }

    /// Push an int in one 16-byte store (see `Value::set_int`), without a capacity check.
    ///
    /// # Safety
    /// As for `push_reserved`.
    #[inline(always)]
    pub unsafe fn push_int_reserved(&mut self, i: i64) {
        // SAFETY: the caller's contract.
        unsafe { crate::value::push_int_unchecked(&mut self.stack, i) }
    }

    /// Push `None` in one 16-byte store (see `Value::set_int`).
    #[inline(always)]
    pub fn push_none(&mut self) {
        crate::value::push_none(&mut self.stack);
    }

    /// Replace the two numbers on top of the stack by `r`. Numbers own nothing, so the top
    /// is forgotten rather than dropped, and `r` is written over the second in one store
    /// (`Value::set_int`), so no destructor call or partial store sits between computing
    /// `r` and the next instruction reading it.
    #[inline(always)]
    pub fn replace_numbers(&mut self, r: Num) {
        let n = self.stack.len();
        debug_assert!(matches!(self.stack[n - 1], Value::Int(_) | Value::Float(_)));
        debug_assert!(matches!(self.stack[n - 2], Value::Int(_) | Value::Float(_)));
        if let Some(top) = self.stack.pop() {
            std::mem::forget(top);
        }
        let slot = &mut self.stack[n - 2];
        match r {
            Num::Int(i) => slot.set_int(i),
            Num::Float(x) => slot.set_float(x),
            Num::Bool(b) => slot.set_bool(b),
        }
    }

    /// Pop `k` numbers (which own nothing, so there is nothing to drop).
    #[inline(always)]
    pub fn forget_numbers(&mut self, k: usize) {
        for _ in 0..k {
            if let Some(v) = self.stack.pop() {
                debug_assert!(matches!(v, Value::Int(_) | Value::Float(_)));
                std::mem::forget(v);
            }
        }
    }

    /// Pop `n` values, in push order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    pub fn line(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1))
    }
}

/// Push a copy of `v` (`LoadFast`'s local: the most executed instruction, 30–37% of all in
/// go, richards, hexiom, deltablue).
///
/// Room is made before `v` is read, so the copy goes from the local to the stack slot
/// directly. `stack.push(v.clone())` read it first, and since `Vec::push`'s growth call may
/// follow, the compiler parked the value in a stack slot and read it back.
#[inline(always)]
pub fn push_copy(stack: &mut Vec<Value>, v: &Value) {
    if stack.len() == stack.capacity() {
        stack.reserve(1);
    }
    // SAFETY: the stack has room for one more value (made just above).
    unsafe { push_copy_unchecked(stack, v) }
}

/// `push_copy` without the capacity check (the evaluation loop's `LoadFast` and
/// `LoadConst`, and the cache hits it makes).
///
/// # Safety
/// `stack.len() < stack.capacity()` (see `Frame::push_reserved`).
#[inline(always)]
pub unsafe fn push_copy_unchecked(stack: &mut Vec<Value>, v: &Value) {
    let n = stack.len();
    debug_assert!(n < stack.capacity());
    let v = v.clone();
    // SAFETY: slot `n` is uninitialized spare capacity (the caller's contract), written
    // once and then counted by the length.
    unsafe {
        stack.as_mut_ptr().add(n).write(v);
        stack.set_len(n + 1);
    }
}

/// `stack.push(v)` without the capacity check.
///
/// # Safety
/// `stack.len() < stack.capacity()` (see `Frame::push_reserved`).
#[inline(always)]
pub unsafe fn push_unchecked(stack: &mut Vec<Value>, v: Value) {
    let n = stack.len();
    debug_assert!(n < stack.capacity());
    // SAFETY: slot `n` is uninitialized spare capacity (the caller's contract), written
    // once and then counted by the length.
    unsafe {
        stack.as_mut_ptr().add(n).write(v);
        stack.set_len(n + 1);
    }
}

/// Move the last value of `src` into `dst` (`src` shrinks by one), dropping `dst`'s old
/// value when it owns something. `src` must not be empty (checked).
///
/// Why not `*dst = src.pop()`-style moves: the popped `Value` went through a temporary, which
/// the compiler wrote as pieces and read back with a load spanning them — a load the store
/// buffer cannot forward (richards: 6% of its samples on `StoreFast`'s). Here the 16 bytes
/// go from slot to slot in one load and one store. And the old value is read out only when
/// it owns something: reading it out on every path made the compiler copy every old value
/// aside first, ints and floats included.
#[inline(always)]
pub fn move_last_into(src: &mut Vec<Value>, dst: &mut Value) -> bool {
    let n = src.len();
    assert!(n > 0);
    let slot: *mut Value = dst;
    // SAFETY: `dst` is an initialized value outside `src` (the two are borrowed separately),
    // and index `n - 1` of `src` is initialized. An old value that owns something is read
    // out before being overwritten and released after (it is owned by `old` then); the moved
    // entry's ownership passes to `dst` as `src`'s length drops below it, so no value is
    // dropped or exposed twice. The copy is written in both branches so that the plain path
    // never materializes `old`.
    unsafe {
        if (*slot).is_heap() {
            let old = std::ptr::read(slot);
            std::ptr::copy_nonoverlapping(src.as_ptr().add(n - 1), slot, 1);
            src.set_len(n - 1);
            Value::release(old);
            true
        } else {
            std::ptr::copy_nonoverlapping(src.as_ptr().add(n - 1), slot, 1);
            src.set_len(n - 1);
            false
        }
    }
}

/// `move_last_into` for a call's result over the callable's stack slot: the callable (an
/// `Rc`, mostly not its last reference) gives up its reference in place before the result is
/// written over it. `move_last_into` reads a heap value out first, and the compiler copied
/// all 16 bytes of it to the stack on every call.
#[inline(always)]
pub fn move_result_over(src: &mut Vec<Value>, dst: &mut Value) {
    let n = src.len();
    assert!(n > 0);
    let slot: *mut Value = dst;
    // SAFETY: as in `move_last_into`. When `release_if_shared` says the old value gave up its
    // reference, it is overwritten without a drop; otherwise it is read out first and
    // released after, owned by `old` then.
    unsafe {
        if (*slot).release_if_shared() || !(*slot).is_heap() {
            std::ptr::copy_nonoverlapping(src.as_ptr().add(n - 1), slot, 1);
            src.set_len(n - 1);
        } else {
            let old = std::ptr::read(slot);
            std::ptr::copy_nonoverlapping(src.as_ptr().add(n - 1), slot, 1);
            src.set_len(n - 1);
            Value::release(old);
        }
    }
}

/// The frames of plain positional Python calls, one per recursion depth: the call made at
/// depth `d` (`Vm::depth` before the call) runs in slot `d`. A frame pool popped and pushed
/// per call cost ~18 instructions of bookkeeping; a slot is one indexed load. Calls at one
/// depth are sequential, never nested: a call raises `Vm::depth` before its frame runs and
/// lowers it only after the frame is cleared, so everything the frame's code runs meanwhile
/// uses deeper slots. A slot frame holds its function's code, run-time companion and globals
/// by uncounted references, valid only while its call runs (`interp::call::aim_slot_frame`).
/// The slots are allocated once and kept (at most one per depth ever
/// reached, i.e. up to the recursion limit — less memory than the native stack that depth
/// takes).
#[derive(Default)]
pub struct FrameSlots {
    /// Leaked boxes (raw, not `Box`: a `Box` asserts unique access whenever the vector moves
    /// it, while the running frame is borrowed through its pointer).
    slots: Vec<std::ptr::NonNull<Frame>>,
}

impl FrameSlots {
    /// The frame of slot `d`, if it exists.
    #[inline(always)]
    pub fn get(&self, d: usize) -> Option<std::ptr::NonNull<Frame>> {
        self.slots.get(d).copied()
    }

    /// The frame of slot `d`, making the slots up to it with `make`.
    #[cold]
    #[inline(never)]
    pub fn make(
        &mut self,
        d: usize,
        mut make: impl FnMut() -> Box<Frame>,
    ) -> std::ptr::NonNull<Frame> {
        while self.slots.len() <= d {
            let b = make();
            self.slots.push(std::ptr::NonNull::from(Box::leak(b)));
        }
        self.slots[d]
    }
}

impl Drop for FrameSlots {
    fn drop(&mut self) {
        for p in self.slots.drain(..) {
            // SAFETY: each pointer came from `Box::leak` in `make` and is freed once, here,
            // when the VM is dropped: no call runs then, so no frame is borrowed.
            let frame = unsafe { Box::from_raw(p.as_ptr()) };
            // A slot frame's code, run-time companion and globals are uncounted copies of
            // its last function's references (`interp::call::aim_slot_frame`), possibly
            // dangling by now: forgotten, not released. Its other fields are its own.
            let Frame {
                code, rt, globals, ..
            } = *frame;
            std::mem::forget(code);
            std::mem::forget(rt);
            std::mem::forget(globals);
        }
    }
}
