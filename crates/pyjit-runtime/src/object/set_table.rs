//! The table behind `set` and `frozenset`: CPython's own open-addressing scheme
//! (`Objects/setobject.c`), so that a set iterates — and prints — in the order CPython's does.
//!
//! Why not an insertion-ordered map (`indexmap`, as dicts use): CPython's sets are *not*
//! insertion ordered. `print({3, 1, 2})` prints `{1, 2, 3}`, and a program that iterates a set
//! of ints, tuples or floats sees the slot order of CPython's table, which depends only on the
//! keys' hashes (pyjit computes the same hashes as CPython for every type but `str`, whose
//! hash CPython randomizes per process) and on the table's history of sizes and deletions.
//! So this module reproduces that history exactly:
//!
//! * a table of `2**k >= 8` slots; a key's probe sequence visits slot `hash & mask` and the
//!   next 9 slots when they do not wrap (`LINEAR_PROBES`), then jumps to
//!   `(i * 5 + 1 + perturb) & mask` with `perturb` the hash shifted right 5 bits per jump;
//! * a removed key leaves a *dummy* (hash -1) that lookups step over; an insertion reuses the
//!   last dummy met on its probe sequence, else takes the empty slot that ended it;
//! * the table grows when used-or-dummy slots reach 3/5 of it, to the smallest power of two
//!   above 4x the live keys (2x past 50 000), reinserting the live keys in slot order;
//! * copies and merges pre-size the table (`merge`), and `pop` walks a finger.
//!
//! Slots are `HKey`s: an unused slot is `Null` with hash 0, a dummy `Null` with hash -1 (a real
//! Python hash is never -1). Key equality is the caller's (`HKey`'s `PartialEq`, which reaches
//! `__eq__` inside a `Vm::with_key_eq` scope).
//!
//! Beside the slots, one *control byte* per slot says what it holds: unused, dummy, or a live
//! key and 7 bits of its hash. Probing reads a linear run's control bytes as one 16-byte group
//! (SSE2: three compares and bit masks for the whole run) instead of visiting up to 10 slots
//! of 24 bytes one by one; only slots whose byte matches the probe's tag are compared. The
//! slots visited, the keys compared (and in which order) and where a key is put are exactly
//! CPython's, so the order is unchanged; only the cost of stepping over unrelated keys and
//! dummies is. (add/discard churn, as in nqueens, leaves long runs of dummies that every
//! lookup of an absent key and every insertion scans to their end, in CPython too.)

use super::dict::HKey;
use crate::value::Value;

const MIN_SIZE: usize = 8;
pub const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

const UNUSED: HKey = HKey {
    hash: 0,
    value: Value::Null,
};

const DUMMY: HKey = HKey {
    hash: -1,
    value: Value::Null,
};

#[inline(always)]
fn live(k: &HKey) -> bool {
    !k.value.is_null()
}

/// The control byte of an unused slot.
const EMPTY: u8 = 0;
/// The control byte of a dummy.
const DELETED: u8 = 1;
/// Control bytes read at once; the control array has this many bytes past the last slot, so
/// that a group read at any slot stays in bounds.
const GROUP: usize = 16;

/// The control byte of a live key of hash `hash`: the high bit set, and 7 bits of the hash —
/// the low ones (which tell apart small ints in one run) folded with the next 7.
#[inline(always)]
fn tag(hash: i64) -> u8 {
    let h = hash as u64;
    CTRL_LIVE | ((h ^ (h >> 7)) as u8 & 0x7f)
}

/// The bits of a group read at `i` that belong to the run probed from `i`: the next 9 slots
/// as well when they do not wrap around.
#[inline(always)]
fn run_bits(i: usize, mask: usize) -> u32 {
    if i + LINEAR_PROBES <= mask {
        (1 << (LINEAR_PROBES + 1)) - 1
    } else {
        1
    }
}

/// The bits of `run` below the lowest bit of `empty` (all of `run` when `empty` is 0): the
/// slots a probe looks at before it reaches an unused one.
#[inline(always)]
fn before_empty(empty: u32, run: u32) -> u32 {
    empty.wrapping_sub(1) & !empty & run
}

