//! The table behind `dict`: CPython's compact, insertion-ordered layout
//! (`Objects/dictobject.c`), so that deleting a key costs O(1).
//!
//! Entries sit in a vector in insertion order; a hash index (a SwissTable of entry numbers,
//! `hashbrown::HashTable`) finds a key's entry. Tables of at most `SCAN_SIZE` slots (up to
//! 10 entries: instance dicts, keyword arguments, small class dicts) have no index: a
//! lookup scans the entries, comparing hashes first (see `Map::index`). Deleting a key
//! leaves a *hole* in the vector instead of shifting every later entry down
//! (`IndexMap::shift_remove`, which made deleting 100 000 keys in insertion order take
//! 20 s). An entry's number — its *slot* — therefore stays put until the table is rebuilt.
//!
//! The rebuild happens where CPython resizes: when a *new* key is inserted and the entries
//! have used up the table's usable room (2/3 of a power-of-two size of at least 8; deletions
//! do not give room back), into the smallest size of at least 3 × the live keys, live entries
//! kept in order. Holding to CPython's resize points keeps entry positions, which live
//! iterators walk, the same as CPython's: a program that changes a dict while iterating it
//! sees the same items and the same "keys changed during iteration" error.
//!
//! Slots are what inline caches record (`LoadGlobal`, attribute caches, the JIT's inline
//! attribute reads). A hole reads as absent (`get_index`), and a cache checks the key at its
//! slot anyway. A hole's key is `HOLE`: hash -1, which no Python hash is, and an int payload
//! of 0, which no `str` key's pointer equals — JIT code compares key payloads inline.

use super::dict::HKey;
use crate::value::Value;
use hashbrown::hash_table::Entry as Slot;
use hashbrown::HashTable;

/// A key probe: its Python hash and its equality with a stored key (which it checks itself,
/// hash included).
pub trait Lookup {
    fn key_hash(&self) -> i64;
    fn matches(&self, stored: &HKey) -> bool;
}

impl Lookup for HKey {
    #[inline(always)]
    fn key_hash(&self) -> i64 {
        self.hash
    }

    /// `HKey` equality, the probe on the left (CPython asks the stored key first, which
    /// `HKey::eq` takes care of).
    #[inline(always)]
    fn matches(&self, stored: &HKey) -> bool {
        self == stored
    }
}

const HOLE: HKey = HKey {
    hash: -1,
    value: Value::Int(0),
};

/// The smallest table size CPython gives a dict (`PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;

/// The largest table whose lookups scan the entries instead of keeping an index. The index
/// was one allocation (and its control bytes written) per dict, and an insertion into it per
/// key: for an instance, a fourth of its allocations (`Rc<Instance>`, `Rc<PyDict>`, the
/// entries, the index). A scan of at most 10 entries that compares 8-byte hashes costs
/// about what a SwissTable probe does (the hash spread, a 16-byte group load and match).
const SCAN_SIZE: usize = 16;

/// How many entries a table of `size` holds before it is resized (`USABLE_FRACTION`).
#[inline]
fn usable(size: usize) -> usize {
    (size << 1) / 3
}

/// The table size CPython 3.11 picks for at least `n` slots (`calculate_log2_keysize`),
/// its bit trick included: a power of two of at least `MIN_SIZE`, but 16 for `n` in 1..8
/// and twice the power of two above `n` when `n`'s bit 3 is clear (`n = 16` gives 32).
/// Copied rather than tidied: the sizes decide where entries go, which iterators observe.
fn table_size(n: usize) -> usize {
    let m = ((n | MIN_SIZE) - 1) | (MIN_SIZE - 1);
    1 << (usize::BITS - m.leading_zeros())
}

