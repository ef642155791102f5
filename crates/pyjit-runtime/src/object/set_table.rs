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

use super::dict::HKey;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
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

/// The slot of `hash`'s first probe, and the next probe start after `i`.
#[inline(always)]
fn next_start(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}

/// The end (exclusive) of the linear run of slots probed from `i`: the next 9 as well when
/// they do not wrap around.
#[inline(always)]
fn run_end(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        i + LINEAR_PROBES + 1
    } else {
        i + 1
    }
}

#[derive(Default)]
pub struct SetTable {
    /// `mask + 1` slots; empty until the first insertion (then at least `MIN_SIZE`).
    slots: Vec<HKey>,
    /// Live keys plus dummies.
    fill: usize,
    /// Live keys.
    used: usize,
    /// Where `pop` looks first.
    finger: usize,
}

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

    /// The slots probed one after another from `i` (`i <= mask`, the table allocated).
    #[inline(always)]
    fn run(&self, i: usize, mask: usize) -> &[HKey] {
        debug_assert!(mask + 1 == self.slots.len() && i <= mask);
        // SAFETY: `i <= mask` (a start is always masked) and `run_end` is at most `mask + 1`,
        // the table's length; `i < run_end(i, mask)`.
        unsafe { self.slots.get_unchecked(i..run_end(i, mask)) }
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len().max(MIN_SIZE) - 1
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
    #[inline]
    pub fn find_by(&self, hash: i64, mut eq: impl FnMut(&HKey) -> bool) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            for (j, e) in self.run(i, mask).iter().enumerate() {
                // A dummy's hash (-1) is no key's; an unused slot's is 0.
                if e.hash == hash {
                    if e.value.is_null() {
                        return None;
                    }
                    if eq(e) {
                        return Some(i + j);
                    }
                } else if e.hash == 0 && e.value.is_null() {
                    return None;
                }
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
        if self.slots.is_empty() {
            self.slots = vec![UNUSED; MIN_SIZE];
        }
        let mask = self.slots.len() - 1;
        let mut perturb = k.hash as u64;
        let mut i = (k.hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let mut unused = None;
            for (j, e) in self.run(i, mask).iter().enumerate() {
                if e.value.is_null() {
                    if e.hash == 0 {
                        unused = Some(i + j);
                        break;
                    }
                    free = Some(i + j);
                    continue;
                }
                if e.hash == k.hash {
                    match eq(&k, e) {
                        Some(true) => return Ok(false),
                        Some(false) => {}
                        None => return Err(k),
                    }
                }
            }
            if let Some(j) = unused {
                self.place(j, free, k);
                return Ok(true);
            }
            i = next_start(i, &mut perturb, mask);
        }
    }

    /// Store a key known to be absent: in the last dummy of its probe sequence (`free`), or in
    /// the unused slot `unused` that ended it, growing the table when it gets too full.
    fn place(&mut self, unused: usize, free: Option<usize>, k: HKey) {
        self.used += 1;
        if let Some(f) = free {
            self.slots[f] = k;
            return;
        }
        self.slots[unused] = k;
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.grown_size());
        }
    }

    fn grown_size(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// Put `k` in the first unused slot of its probe sequence (a fresh table: no dummies, no
    /// equal key).
    fn insert_clean(slots: &mut [HKey], k: HKey) {
        let mask = slots.len() - 1;
        let mut perturb = k.hash as u64;
        let mut i = (k.hash as u64 as usize) & mask;
        loop {
            let end = run_end(i, mask);
            if let Some(j) = slots[i..end].iter().position(|e| e.value.is_null()) {
                slots[i + j] = k;
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
        let old = std::mem::replace(&mut self.slots, vec![UNUSED; size]);
        self.fill = self.used;
        for k in old {
            if live(&k) {
                Self::insert_clean(&mut self.slots, k);
            }
        }
    }

    /// Remove the key at slot `i`, leaving a dummy.
    pub fn remove_slot(&mut self, i: usize) -> HKey {
        let k = std::mem::replace(&mut self.slots[i], DUMMY);
        debug_assert!(live(&k));
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
            if self.slots.is_empty() {
                self.slots = vec![UNUSED; MIN_SIZE];
            }
            if self.slots.len() == other.slots.len() && other.fill == other.used {
                self.slots.clone_from_slice(&other.slots);
            } else {
                for k in other.iter() {
                    Self::insert_clean(&mut self.slots, k.clone());
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

    fn into_iter(self) -> Self::IntoIter {
        self.slots.into_iter().filter(live as fn(&HKey) -> bool)
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
    fn grows_and_keeps_every_key() {
        let t: SetTable = (0..1000).rev().map(key).collect();
        assert_eq!(t.len(), 1000);
        assert!((0..1000).all(|i| t.contains(&key(i))));
        assert_eq!(order(&t), (0..1000).collect::<Vec<_>>());
    }
}