/// `GROUP` control bytes, compared with one byte at a time into a bit mask (bit `j` for the
/// byte `j` places on).
#[cfg(target_arch = "x86_64")]
mod group {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };

    #[derive(Clone, Copy)]
    pub struct Group(__m128i);

    impl Group {
        /// The bytes `ctrl[i..i + GROUP]`.
        #[inline(always)]
        pub fn load(ctrl: &[u8], i: usize) -> Group {
            assert!(i + super::GROUP <= ctrl.len());
            // SAFETY: the 16 bytes read are in bounds (checked above: the control array
            // has `GROUP` bytes past its last slot, so this never fails for a slot); an
            // unaligned load has no alignment requirement.
            Group(unsafe { _mm_loadu_si128(ctrl.as_ptr().add(i).cast::<__m128i>()) })
        }

        /// The bytes equal to `b`.
        #[inline(always)]
        pub fn matching(self, b: u8) -> u32 {
            // SAFETY: SSE2 is part of every x86-64 target; the intrinsics touch no memory.
            let m = unsafe { _mm_movemask_epi8(_mm_cmpeq_epi8(self.0, _mm_set1_epi8(b as i8))) };
            m as u32 & 0xffff
        }

        /// The bytes with the high bit set: live keys' (`CTRL_LIVE`).
        #[inline(always)]
        pub fn live(self) -> u32 {
            // SAFETY: as `matching`.
            let m = unsafe { _mm_movemask_epi8(self.0) };
            m as u32 & 0xffff
        }
    }
}

#[cfg(not(target_arch = "x86_64"))]
mod group {
    #[derive(Clone, Copy)]
    pub struct Group([u8; super::GROUP]);

    impl Group {
        #[inline(always)]
        pub fn load(ctrl: &[u8], i: usize) -> Group {
            let mut g = [0; super::GROUP];
            g.copy_from_slice(&ctrl[i..i + super::GROUP]);
            Group(g)
        }

        #[inline(always)]
        pub fn matching(self, b: u8) -> u32 {
            let mut m = 0;
            for (j, &c) in self.0.iter().enumerate() {
                m |= u32::from(c == b) << j;
            }
            m
        }

        #[inline(always)]
        pub fn live(self) -> u32 {
            let mut m = 0;
            for (j, &c) in self.0.iter().enumerate() {
                m |= u32::from(c & super::CTRL_LIVE != 0) << j;
            }
            m
        }
    }
}

use group::Group;

/// The slot of `hash`'s first probe, and the next probe start after `i`.
#[inline(always)]
fn next_start(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

/// `n` unused slots (`n >= MIN_SIZE`).
///
/// An unused slot (`UNUSED`: hash 0 and `Value::Null`, whose tag is 0 under `Value`'s
/// `repr(C, u64)`) is all zero bytes, so the slots are zeroed 64 bytes at a time
/// (`zero_blocks`) rather than built by `vec![UNUSED; n]`, whose loop stored each 24-byte slot
/// in pieces (~7 instructions a slot, 128 slots for most of go's ~9 500 resizes a quick
/// run). Not `alloc_zeroed`: its `memset` of a 128-slot table (3 KiB) is a `rep stosb`.
fn unused_slots(n: usize) -> Vec<HKey> {
    debug_assert!(n >= MIN_SIZE && n.is_power_of_two());
    let layout = std::alloc::Layout::array::<HKey>(n).expect("a set table's size fits");
    // SAFETY: `layout` has a non-zero size (`n >= MIN_SIZE`), a multiple of 64 bytes (24
    // bytes a slot, `n` a multiple of 8). Once zeroed, the block holds `n` valid `HKey`s
    // (all-zero bytes are `UNUSED`: `hkey_zero_is_unused` checks it), and it was allocated
    // by the global allocator with the layout of an `n`-element `Vec<HKey>`'s buffer, as
    // `from_raw_parts` requires (length and capacity `n`).
    unsafe {
        let p = std::alloc::alloc(layout);
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        zero_blocks(p, layout.size());
        let v = Vec::from_raw_parts(p.cast::<HKey>(), n, n);
        debug_assert!(v.iter().all(|k| k.hash == UNUSED.hash && k.value.is_null()));
        v
    }
}

/// Zero `bytes` bytes at `p`, 16 at a time.
///
/// # Safety
/// `p` is valid for writes of `bytes` bytes, a multiple of 64.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn zero_blocks(p: *mut u8, bytes: usize) {
    use std::arch::x86_64::{_mm_setzero_si128, _mm_storeu_si128};
    debug_assert!(bytes.is_multiple_of(64));
    // Opaque, so that the loop is not recognized as a `memset` call: glibc's for 3 KiB is a
    // `rep stosb`, one counted instruction a byte.
    // SAFETY: SSE2 is part of every x86-64 target; the intrinsic touches no memory.
    let z = std::hint::black_box(unsafe { _mm_setzero_si128() });
    let mut off = 0;
    while off < bytes {
        // SAFETY: `off + 64 <= bytes` (a multiple of 64), within the caller's block; SSE2 is
        // part of every x86-64 target, and an unaligned store has no alignment requirement.
        unsafe {
            _mm_storeu_si128(p.add(off).cast(), z);
            _mm_storeu_si128(p.add(off + 16).cast(), z);
            _mm_storeu_si128(p.add(off + 32).cast(), z);
            _mm_storeu_si128(p.add(off + 48).cast(), z);
        }
        off += 64;
    }
}