/// Spreads a Python hash (small ints hash to themselves) over all 64 bits: the SwissTable
/// takes its bucket from the low bits and its 7-bit tag from the top ones.
#[inline(always)]
fn spread(hash: i64) -> u64 {
    let x = (hash as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^ (x >> 29)
}

#[derive(Clone)]
pub struct Entry {
    key: HKey,
    value: Value,
}

impl Entry {
    #[inline(always)]
    fn live(&self) -> bool {
        self.key.hash != -1
    }
}

/// `repr(C)`, the entries first: an instance holds its table inline (`InstDict`), and a
/// cached attribute read touches the instance's class cell, the map's borrow counter and
/// the entries' pointer and count, which this order keeps on the instance's first cache
/// line (the JIT measures where they are: `backend/layout.rs`).
#[derive(Clone, Default)]
#[repr(C)]
pub struct Map {
    /// Entries in insertion order, holes included (CPython's `dk_entries`).
    entries: Vec<Entry>,
    /// The slot of each live entry, by its key's hash; kept only for tables of more than
    /// `SCAN_SIZE` slots (a smaller table's lookups scan `entries`: `scan`). Which keys a
    /// table holds and where (its size, resizes and slots) do not depend on it. Boxed so
    /// that a `Map` is six words, not ten: an instance with its table inline fits
    /// mimalloc's 128-byte class (two cache lines, the first holding what caches read).
    index: Option<Box<HashTable<usize>>>,
    /// Live entries (`ma_used`).
    used: usize,
    /// New entries that fit before the next resize (`dk_usable`).
    room: usize,
}

impl Map {
    pub fn new() -> Self {
        Map::default()
    }

    /// A table sized for `n` keys, as CPython presizes one (`_PyDict_NewPresized`). For
    /// `n <= 5` CPython leaves the dict empty, and its first key brings the table of 8 slots
    /// that is made here at once (same slots; instance dicts, presized to the attributes
    /// their class's instances had, skip a resize).
    pub fn with_capacity(n: usize) -> Self {
        let mut m = Map::new();
        // (Beyond 2**17 slots, CPython lets the table grow as keys come.)
        const MAX_PRESIZE: usize = 1 << 17;
        if n > usable(MAX_PRESIZE) {
            m.resize(MAX_PRESIZE);
        } else if n > usable(MIN_SIZE) {
            m.resize(table_size((n * 3).div_ceil(2)));
        } else if n > 0 {
            m.resize(MIN_SIZE);
        }
        m
    }

    /// Live entries.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// One past the last slot (holes included): slots that inline caches may record are
    /// below it.
    #[inline(always)]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The slot of the key `q` matches.
    #[inline]
    pub fn get_index_of<Q: Lookup + ?Sized>(&self, q: &Q) -> Option<usize> {
        let Some(index) = &self.index else {
            return self.scan(q);
        };
        let h = q.key_hash();
        let entries = &self.entries;
        index
            .find(spread(h), |&i| q.matches(&entries[i].key))
            .copied()
    }

    /// `get_index_of` of an unindexed table: the first entry whose hash is `q`'s and whose key
    /// `q` matches (a hole's hash, -1, is no Python hash).
    #[inline(always)]
    fn scan<Q: Lookup + ?Sized>(&self, q: &Q) -> Option<usize> {
        let h = q.key_hash();
        self.entries
            .iter()
            .position(|e| e.key.hash == h && q.matches(&e.key))
    }

    #[inline]
    pub fn contains_key<Q: Lookup + ?Sized>(&self, q: &Q) -> bool {
        self.get_index_of(q).is_some()
    }

    #[inline]
    pub fn get<Q: Lookup + ?Sized>(&self, q: &Q) -> Option<&Value> {
        self.get_index_of(q).map(|i| &self.entries[i].value)
    }

    #[inline]
    pub fn get_mut<Q: Lookup + ?Sized>(&mut self, q: &Q) -> Option<&mut Value> {
        self.get_index_of(q).map(|i| &mut self.entries[i].value)
    }

    #[inline]
    pub fn get_key_value<Q: Lookup + ?Sized>(&self, q: &Q) -> Option<(&HKey, &Value)> {
        self.get_index_of(q).map(|i| {
            let e = &self.entries[i];
            (&e.key, &e.value)
        })
    }

    /// The slot, key and value of the key `q` matches.
    #[inline]
    pub fn get_full<Q: Lookup + ?Sized>(&self, q: &Q) -> Option<(usize, &HKey, &Value)> {
        self.get_index_of(q).map(|i| {
            let e = &self.entries[i];
            (i, &e.key, &e.value)
        })
    }

    /// `get_full` with the stored key writable: the caller may only replace it with an equal
    /// key of the same hash (say, the interned copy of a `str`).
    #[inline]
    pub fn get_full_key_mut<Q: Lookup + ?Sized>(
        &mut self,
        q: &Q,
    ) -> Option<(usize, &mut HKey, &mut Value)> {
        self.get_index_of(q).map(|i| {
            let e = &mut self.entries[i];
            (i, &mut e.key, &mut e.value)
        })
    }

    /// The entry at slot `i`; `None` for a hole or past the end.
    #[inline(always)]
    pub fn get_index(&self, i: usize) -> Option<(&HKey, &Value)> {
        match self.entries.get(i) {
            Some(e) if e.live() => Some((&e.key, &e.value)),
            _ => None,
        }
    }

    /// The key and value at slot `i`, a hole's included (key `HOLE`, value `Null`): for
    /// inline caches, which check the key against a `str` name anyway (a hole's never
    /// matches) and save `get_index`'s test for a hole.
    #[inline(always)]
    pub fn slot(&self, i: usize) -> Option<(&HKey, &Value)> {
        self.entries.get(i).map(|e| (&e.key, &e.value))
    }

    /// `slot` with the value writable.
    #[inline(always)]
    pub fn slot_mut(&mut self, i: usize) -> Option<(&HKey, &mut Value)> {
        self.entries.get_mut(i).map(|e| (&e.key, &mut e.value))
    }

    /// `get_index` with the value writable.
    #[inline(always)]
    pub fn get_index_mut(&mut self, i: usize) -> Option<(&HKey, &mut Value)> {
        match self.entries.get_mut(i) {
            Some(e) if e.live() => Some((&e.key, &mut e.value)),
            _ => None,
        }
    }

    /// The first live slot at or after `i` (for iterators that walk the entries).
    #[inline]
    pub fn next_live(&self, i: usize) -> Option<usize> {
        let rest = self.entries.get(i..)?;
        rest.iter().position(Entry::live).map(|j| i + j)
    }

    /// The last entry in insertion order (part of the `LoadGlobal` builtin cache's check,
    /// so the common case — no hole at the end — is one test).
    #[inline(always)]
    pub fn last(&self) -> Option<(&HKey, &Value)> {
        match self.entries.last() {
            Some(e) if e.live() => Some((&e.key, &e.value)),
            None => None,
            Some(_) => self.last_behind_holes(),
        }
    }

    #[cold]
    #[inline(never)]
    fn last_behind_holes(&self) -> Option<(&HKey, &Value)> {
        self.iter().next_back()
    }

    /// The first entry in insertion order.
    pub fn first(&self) -> Option<(&HKey, &Value)> {
        self.iter().next()
    }

    /// Store `value` under `key`: an equal key already present stays and its value is
    /// replaced (and handed back); a new key goes last. Returns the slot too.
    #[inline]
    pub fn insert_full(&mut self, key: HKey, value: Value) -> (usize, Option<Value>) {
        if self.room == 0 {
            // Full: resize only for a key that is not there (as CPython's `insertdict`).
            if let Some(i) = self.get_index_of(&key) {
                return (
                    i,
                    Some(std::mem::replace(&mut self.entries[i].value, value)),
                );
            }
            self.grow();
        }
        let n = self.entries.len();
        let Some(index) = &mut self.index else {
            if let Some(i) = self.scan(&key) {
                return (
                    i,
                    Some(std::mem::replace(&mut self.entries[i].value, value)),
                );
            }
            self.entries.push(Entry { key, value });
            self.used += 1;
            self.room -= 1;
            return (n, None);
        };
        let entries = &self.entries;
        match index.entry(
            spread(key.hash),
            |&i| key.matches(&entries[i].key),
            |&i| spread(entries[i].key.hash),
        ) {
            Slot::Occupied(e) => {
                let i = *e.get();
                (
                    i,
                    Some(std::mem::replace(&mut self.entries[i].value, value)),
                )
            }
            Slot::Vacant(e) => {
                e.insert(n);
                self.entries.push(Entry { key, value });
                self.used += 1;
                self.room -= 1;
                (n, None)
            }
        }
    }

    #[inline]
    pub fn insert(&mut self, key: HKey, value: Value) -> Option<Value> {
        self.insert_full(key, value).1
    }

    /// `insert`, the replaced value dropped here: a caller that does not want it back saves
    /// moving an `Option<Value>` through memory.
    #[inline]
    pub fn put(&mut self, key: HKey, value: Value) {
        drop(self.insert_full(key, value));
    }

    /// `put`, its common case inlined: a small table (no index) with room, where the key is
    /// found by a scan or appended. (The call of `insert_full` and its handing back of
    /// the slot and old value were a third of adding an attribute to a new instance.)
    #[inline(always)]
    pub fn put_inline(&mut self, key: HKey, value: Value) {
        if self.room == 0 || self.index.is_some() {
            return self.put(key, value);
        }
        match self.scan(&key) {
            Some(i) => self.entries[i].value = value,
            None => {
                // (No reallocation: the entries' capacity is the table's usable room.)
                self.entries.push(Entry { key, value });
                self.used += 1;
                self.room -= 1;
            }
        }
    }

    /// `put` of a key the caller knows is not in the table: with room left and no index (a
    /// new small table: a `super` object's), the entry is appended without the scan for an
    /// equal key.
    #[inline]
    pub fn put_new(&mut self, key: HKey, value: Value) {
        debug_assert!(self.get_index_of(&key).is_none());
        if self.room == 0 || self.index.is_some() {
            return self.put(key, value);
        }
        self.entries.push(Entry { key, value });
        self.used += 1;
        self.room -= 1;
    }

    /// The value under `key`, stored there as `default` first if the key is new
    /// (`setdefault`).
    pub fn get_or_insert(&mut self, key: HKey, default: Value) -> &Value {
        let i = match self.get_index_of(&key) {
            Some(i) => i,
            None => self.insert_full(key, default).0,
        };
        &self.entries[i].value
    }

    /// Remove the entry at slot `i`, leaving a hole: its key and value, `None` for a hole.
    pub fn remove_index(&mut self, i: usize) -> Option<(HKey, Value)> {
        let hash = match self.entries.get(i) {
            Some(e) if e.live() => e.key.hash,
            _ => return None,
        };
        if let Some(index) = &mut self.index {
            if let Ok(e) = index.find_entry(spread(hash), |&j| j == i) {
                e.remove();
            }
        }
        let e = std::mem::replace(
            &mut self.entries[i],
            Entry {
                key: HOLE,
                value: Value::Null,
            },
        );
        self.used -= 1;
        Some((e.key, e.value))
    }

    /// Remove the key `q` matches: its key and value.
    #[inline]
    pub fn remove_entry<Q: Lookup + ?Sized>(&mut self, q: &Q) -> Option<(HKey, Value)> {
        let i = self.get_index_of(q)?;
        self.remove_index(i)
    }

    /// Remove the key `q` matches: its value.
    #[inline]
    pub fn remove<Q: Lookup + ?Sized>(&mut self, q: &Q) -> Option<Value> {
        self.remove_entry(q).map(|(_, v)| v)
    }

    /// Remove the last entry (`popitem`): the entries end where it was, the holes before it
    /// dropped too (the room they took is not given back, as in CPython).
    pub fn pop(&mut self) -> Option<(HKey, Value)> {
        if self.used == 0 {
            return None;
        }
        while self.entries.last().is_some_and(|e| !e.live()) {
            self.entries.pop();
        }
        let r = self.remove_index(self.entries.len() - 1);
        self.entries.pop();
        r
    }

    /// Remove every entry (CPython gives the dict an empty table).
    pub fn clear(&mut self) {
        *self = Map::new();
    }

    /// The entries in insertion order.
    #[inline]
    pub fn iter(&self) -> Iter<'_> {
        Iter {
            entries: self.entries.iter(),
            left: self.used,
        }
    }

    /// The entries in insertion order, values writable.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&HKey, &mut Value)> + '_ {
        self.entries
            .iter_mut()
            .filter(|e| e.live())
            .map(|e| (&e.key, &mut e.value))
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &HKey> + ExactSizeIterator + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> + ExactSizeIterator + '_ {
        self.iter().map(|(_, v)| v)
    }

    /// Make room for a new entry: a table of at least 3 × the live keys (`insertion_resize`).
    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        self.resize(table_size(self.used * 3));
    }

    /// Move to a table of `size` (a power of two holding the live keys), live entries kept in
    /// order (`dictresize`).
    fn resize(&mut self, size: usize) {
        let cap = usable(size);
        debug_assert!(cap > self.used);
        let indexed = size > SCAN_SIZE;
        if self.entries.is_empty() {
            // A new table (the common case: every dict's first key): plain allocations.
            self.entries = Vec::with_capacity(cap);
            self.index = indexed.then(|| Box::new(HashTable::with_capacity(cap)));
        } else if self.entries.len() != self.used || indexed != self.index.is_some() {
            self.entries.retain(Entry::live);
            self.entries.shrink_to(cap);
            self.index = indexed.then(|| {
                let mut index = HashTable::with_capacity(cap);
                for (i, e) in self.entries.iter().enumerate() {
                    index.insert_unique(spread(e.key.hash), i, |_| unreachable!("presized"));
                }
                Box::new(index)
            });
        } else if let Some(index) = &mut self.index {
            let entries = &self.entries;
            index.reserve(cap - self.used, |&i| spread(entries[i].key.hash));
        }
        self.entries.reserve_exact(cap - self.entries.len());
        self.room = cap - self.used;
    }
}

