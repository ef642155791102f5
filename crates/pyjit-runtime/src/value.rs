//! `Value`: what every Python value is at run time.
//!
//! Layout (documented for the JIT, which reads it directly): `#[repr(C, u64)]`, so a value is
//! an 8-byte tag word followed by an 8-byte payload at offset 8 — 16 bytes in all, no padding.
//! (It was `#[repr(C, u8)]` until stop 11: a tag byte and 7 bytes of padding, which the compiler
//! copied as a byte plus overlapping pieces; those narrow moves stalled store forwarding on
//! the next whole-value read. With the tag a whole word, hexiom, unpack_sequence, richards
//! and go lost 2–7% of their CPU time; docs/architecture.md.) `Int` and `Float`
//! carry their number unboxed in the payload; `None`/`Bool` need no heap; every other variant
//! is one `Rc` pointer to a heap object. Memory is reference counted (see docs/architecture.md
//! for why, and for what that means for cycles).

use crate::object::{
    BoundMethod, BuiltinFunction, Function, Generator, Instance, Module, PyDict, PyIter, PyList,
    PyRange, PySet, PySlice, PyStr, PyTuple, PyType,
};
use num_bigint::BigInt;
use pyjit_bytecode::CodeObject;
use std::cell::RefCell;
use std::rc::Rc;

/// A cell holding a variable shared between a function and its inner functions.
pub type CellRef = Rc<RefCell<Value>>;