#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
unsafe fn zero_blocks(p: *mut u8, bytes: usize) {
    // SAFETY: the caller's contract.
    unsafe { std::ptr::write_bytes(p, 0, bytes) }
}

/// `f` of each live slot's index, in slot order, found a group at a time by the control
/// bytes `ctrl` of a table of `n` slots (`n + GROUP` bytes, the last `GROUP` of them `EMPTY`).
#[inline(always)]
fn each_live(ctrl: &[u8], n: usize, mut f: impl FnMut(usize)) {
    let mut base = 0;
    while base < n {
        let mut bits = Group::load(ctrl, base).live();
        while bits != 0 {
            f(base + bits.trailing_zeros() as usize);
            bits &= bits - 1;
        }
        base += GROUP;
    }
}

/// What an insertion's probe found (`SetTable::insert_slot`).
enum InsertAt {
    /// An equal key is stored.
    Found,
    /// Only Python code (a stored instance key's `__eq__`) could tell.
    Undecided,
    /// The key is absent: it goes in the last dummy of its probe sequence (`free`), else in
    /// the unused slot `unused` that ended it.
    Place { unused: usize, free: Option<usize> },
}

#[derive(Default)]
pub struct SetTable {
    /// `mask + 1` slots; empty until the first insertion (then at least `MIN_SIZE`).
    slots: Vec<HKey>,
    /// The slots' control bytes (`EMPTY`, `DELETED` or a live key's `tag`), then `GROUP`
    /// unused ones; empty while `slots` is.
    ctrl: Box<[u8]>,
    /// Live keys plus dummies.
    fill: usize,
    /// Live keys.
    used: usize,
    /// Where `pop` looks first.
    finger: usize,
    /// `slots.len() - 1` once the table is allocated, 0 before (a real mask is at least 7).
    /// Compiled code reads it (the JIT's inline `int in set`) at `MASK_OFFSET`: a `Vec`'s
    /// length has no fixed place, and one `Vec`'s length and capacity words hold the same
    /// number here, so a probe could not tell them apart.
    mask_word: usize,
}

/// The control byte of an unused slot, for compiled code that probes a table.
pub const CTRL_EMPTY: u8 = EMPTY;

/// The bit every live key's control byte has (`tag`), and unused and dummy slots' lack.
pub const CTRL_LIVE: u8 = 0x80;

/// The control byte of a dummy, for compiled code that removes a key (`remove_slot`).
pub const CTRL_DELETED: u8 = DELETED;

/// The hash word of a dummy (`DUMMY`; its value is `Null`).
pub const DUMMY_HASH: i64 = -1;