/// The live entries of a `Map`, in order.
#[derive(Clone)]
pub struct Iter<'a> {
    entries: std::slice::Iter<'a, Entry>,
    /// Live entries not yet yielded.
    left: usize,
}

impl<'a> Iterator for Iter<'a> {
    type Item = (&'a HKey, &'a Value);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        let e = self.entries.find(|e| e.live())?;
        self.left -= 1;
        Some((&e.key, &e.value))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl DoubleEndedIterator for Iter<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        let e = self.entries.rfind(|e| e.live())?;
        self.left -= 1;
        Some((&e.key, &e.value))
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a HKey, &'a Value);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl IntoIterator for Map {
    type Item = (HKey, Value);
    type IntoIter =
        std::iter::FilterMap<std::vec::IntoIter<Entry>, fn(Entry) -> Option<(HKey, Value)>>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries
            .into_iter()
            .filter_map(|e| e.live().then_some((e.key, e.value)))
    }
}

impl Extend<(HKey, Value)> for Map {
    fn extend<I: IntoIterator<Item = (HKey, Value)>>(&mut self, items: I) {
        for (k, v) in items {
            self.put(k, v);
        }
    }
}

impl FromIterator<(HKey, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (HKey, Value)>>(items: I) -> Self {
        let items = items.into_iter();
        let mut m = Map::with_capacity(items.size_hint().0);
        m.extend(items);
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(i: i64) -> HKey {
        HKey {
            hash: i,
            value: Value::Int(i),
        }
    }

    fn keys(m: &Map) -> Vec<i64> {
        m.keys()
            .map(|k| match k.value {
                Value::Int(i) => i,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn holes_keep_order_and_slots() {
        let mut m = Map::new();
        for i in 0..5 {
            m.insert(k(i), Value::Int(i * 10));
        }
        assert_eq!(m.remove(&k(1)).map(|v| v.is(&Value::Int(10))), Some(true));
        assert_eq!(m.len(), 4);
        assert_eq!(m.slots(), 5);
        assert!(m.get_index(1).is_none());
        assert_eq!(m.get_index_of(&k(3)), Some(3));
        assert_eq!(m.next_live(1), Some(2));
        // Re-inserting a deleted key appends it. The table was full (5 entries of 8 slots):
        // the new key compacted it first (into 16 slots, CPython 3.11's size for 12).
        m.insert(k(1), Value::Int(1));
        assert_eq!(keys(&m), [0, 2, 3, 4, 1]);
        assert_eq!(m.slots(), 5);
        assert_eq!(m.get_index_of(&k(1)), Some(4));
        m.insert(k(7), Value::Int(7));
        assert_eq!(keys(&m), [0, 2, 3, 4, 1, 7]);
        assert_eq!(m.slots(), 6);
        assert_eq!(m.get_index_of(&k(7)), Some(5));
        let back: Vec<i64> = m.keys().rev().map(|k| k.hash).collect();
        assert_eq!(back, [7, 1, 4, 3, 2, 0]);
    }

    #[test]
    fn table_sizes_are_cpython_3_11s() {
        let sizes: Vec<usize> = [0, 1, 3, 7, 8, 9, 15, 16, 17, 24, 30, 63]
            .map(table_size)
            .into();
        assert_eq!(sizes, [8, 16, 16, 16, 8, 16, 16, 32, 32, 32, 32, 64]);
    }

    #[test]
    fn pop_drops_trailing_holes() {
        let mut m = Map::new();
        for i in 0..4 {
            m.insert(k(i), Value::None);
        }
        m.remove(&k(3));
        m.remove(&k(2));
        assert_eq!(m.pop().map(|(k, _)| k.hash), Some(1));
        assert_eq!(m.slots(), 1);
        assert_eq!(keys(&m), [0]);
    }

    #[test]
    fn many_deletions_are_linear() {
        let mut m = Map::new();
        let n = 200_000;
        for i in 0..n {
            m.insert(k(i), Value::None);
        }
        for i in 0..n {
            assert!(m.remove(&k(i)).is_some());
        }
        assert!(m.is_empty());
        // The holes stay until an insertion finds no room left.
        m.insert(k(5), Value::None);
        assert_eq!(keys(&m), [5]);
    }
}