#[derive(Default)]
#[repr(C, u64)]
pub enum Value {
    /// Internal marker (an empty stack slot, "no self" in method calls); never seen by programs.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Type(Rc<PyType>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iter(Rc<PyIter>),
    Generator(Rc<Generator>),
    Cell(CellRef),
    Code(Rc<CodeObject>),
    Ellipsis,
    NotImplemented,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// A new list (tracked by the cycle collector).
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(PyList::new(items));
        crate::gc::track_list(&l);
        Value::List(l)
    }

    /// A new dict (tracked by the cycle collector).
    pub fn dict(d: PyDict) -> Value {
        let d = Rc::new(d);
        crate::gc::track_dict(&d);
        Value::Dict(d)
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(PyTuple::new(items)))
    }

    pub fn bool(b: bool) -> Value {
        Value::Bool(b)
    }

    /// An int from a big integer, normalized to the small form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Identity (`is`). Two values of different variants are never identical, so the tags are
    /// compared first: `x is None` on a `None` or an instance is a compare or two, not a jump
    /// on the variant pair. Out of line, as it was (the evaluation loop's `is` fusions call it;
    /// inlined, any growth of the loop reshuffles its registers).
    #[inline(never)]
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        let tag = self.tag();
        if tag != other.tag() {
            return false;
        }
        if self.is_heap() {
            // Both hold an `Rc` (same tag): identical exactly when it points at one object.
            return self.rc_count() == other.rc_count();
        }
        match (self, other) {
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; equal ints are identical here.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            // The same variant without a payload: `None`, `Null`, `Ellipsis`, `NotImplemented`.
            _ => true,
        }
    }

    /// Address of the heap object, for identity and `id()`.
    pub fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Tuple(r) => Rc::as_ptr(r) as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Set(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => Rc::as_ptr(r) as usize,
            BoundMethod(r) => Rc::as_ptr(r) as usize,
            Type(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            Iter(r) => Rc::as_ptr(r) as usize,
            Generator(r) => Rc::as_ptr(r) as usize,
            Cell(r) => Rc::as_ptr(r) as usize,
            Code(r) => Rc::as_ptr(r) as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl Clone for Value {
    /// A clone is a 16-byte copy of the value, plus a reference-count increment for heap
    /// values (out of line). Copying the whole value at once, instead of rebuilding it from
    /// its tag and payload, matters: a value assembled from a byte store and a word store and
    /// then read back as 16 bytes (as every push does) stalls the CPU's store forwarding for
    /// ~15 cycles, and that showed up as the single hottest spot in the evaluation loop.
    #[inline(always)]
    fn clone(&self) -> Self {
        if self.is_heap() {
            // SAFETY: a heap value's payload (offset 8, `#[repr(C, u64)]`) is an `Rc<T>`, i.e.
            // a pointer to std's `RcInner<T>`, a `#[repr(C)]` struct whose first field is the
            // strong count (`Cell<usize>`). The value holds a reference, so the allocation is
            // live; incrementing the count is exactly what `Rc::clone` does (minus its
            // overflow abort, unreachable with 64-bit counts). Checked for every heap variant
            // by the test `clone_and_release_count_like_rc` below.
            unsafe {
                let rc = self.rc_count();
                (*rc).set((*rc).get() + 1);
            }
        }
        // SAFETY: for non-heap variants the value is plain data, so a bitwise copy is a valid
        // clone. For heap variants the payload is one `Rc`, whose strong count `clone_heap`
        // has just incremented (the clone it made is forgotten, not dropped), so the bitwise
        // copy owns that new reference exactly as `Rc::clone` would.
        unsafe { std::ptr::read(self) }
    }
}

/// Move `from[at..]` to the end of `to`, leaving `from` with its first `at` values.
///
/// The generic `to.extend(from.drain(at..))` costs a drain object and a per-element loop built
/// for any length; calls move one to three arguments this way on every call.
#[inline(always)]
pub fn move_tail(from: &mut Vec<Value>, at: usize, to: &mut Vec<Value>) {
    let n = from.len() - at;
    to.reserve(n);
    // SAFETY: `at <= from.len()` (the subtraction above would have panicked otherwise) and
    // `to` has room for `n` more values. The `n` values are copied bitwise, then `from`
    // forgets them (its length drops to `at`) and `to` takes them over (its length grows by
    // `n`): each value has exactly one owner before and after, none is dropped or duplicated.
    unsafe {
        let src = from.as_ptr().add(at);
        let dst = to.as_mut_ptr().add(to.len());
        // Calls move one to three values: unrolled 16-byte copies instead of a `memcpy`
        // call (whose length dispatch cost more than the copy).
        match n {
            0 => {}
            1 => std::ptr::write(dst, std::ptr::read(src)),
            2 => {
                std::ptr::write(dst, std::ptr::read(src));
                std::ptr::write(dst.add(1), std::ptr::read(src.add(1)));
            }
            3 => {
                std::ptr::write(dst, std::ptr::read(src));
                std::ptr::write(dst.add(1), std::ptr::read(src.add(1)));
                std::ptr::write(dst.add(2), std::ptr::read(src.add(2)));
            }
            _ => std::ptr::copy_nonoverlapping(src, dst, n),
        }
        from.set_len(at);
        to.set_len(to.len() + n);
    }
}

/// Tags of the variants that own nothing (`#[repr(C, u64)]` discriminants, in declaration order).
const TAG_NONE: u8 = 1;
const TAG_BOOL: u8 = 2;
const TAG_INT: u8 = 3;
const TAG_FLOAT: u8 = 4;

impl Value {
    /// Overwrite `self` with `Int(i)`. See [`Value::write_plain`].
    #[inline(always)]
    pub fn set_int(&mut self, i: i64) {
        self.write_plain(TAG_INT, i as u64);
    }

    /// Overwrite `self` with `Float(x)`. See [`Value::write_plain`].
    #[inline(always)]
    pub fn set_float(&mut self, x: f64) {
        self.write_plain(TAG_FLOAT, x.to_bits());
    }

    /// Overwrite `self` with `None`. See [`Value::write_plain`].
    #[inline(always)]
    pub fn set_none(&mut self) {
        self.write_plain(TAG_NONE, 0);
    }

    /// Overwrite `self` with `Bool(b)`. See [`Value::write_plain`].
    #[inline(always)]
    pub fn set_bool(&mut self, b: bool) {
        self.write_plain(TAG_BOOL, b as u64);
    }

    /// `*self = v`, with the old value dropped only when it owns something.
    ///
    /// Why not `*self = v`: the compiler first copies the old value out to a temporary (its
    /// tag byte and its remaining 15 bytes as overlapping word moves) to run its destructor
    /// afterwards, and those narrow reloads of a slot just written with one 16-byte store
    /// stall store forwarding — `a = b` cost three times CPython's time (perf annotate).
    /// Testing the tag first leaves a plain old value untouched and overwrites it whole.
    #[inline(always)]
    pub fn assign(&mut self, v: Value) {
        if self.is_heap() {
            Value::release(std::mem::replace(self, v));
        } else {
            // SAFETY: the old value is a plain variant that owns nothing, so overwriting it
            // without running its destructor leaks nothing; `self` is a valid exclusive slot.
            unsafe { std::ptr::write(self, v) }
        }
    }

    /// Overwrite `self` with the plain value `tag`/`payload` in one 16-byte store.
    ///
    /// Why: the compiler writes `*slot = Value::Int(i)` as a byte store (the tag) and a word
    /// store (the payload). The interpreter moves values with 16-byte loads, and a load that
    /// spans two pending stores cannot be forwarded from the store buffer: it waits ~15 cycles
    /// for them to retire. Results computed by the evaluation loop are moved again almost at
    /// once (the next instruction pops them), so every arithmetic result paid that stall. A
    /// single 16-byte store forwards to any later load of the slot.
    #[inline(always)]
    fn write_plain(&mut self, tag: u8, payload: u64) {
        if self.is_heap() {
            drop(std::mem::take(self));
        }
        // SAFETY: `self` is a valid, exclusive location whose value owns nothing (a heap
        // value was dropped just above), so overwriting it leaks nothing.
        unsafe { store_plain(self, tag, payload) }
    }
}

/// Write the plain value `tag`/`payload` to `dst` in one 16-byte store (see
/// `Value::write_plain` for why one store).
///
/// # Safety
/// `dst` must be valid for a 16-byte write, and whatever it held must own nothing (or be
/// uninitialized): it is overwritten without being dropped.
#[inline(always)]
unsafe fn store_plain(dst: *mut Value, tag: u8, payload: u64) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: the caller gives a writable 16-byte location. The bytes stored — a plain
    // variant's tag word, its payload at offset 8 (the `#[repr(C, u64)]` layout,
    // checked by the tests below) — are a valid `Value` of that variant.
    unsafe {
        use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
        let words = _mm_set_epi64x(payload as i64, tag as i64);
        _mm_storeu_si128(dst as *mut __m128i, words);
    }
    #[cfg(not(target_arch = "x86_64"))]
    // SAFETY: as above; `write` does not drop the old contents.
    unsafe {
        std::ptr::write(
            dst,
            match tag {
                TAG_NONE => Value::None,
                TAG_BOOL => Value::Bool(payload != 0),
                TAG_INT => Value::Int(payload as i64),
                _ => Value::Float(f64::from_bits(payload)),
            },
        );
    }
}

/// Push a plain value onto `stack` in one 16-byte store.
///
/// Why not `stack.push(Value::None)`: the compiler builds the value in a stack temporary (a
/// one-byte tag store) and copies it into the vector with a 16-byte load, which cannot be
/// forwarded from the narrower store and waits for it to retire (perf annotate showed
/// `gen_resume` spending 29% of its time on the `None` pushed for `next(g)`).
#[inline(always)]
fn push_plain(stack: &mut Vec<Value>, tag: u8, payload: u64) {
    stack.reserve(1);
    let n = stack.len();
    // SAFETY: `reserve` made room for one more value at index `n`; it is written whole
    // before the length covers it.
    unsafe {
        store_plain(stack.as_mut_ptr().add(n), tag, payload);
        stack.set_len(n + 1);
    }
}

/// `push_plain` without the capacity check.
///
/// # Safety
/// `stack.len() < stack.capacity()` (see `Frame::push_reserved`).
#[inline(always)]
unsafe fn push_plain_unchecked(stack: &mut Vec<Value>, tag: u8, payload: u64) {
    let n = stack.len();
    debug_assert!(n < stack.capacity());
    // SAFETY: index `n` is spare capacity (the caller's contract); it is written whole
    // before the length covers it.
    unsafe {
        store_plain(stack.as_mut_ptr().add(n), tag, payload);
        stack.set_len(n + 1);
    }
}

/// `push_bool` without the capacity check.
///
/// # Safety
/// `stack.len() < stack.capacity()` (see `Frame::push_reserved`).
#[inline(always)]
pub unsafe fn push_bool_unchecked(stack: &mut Vec<Value>, b: bool) {
    // SAFETY: the caller's contract.
    unsafe { push_plain_unchecked(stack, TAG_BOOL, b as u64) }
}

/// `push_int` without the capacity check.
///
/// # Safety
/// `stack.len() < stack.capacity()` (see `Frame::push_reserved`).
#[inline(always)]
pub unsafe fn push_int_unchecked(stack: &mut Vec<Value>, i: i64) {
    // SAFETY: the caller's contract.
    unsafe { push_plain_unchecked(stack, TAG_INT, i as u64) }
}

/// Write `Int(i)` to `dst` in one 16-byte store (see `push_plain`): the evaluation loop's
/// pushes through its stack pointer.
///
/// # Safety
/// `dst` is valid for a 16-byte write and holds nothing that owns something (or nothing
/// initialized): it is overwritten without a drop.
#[inline(always)]
pub unsafe fn write_int_raw(dst: *mut Value, i: i64) {
    // SAFETY: the caller's contract.
    unsafe { store_plain(dst, TAG_INT, i as u64) }
}

/// `write_int_raw` for `Bool(b)`.
///
/// # Safety
/// As for `write_int_raw`.
#[inline(always)]
pub unsafe fn write_bool_raw(dst: *mut Value, b: bool) {
    // SAFETY: the caller's contract.
    unsafe { store_plain(dst, TAG_BOOL, b as u64) }
}

/// `stack.push(Value::None)` in one store (see `push_plain`).
#[inline(always)]
pub fn push_none(stack: &mut Vec<Value>) {
    push_plain(stack, TAG_NONE, 0);
}

/// `stack.push(Value::Bool(b))` in one store (see `push_plain`).
#[inline(always)]
pub fn push_bool(stack: &mut Vec<Value>, b: bool) {
    push_plain(stack, TAG_BOOL, b as u64);
}

/// `stack.push(Value::Int(i))` in one store (see `push_plain`).
#[inline(always)]
pub fn push_int(stack: &mut Vec<Value>, i: i64) {
    push_plain(stack, TAG_INT, i as u64);
}

impl Value {
    /// The tag (`#[repr(C, u64)]`: the low byte of the first word; tags are below 256, so
    /// the other seven bytes of the word are zero).
    #[inline(always)]
    fn tag(&self) -> u8 {
        // SAFETY: `Value` is `#[repr(C, u64)]`, so its first word is the discriminant and
        // (little-endian, discriminants below 256) its first byte holds all of it.
        unsafe { *(self as *const Value as *const u8) }
    }

    /// Whether the value holds an `Rc` (every variant from `BigInt` to `Code`).
    #[inline(always)]
    pub fn is_heap(&self) -> bool {
        const FIRST: u8 = 5; // BigInt
        const LAST: u8 = 22; // Code
        self.tag().wrapping_sub(FIRST) <= LAST - FIRST
    }
}

/// Drop a value that holds an `Rc`, out of line (the rare, expensive path of `assign`).
#[inline(never)]
fn drop_heap(v: Value) {
    drop(v)
}

impl Value {
    /// The strong count of a heap value's `Rc` (see `Clone for Value` for the layout).
    #[inline(always)]
    fn rc_count(&self) -> *const std::cell::Cell<usize> {
        debug_assert!(self.is_heap());
        // SAFETY: the payload of a heap value, at offset 8, is an `Rc`'s pointer to its
        // allocation, whose first word is the strong count (see `Clone for Value`).
        unsafe {
            *((self as *const Value as *const u8).add(8) as *const *const std::cell::Cell<usize>)
        }
    }

    /// The number of references to a heap value (its `Rc`'s strong count); `usize::MAX` for
    /// a plain value, which owns nothing.
    pub fn strong_count(&self) -> usize {
        if !self.is_heap() {
            return usize::MAX;
        }
        // SAFETY: `self` is a live heap value, so its allocation (and count) is live.
        unsafe { (*self.rc_count()).get() }
    }

    /// Give up this value's reference when it is not the last one (a decrement) and say so;
    /// `false`, with nothing done, for the last reference or a plain value.
    ///
    /// # Safety
    /// After `true` the value no longer owns its reference: the caller must overwrite it
    /// without dropping it.
    #[inline(always)]
    pub unsafe fn release_if_shared(&self) -> bool {
        if !self.is_heap() {
            return false;
        }
        // SAFETY: `self` is a live heap value, so its allocation (and count) is live.
        unsafe {
            let rc = self.rc_count();
            let n = (*rc).get();
            if n > 1 {
                (*rc).set(n - 1);
                return true;
            }
        }
        false
    }

    /// Drop `v`: a reference-count decrement inline when it is not the last reference, the
    /// full destructor (out of line) only when it is. `drop` of a `Value` always calls the
    /// compiler's out-of-line drop glue, which matches on the variant first.
    #[inline(always)]
    pub fn release(v: Value) {
        if !v.is_heap() {
            std::mem::forget(v);
            return;
        }
        let rc = v.rc_count();
        // SAFETY: `v` owns one reference, so the allocation is live; with a count above 1
        // dropping that reference is exactly a decrement (what `Rc::drop` does before it
        // finds the count non-zero), after which `v` must not run its destructor.
        unsafe {
            let n = (*rc).get();
            if n > 1 {
                (*rc).set(n - 1);
                std::mem::forget(v);
                return;
            }
        }
        drop_heap(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_compares_variants_then_payloads() {
        let s = Value::str("s");
        let plain = [
            Value::Null,
            Value::None,
            Value::Bool(false),
            Value::Bool(true),
            Value::Int(0),
            Value::Int(1),
            Value::Float(0.0),
            Value::Float(-0.0),
            Value::Ellipsis,
            Value::NotImplemented,
            s.clone(),
            Value::str("s"),
            Value::list(vec![]),
        ];
        for (i, a) in plain.iter().enumerate() {
            for (j, b) in plain.iter().enumerate() {
                assert_eq!(a.is(b), i == j, "{i} is {j}");
            }
        }
        assert!(s.is(&s.clone()));
        assert!(Value::Float(f64::NAN).is(&Value::Float(f64::NAN)));
        assert!(Value::Int(7).is(&Value::Int(7)));
    }

    #[test]
    fn is_heap_is_exactly_the_rc_variants() {
        let plain = [
            Value::Null,
            Value::None,
            Value::Bool(true),
            Value::Int(-1),
            Value::Float(0.5),
            Value::Ellipsis,
            Value::NotImplemented,
        ];
        for v in &plain {
            assert!(!v.is_heap());
            assert!(v.ptr().is_none());
        }
        let heap = [
            Value::from_bigint(BigInt::from(1u8) << 100),
            Value::str("s"),
            Value::list(vec![]),
            Value::tuple(vec![]),
            Value::Cell(Rc::new(RefCell::new(Value::None))),
        ];
        for v in &heap {
            assert!(v.is_heap());
            assert!(v.ptr().is_some());
        }
    }

    /// `Clone for Value` and `Value::release` count references by writing the first word of
    /// the `Rc` allocation directly; `Rc::strong_count` must agree, for `Rc`s of payloads of
    /// different sizes and alignments (the count's place does not depend on the payload).
    #[test]
    fn clone_and_release_count_like_rc() {
        fn check(v: Value, count: impl Fn(&Value) -> usize) {
            assert_eq!(count(&v), 1);
            let c = v.clone();
            assert_eq!(count(&v), 2);
            let c2 = c.clone();
            assert_eq!(count(&v), 3);
            assert_eq!(v.strong_count(), 3);
            Value::release(c);
            assert_eq!(count(&v), 2);
            drop(c2);
            assert_eq!(count(&v), 1);
        }
        check(Value::str("s"), |v| match v {
            Value::Str(r) => Rc::strong_count(r),
            _ => unreachable!(),
        });
        check(Value::list(vec![Value::Int(1)]), |v| match v {
            Value::List(r) => Rc::strong_count(r),
            _ => unreachable!(),
        });
        check(Value::tuple(vec![]), |v| match v {
            Value::Tuple(r) => Rc::strong_count(r),
            _ => unreachable!(),
        });
        check(Value::from_bigint(BigInt::from(1u8) << 100), |v| match v {
            Value::BigInt(r) => Rc::strong_count(r),
            _ => unreachable!(),
        });
        check(
            Value::Cell(Rc::new(RefCell::new(Value::None))),
            |v| match v {
                Value::Cell(r) => Rc::strong_count(r),
                _ => unreachable!(),
            },
        );
        // The last reference released frees the value (and what it holds).
        let inner = Value::str("inner");
        let outer = Value::list(vec![inner.clone()]);
        Value::release(outer);
        match &inner {
            Value::Str(r) => assert_eq!(Rc::strong_count(r), 1),
            _ => unreachable!(),
        }
    }

    #[test]
    fn plain_writes_make_valid_values() {
        let mut v = Value::str("heap");
        v.set_int(-7);
        assert!(matches!(v, Value::Int(-7)));
        v.set_float(2.5);
        assert!(matches!(v, Value::Float(x) if x == 2.5));
        v.set_bool(true);
        assert!(matches!(v, Value::Bool(true)));
        v.set_bool(false);
        assert!(matches!(v, Value::Bool(false)));
        v.set_none();
        assert!(matches!(v, Value::None));
        v.set_int(i64::MIN);
        assert!(matches!(v, Value::Int(i64::MIN)));
        let s = Value::str("shared");
        let mut w = s.clone();
        w.set_int(1);
        let Value::Str(rc) = &s else { unreachable!() };
        assert_eq!(Rc::strong_count(rc), 1);
    }

    #[test]
    fn move_tail_moves_ownership() {
        let s = Value::str("x");
        let mut from = vec![Value::Int(1), s.clone(), Value::Float(2.0)];
        let mut to = vec![Value::None];
        move_tail(&mut from, 1, &mut to);
        assert_eq!(from.len(), 1);
        assert_eq!(to.len(), 3);
        assert!(to[1].is(&s) && matches!(to[2], Value::Float(x) if x == 2.0));
        let Value::Str(rc) = &s else { unreachable!() };
        assert_eq!(Rc::strong_count(rc), 2);
        drop(to);
        assert_eq!(Rc::strong_count(rc), 1);
        move_tail(&mut from, 1, &mut Vec::new());
        assert_eq!(from.len(), 1);
    }

    #[test]
    fn clone_counts_references() {
        let v = Value::str("abc");
        let Value::Str(rc) = &v else { unreachable!() };
        assert_eq!(Rc::strong_count(rc), 1);
        let w = v.clone();
        assert_eq!(Rc::strong_count(rc), 2);
        assert!(v.is(&w));
        drop(w);
        assert_eq!(Rc::strong_count(rc), 1);
        let f = Value::Float(2.5).clone();
        assert!(matches!(f, Value::Float(x) if x == 2.5));
    }
}