/// The offset of the mask word in a `SetTable` (see `SetTable::mask_word`).
pub const MASK_OFFSET: usize = std::mem::offset_of!(SetTable, mask_word);

/// The offsets of the live-key count and of the live-or-dummy count in a `SetTable`, which
/// compiled code updates when it adds a key to an unused slot or removes one (`place`,
/// `remove_slot`).
pub const USED_OFFSET: usize = std::mem::offset_of!(SetTable, used);
pub const FILL_OFFSET: usize = std::mem::offset_of!(SetTable, fill);

impl SetTable {
    pub fn new() -> Self {
        SetTable::default()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The slot `i` (`i <= mask`, the table allocated).
    #[inline(always)]
    fn at(&self, i: usize) -> &HKey {
        debug_assert!(i < self.slots.len());
        // SAFETY: every caller passes a slot of the table: a probe start is masked, and a
        // group bit set within `run_bits` is at most `LINEAR_PROBES` past a start that is
        // at least that far from the end.
        unsafe { self.slots.get_unchecked(i) }
    }

    /// The control byte of slot `i` (`i <= mask`, the table allocated).
    #[inline(always)]
    fn ctrl_at(&self, i: usize) -> u8 {
        debug_assert!(i < self.slots.len() && self.ctrl.len() == self.slots.len() + GROUP);
        // SAFETY: as `at`: `i` is a slot, and the control array is longer than the slots.
        unsafe { *self.ctrl.get_unchecked(i) }
    }

    /// Allocate the smallest table on the first insertion.
    #[inline(always)]
    fn allocate(&mut self) {
        if self.slots.is_empty() {
            self.allocate_min();
        }
    }

    #[cold]
    #[inline(never)]
    fn allocate_min(&mut self) {
        self.slots = unused_slots(MIN_SIZE);
        self.ctrl = vec![EMPTY; MIN_SIZE + GROUP].into_boxed_slice();
        self.mask_word = MIN_SIZE - 1;
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len().max(MIN_SIZE) - 1
    }

    /// The addresses of the slots and of the control bytes, and the mask (0 before the
    /// first insertion): what the JIT's layout probe looks for in a table's words.
    pub fn raw_parts(&self) -> (usize, usize, usize) {
        debug_assert_eq!(self.mask_word, self.slots.len().saturating_sub(1));
        (
            self.slots.as_ptr() as usize,
            self.ctrl.as_ptr() as usize,
            self.mask_word,
        )
    }

    /// The live keys, in slot order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &HKey> + '_ {
        self.slots.iter().filter(|k| live(k))
    }

    /// The live key at slot `i`, if any (`i` past the end: `None`).
    #[inline]
    pub fn slot(&self, i: usize) -> Option<&HKey> {
        self.slots.get(i).filter(|k| live(k))
    }

    /// The first live slot at or after `i`, for iterators that walk the table.
    pub fn next_live(&self, i: usize) -> Option<usize> {
        (i..self.slots.len()).find(|&j| live(&self.slots[j]))
    }

