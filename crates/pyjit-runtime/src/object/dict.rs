//! `dict` and `set`: insertion-ordered hash tables keyed by `HKey` (a value with its Python hash).

use crate::value::Value;
use indexmap::{IndexMap, IndexSet};
use std::cell::RefCell;
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// A hashable value together with its precomputed Python hash.
#[derive(Clone)]
pub struct HKey {
    pub hash: i64,
    pub value: Value,
}

impl Hash for HKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl PartialEq for HKey {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && crate::ops::compare::key_eq(&self.value, &other.value)
    }
}

impl Eq for HKey {}

/// Spreads Python hashes (small ints hash to themselves) over all 64 bits.
#[derive(Default)]
pub struct MixHasher(u64);

impl Hasher for MixHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_i64(&mut self, i: i64) {
        let x = (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x ^ (x >> 29);
    }
}

pub type Map = IndexMap<HKey, Value, BuildHasherDefault<MixHasher>>;
pub type Set = IndexSet<HKey, BuildHasherDefault<MixHasher>>;

#[derive(Default)]
pub struct PyDict {
    pub map: RefCell<Map>,
}

impl PyDict {
    pub fn new() -> Self {
        PyDict::default()
    }

    pub fn from_map(map: Map) -> Self {
        PyDict {
            map: RefCell::new(map),
        }
    }

    /// Look up a `str` key without building a `Value` for it.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let k = HKey {
            hash: crate::object::PyStr::new(key).hash(),
            value: Value::str(key),
        };
        self.map.borrow().get(&k).cloned()
    }

    pub fn set_str(&self, key: &str, value: Value) {
        let v = Value::str(key);
        let hash = match &v {
            Value::Str(s) => s.hash(),
            _ => 0,
        };
        self.map.borrow_mut().insert(HKey { hash, value: v }, value);
    }

    pub fn len(&self) -> usize {
        self.map.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

pub struct PySet {
    pub set: RefCell<Set>,
    pub frozen: bool,
}

impl PySet {
    pub fn new(set: Set, frozen: bool) -> Self {
        PySet {
            set: RefCell::new(set),
            frozen,
        }
    }
}