    /// The slot holding a key of hash `hash` for which `eq` holds, probing as CPython does.
    ///
    /// The first slot is looked at alone: lookups in a table without churn mostly end there
    /// (the key at home, or an unused slot), and a group costs more than one slot.
    #[inline]
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(&HKey) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        debug_assert_eq!(mask, self.mask_word);
        let t = tag(hash);
        let mut i = (hash as u64 as usize) & mask;
        let c = self.ctrl_at(i);
        if c == EMPTY {
            return None;
        }
        if c == t {
            let e = self.at(i);
            if e.hash == hash && eq(e) {
                return Some(i);
            }
        }
        // The first group again, without its first slot.
        let mut skip = !1;
        let mut perturb = hash as u64;
        loop {
            let g = Group::load(&self.ctrl, i);
            let run = run_bits(i, mask);
            let empty = g.matching(EMPTY) & run;
            let mut hits = g.matching(t) & before_empty(empty, run) & skip;
            skip = !0;
            while hits != 0 {
                let j = i + hits.trailing_zeros() as usize;
                let e = self.at(j);
                if e.hash == hash && eq(e) {
                    return Some(j);
                }
                hits &= hits - 1;
            }
            if empty != 0 {
                return None;
            }
            i = next_start(i, &mut perturb, mask);
        }
    }

    /// The slot of a key equal to `k`.
    #[inline]
    pub fn find(&self, k: &HKey) -> Option<usize> {
        self.find_by(k.hash, |e| k == e)
    }

    pub fn contains(&self, k: &HKey) -> bool {
        self.find(k).is_some()
    }

    /// The stored key equal to `k`.
    pub fn get(&self, k: &HKey) -> Option<&HKey> {
        self.find(k).map(|i| &self.slots[i])
    }

    /// Add `k` unless an equal key is stored (`set_add_entry`); whether it was added.
    pub fn insert(&mut self, k: HKey) -> bool {
        match self.insert_by(k, |k, e| Some(k == e)) {
            Ok(added) => added,
            Err(_) => unreachable!("the comparison always decides"),
        }
    }

    /// `insert` comparing `k` with stored keys of the same hash by `eq`, which answers `None`
    /// when it cannot decide without running Python code: then the table is left unchanged
    /// and `k` comes back.
    #[inline]
    pub fn insert_by(
        &mut self,
        k: HKey,
        mut eq: impl FnMut(&HKey, &HKey) -> Option<bool>,
    ) -> Result<bool, HKey> {
        match self.insert_slot(k.hash, |e| eq(&k, e)) {
            InsertAt::Found => Ok(false),
            InsertAt::Undecided => Err(k),
            InsertAt::Place { unused, free } => {
                self.place(unused, free, k);
                Ok(true)
            }
        }
    }

    /// `insert` of the int `i` (of hash `hash`), comparing stored keys by `eq`, as
    /// `insert_by`: the key is made only where it is stored, not carried through the probe
    /// (in memory, as `insert_by`'s `k` is: it may come back).
    #[inline(always)]
    pub fn insert_int(
        &mut self,
        i: i64,
        hash: i64,
        eq: impl FnMut(&HKey) -> Option<bool>,
    ) -> Option<bool> {
        match self.insert_slot(hash, eq) {
            InsertAt::Found => Some(false),
            InsertAt::Undecided => None,
            InsertAt::Place { unused, free } => {
                let k = HKey {
                    hash,
                    value: Value::Int(i),
                };
                self.place(unused, free, k);
                Some(true)
            }
        }
    }

    /// The probe of an insertion of a key of hash `hash` (allocating the table first): an
    /// equal stored key (`eq` true), one `eq` cannot decide, or where the new key goes.
    #[inline(always)]
    fn insert_slot(&mut self, hash: i64, mut eq: impl FnMut(&HKey) -> Option<bool>) -> InsertAt {
        self.allocate();
        let mask = self.slots.len() - 1;
        let t = tag(hash);
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let first = self.ctrl_at(i);
        if first == EMPTY {
            // The first slot unused: no key to compare, no dummy met.
            return InsertAt::Place {
                unused: i,
                free: None,
            };
        }
        // The first slot holding the key itself (`s.add(x)` of an `x` already there, at
        // home) is looked at alone, as `find_by` does: a group costs more than one slot.
        // The group below then skips that slot, so no key is compared twice.
        let mut skip = !0;
        if first == t {
            let e = self.at(i);
            if e.hash == hash {
                match eq(e) {
                    Some(true) => return InsertAt::Found,
                    Some(false) => {}
                    None => return InsertAt::Undecided,
                }
            }
            skip = !1;
        }
        let mut free: Option<usize> = None;
        loop {
            let g = Group::load(&self.ctrl, i);
            let run = run_bits(i, mask);
            let empty = g.matching(EMPTY) & run;
            let scan = before_empty(empty, run);
            let mut hits = g.matching(t) & scan & skip;
            skip = !0;
            while hits != 0 {
                let e = self.at(i + hits.trailing_zeros() as usize);
                if e.hash == hash {
                    match eq(e) {
                        Some(true) => return InsertAt::Found,
                        Some(false) => {}
                        None => return InsertAt::Undecided,
                    }
                }
                hits &= hits - 1;
            }
            let dummies = g.matching(DELETED) & scan;
            if dummies != 0 {
                free = Some(i + (31 - dummies.leading_zeros()) as usize);
            }
            if empty != 0 {
                return InsertAt::Place {
                    unused: i + empty.trailing_zeros() as usize,
                    free,
                };
            }
            i = next_start(i, &mut perturb, mask);
        }
    }

    /// Store a key known to be absent: in the last dummy of its probe sequence (`free`), or in
    /// the unused slot `unused` that ended it, growing the table when it gets too full.
    /// (Inlined: out of line, its prologue, bounds checks and the drop of the `Null` it
    /// overwrote cost ~60 instructions a call, 150 K calls in a quick go run.)
    #[inline(always)]
    fn place(&mut self, unused: usize, free: Option<usize>, k: HKey) {
        self.used += 1;
        if let Some(f) = free {
            self.put(f, k);
            return;
        }
        self.put(unused, k);
        self.fill += 1;
        if self.fill * 5 >= self.mask_word * 3 {
            self.grow();
        }
    }

    /// Write `k` and its control byte into slot `i`, an unused slot or a dummy (`Null`,
    /// which owns nothing: it is overwritten, not dropped).
    #[inline(always)]
    fn put(&mut self, i: usize, k: HKey) {
        debug_assert!(i < self.slots.len() && !live(&self.slots[i]));
        debug_assert!(self.ctrl.len() == self.slots.len() + GROUP);
        // SAFETY: every caller passes a slot of the table (a masked probe start, or a group
        // bit within `run_bits` of one), and the control array is longer than the slots.
        // The slot holds `UNUSED` or `DUMMY`, whose `Value::Null` needs no drop.
        unsafe {
            *self.ctrl.get_unchecked_mut(i) = tag(k.hash);
            std::ptr::write(self.slots.as_mut_ptr().add(i), k);
        }
    }

    #[inline(never)]
    fn grow(&mut self) {
        self.resize(self.grown_size());
    }

    fn grown_size(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Put `k` in the first unused slot of its probe sequence (a fresh table: no dummies, no
    /// equal key). Inlined into `resize`'s loop.
    #[inline]
    fn insert_clean(&mut self, k: HKey) {
        let mask = self.slots.len() - 1;
        let mut perturb = k.hash as u64;
        let mut i = (k.hash as u64 as usize) & mask;
        if self.ctrl_at(i) == EMPTY {
            // Most keys of a fresh table are at home.
            self.put(i, k);
            return;
        }
        loop {
            let empty = Group::load(&self.ctrl, i).matching(EMPTY) & run_bits(i, mask);
            if empty != 0 {
                self.put(i + empty.trailing_zeros() as usize, k);
                return;
            }
            i = next_start(i, &mut perturb, mask);
        }
    }

    /// Rebuild with the smallest power-of-two size above `min_used` (`set_table_resize`).
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old_size = self.slots.len().max(MIN_SIZE);
        if size == MIN_SIZE && old_size == MIN_SIZE && self.fill == self.used {
            return; // a small table without dummies: nothing to purge
        }
        let mut old = std::mem::replace(&mut self.slots, unused_slots(size));
        let old_ctrl =
            std::mem::replace(&mut self.ctrl, vec![EMPTY; size + GROUP].into_boxed_slice());
        self.mask_word = size - 1;
        self.fill = self.used;
        // The live keys move to the new table, in slot order, found by their control bytes
        // a group at a time; the others (unused slots and dummies) are `Null`, which owns
        // nothing, so the old slots are forgotten rather than dropped.
        let n = old.len();
        // SAFETY: `set_len(0)` first, so no slot is dropped twice: each live slot is read
        // out exactly once (moved into the new table), and every other slot holds
        // `Value::Null` (`UNUSED`/`DUMMY`), whose drop does nothing. A live bit of the group
        // read at `base < n` is a slot below `n` (the `GROUP` bytes past the last slot are
        // `EMPTY`), so reads stay within the initialized elements of the allocation, which
        // `old` frees (without dropping elements) at the end of the scope.
        unsafe {
            old.set_len(0);
            let p = old.as_ptr();
            each_live(&old_ctrl, n, |i| {
                debug_assert!(i < n && live(&*p.add(i)));
                self.insert_clean(std::ptr::read(p.add(i)));
            });
        }
    }

    /// Remove the key at slot `i`, leaving a dummy.
    pub fn remove_slot(&mut self, i: usize) -> HKey {
        let k = std::mem::replace(&mut self.slots[i], DUMMY);
        debug_assert!(live(&k));
        self.ctrl[i] = DELETED;
        self.used -= 1;
        k
    }

    /// Remove the key equal to `k`.
    pub fn remove(&mut self, k: &HKey) -> Option<HKey> {
        let i = self.find(k)?;
        Some(self.remove_slot(i))
    }

    /// `set.pop()`: the first live key from the finger on, wrapping around.
    pub fn pop(&mut self) -> Option<HKey> {
        if self.used == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.finger & mask;
        while !live(&self.slots[i]) {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        Some(self.remove_slot(i))
    }

    /// Remove every key (the finger stays, as in CPython).
    pub fn clear(&mut self) {
        drop(self.take_body());
    }

    /// Move the keys out, leaving this table empty; the finger stays.
    pub fn take_body(&mut self) -> SetTable {
        self.replace_body(SetTable::new())
    }

    /// Put `other`'s keys in place of these (`set_swap_bodies`: the finger stays) and return
    /// the old ones.
    pub fn replace_body(&mut self, mut other: SetTable) -> SetTable {
        other.finger = self.finger;
        std::mem::replace(self, other)
    }

    /// Add every key of `other` (`set_merge`): one resize up front, then a slot-for-slot copy
    /// when this table is empty and the sizes agree.
    pub fn merge(&mut self, other: &SetTable) {
        if other.used == 0 {
            return;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            self.allocate();
            if self.slots.len() == other.slots.len() && other.fill == other.used {
                self.slots.clone_from_slice(&other.slots);
                self.ctrl.copy_from_slice(&other.ctrl);
            } else {
                for k in other.iter() {
                    self.insert_clean(k.clone());
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return;
        }
        for k in other.iter() {
            self.insert(k.clone());
        }
    }

    /// Make room for `n` more keys the way `set.update(dict)` does before adding them.
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// After removing keys in bulk (`difference_update`): purge the dummies when more than a
    /// quarter of the table holds them.
    pub fn purge_after_removals(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.grown_size());
        }
    }

    /// CPython's `frozenset` hash: order-independent, from the live keys' hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut h: u64 = 0;
        for k in self.iter() {
            h ^= shuffle(k.hash as u64);
        }
        h ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69_069).wrapping_add(907_133_923);
        if h == u64::MAX {
            h = 590_923_713;
        }
        h as i64
    }
}

/// A copy is a merge into an empty table, as `set.copy()` and `set(s)` are in CPython (the
/// copy may be smaller than the original, and then its order differs).
impl Clone for SetTable {
    fn clone(&self) -> Self {
        let mut t = SetTable::new();
        t.merge(self);
        t
    }
}

/// Keys added one by one, in order (`set(iterable)` for an iterable that is not a set or dict).
impl FromIterator<HKey> for SetTable {
    fn from_iter<I: IntoIterator<Item = HKey>>(iter: I) -> Self {
        let mut t = SetTable::new();
        t.extend(iter);
        t
    }
}

impl Extend<HKey> for SetTable {
    fn extend<I: IntoIterator<Item = HKey>>(&mut self, iter: I) {
        for k in iter {
            self.insert(k);
        }
    }
}

impl IntoIterator for SetTable {
    type Item = HKey;
    type IntoIter = std::iter::Filter<std::vec::IntoIter<HKey>, fn(&HKey) -> bool>;

    fn into_iter(mut self) -> Self::IntoIter {
        std::mem::take(&mut self.slots)
            .into_iter()
            .filter(live as fn(&HKey) -> bool)
    }
}

/// Only the live keys are dropped, found by their control bytes a group at a time: the
/// other slots hold `Null`. (Dropping the slots as a `Vec` tested every slot's tag, 128 of
/// them for most of go's sets.)
impl Drop for SetTable {
    fn drop(&mut self) {
        let n = self.slots.len();
        // SAFETY: `set_len(0)` first, so the `Vec` drops no slot and a panicking key drop
        // leaks the rest instead of dropping one twice. Each live slot is dropped once; a
        // live bit of the group read at `base < n` is a slot below `n` (the `GROUP` bytes
        // past the last slot are `EMPTY`), and the control array, allocated with the slots,
        // has `n + GROUP` bytes (`n` is 0 when `into_iter` took the slots).
        unsafe {
            self.slots.set_len(0);
            if self.used == 0 || n == 0 {
                return;
            }
            let p = self.slots.as_mut_ptr();
            each_live(&self.ctrl, n, |i| std::ptr::drop_in_place(p.add(i)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(i: i64) -> HKey {
        HKey {
            hash: if i == -1 { -2 } else { i },
            value: Value::Int(i),
        }
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|k| match k.value {
                Value::Int(i) => i,
                _ => unreachable!(),
            })
            .collect()
    }

    // Expected orders printed by CPython 3.11.
    #[test]
    fn small_ints_in_slot_order() {
        let t: SetTable = [3, 1, 2].into_iter().map(key).collect();
        assert_eq!(order(&t), vec![1, 2, 3]);
    }

    #[test]
    fn collisions_follow_the_probe_sequence() {
        // list({8, 0, 16, 1}) == [0, 8, 16, 1]... in CPython: 8 lands in slot 0, 0 in slot 1
        // (linear probe), 16 in slot 2, 1 in slot 3.
        let t: SetTable = [8, 0, 16, 1].into_iter().map(key).collect();
        assert_eq!(order(&t), vec![8, 0, 16, 1]);
    }

    #[test]
    fn removal_leaves_a_dummy_that_is_reused() {
        let mut t: SetTable = [1, 2, 3].into_iter().map(key).collect();
        assert!(t.remove(&key(2)).is_some());
        assert_eq!(t.len(), 2);
        assert!(!t.contains(&key(2)));
        assert!(t.insert(key(10)));
        assert_eq!(order(&t), vec![1, 10, 3]);
    }

    #[test]
    fn pop_walks_the_finger() {
        let mut t: SetTable = [5, 1, 3].into_iter().map(key).collect();
        let popped: Vec<i64> = std::iter::from_fn(|| t.pop())
            .map(|k| match k.value {
                Value::Int(i) => i,
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(popped, vec![1, 3, 5]);
        assert!(t.is_empty());
    }

    #[test]
    fn hkey_zero_is_unused() {
        let slots = unused_slots(64);
        assert_eq!(slots.len(), 64);
        assert!(slots.iter().all(|k| k.hash == 0 && k.value.is_null()));
    }

    #[test]
    fn drop_and_resize_keep_heap_keys_alive_once() {
        // Shared keys (strings) survive growth, removal and the table's drop with their
        // counts intact: each live slot is moved or dropped exactly once.
        let s = Value::str("k");
        let Value::Str(rc) = &s else { unreachable!() };
        let mut t = SetTable::new();
        for i in 0..100 {
            t.insert(HKey {
                hash: i,
                value: s.clone(),
            });
        }
        assert_eq!(std::rc::Rc::strong_count(rc), 101);
        for i in 0..50 {
            assert!(t
                .remove(&HKey {
                    hash: i,
                    value: s.clone()
                })
                .is_some());
        }
        assert_eq!(std::rc::Rc::strong_count(rc), 51);
        t.purge_after_removals();
        assert_eq!(std::rc::Rc::strong_count(rc), 51);
        drop(t);
        assert_eq!(std::rc::Rc::strong_count(rc), 1);
    }

    #[test]
    fn grows_and_keeps_every_key() {
        let t: SetTable = (0..1000).rev().map(key).collect();
        assert_eq!(t.len(), 1000);
        assert!((0..1000).all(|i| t.contains(&key(i))));
        assert_eq!(order(&t), (0..1000).collect::<Vec<_>>());
    }
}
