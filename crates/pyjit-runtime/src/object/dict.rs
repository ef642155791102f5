//! `dict` and `set`: hash tables keyed by `HKey` (a value with its Python hash).

use super::dict_table::Lookup;
use crate::error::{PyErr, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::hash::{Hash, Hasher};

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
        if self.hash != other.hash {
            return false;
        }
        if crate::ops::compare::key_eq(&self.value, &other.value) {
            return true;
        }
        // Equal hashes but not trivially equal: instances of classes defining `__eq__` need
        // a call into Python. `self` is the probe and `other` the stored key; CPython asks the
        // stored key first.
        if matches!(self.value, Value::Instance(_)) || matches!(other.value, Value::Instance(_)) {
            return python_key_eq(&other.value, &self.value);
        }
        false
    }
}

thread_local! {
    /// The VM lent to `HKey` equality by `Vm::with_key_eq` (null outside such a scope).
    static KEY_EQ_VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
    /// The first exception raised by an `__eq__` called from `HKey` equality in the current
    /// scope (empty whenever no scope is inside a `python_key_eq` call).
    static KEY_EQ_ERR: RefCell<Option<PyErr>> = const { RefCell::new(None) };
    /// Whether `KEY_EQ_ERR` holds an exception (checked without touching the `RefCell`).
    static KEY_EQ_FAILED: Cell<bool> = const { Cell::new(false) };
    /// Set when `HKey` equality outside a `with_key_eq` scope met an instance key of equal
    /// hash and answered by identity, skipping its `__eq__` (see `Vm::set_insert`).
    static KEY_EQ_SKIPPED: Cell<bool> = const { Cell::new(false) };
}

/// `stored == probe` through the VM lent by the innermost `Vm::with_key_eq` scope; identity
/// (already known false) outside such a scope.
fn python_key_eq(stored: &Value, probe: &Value) -> bool {
    let vm = KEY_EQ_VM.with(|c| c.replace(std::ptr::null_mut()));
    if vm.is_null() {
        KEY_EQ_SKIPPED.with(|c| c.set(true));
        return false;
    }
    // Scopes entered by the `__eq__` (dict operations in Python code) start with an empty
    // error slot: this scope's pending exception is set aside meanwhile.
    let pending = KEY_EQ_ERR.with(|c| c.borrow_mut().take());
    KEY_EQ_FAILED.with(|f| f.set(false));
    // SAFETY: `vm` was derived from the `&mut Vm` lent to `with_key_eq`, which is not used
    // until that scope's closure returns; the slot is cleared while this call runs, so no
    // second reference is created from it meanwhile (nested scopes lend their own).
    let r = unsafe { (*vm).eq(stored, probe) };
    KEY_EQ_VM.with(|c| c.set(vm));
    let equal = matches!(r, Ok(true));
    let keep = match (pending, r) {
        (Some(e), _) => Some(e),
        (None, Err(e)) => Some(e),
        (None, Ok(_)) => None,
    };
    let failed = keep.is_some();
    KEY_EQ_ERR.with(|c| *c.borrow_mut() = keep);
    KEY_EQ_FAILED.with(|f| f.set(failed));
    equal
}

impl Vm {
    /// Run `f` (a lookup or update of a dict/set table) so that keys that are instances of
    /// classes defining `__eq__` compare with it; an exception raised by such an `__eq__`
    /// is returned after `f` completes. `f` cannot capture the VM, which is lent to the key
    /// comparisons for the duration.
    #[inline]
    pub fn with_key_eq<R>(&mut self, f: impl FnOnce() -> R) -> PyResult<R> {
        let prev = KEY_EQ_VM.with(|c| c.replace(self as *mut Vm));
        let r = f();
        KEY_EQ_VM.with(|c| c.set(prev));
        if KEY_EQ_FAILED.with(|f| f.replace(false)) {
            if let Some(e) = KEY_EQ_ERR.with(|c| c.borrow_mut().take()) {
                return Err(e);
            }
        }
        Ok(r)
    }
}

impl Eq for HKey {}

/// The error for changing a dict or set while one of its keys' `__eq__` is running (pyjit
/// cannot restart the lookup as CPython does).
pub fn changed_during_lookup() -> PyErr {
    PyErr::new(
        "RuntimeError",
        "dictionary or set changed by a key's __eq__ during a lookup",
    )
}

impl PyDict {
    /// Mutable access for operations a program can reach while a lookup in this dict is
    /// running one of its keys' `__eq__`: an error instead of a borrow panic.
    pub fn map_mut(&self) -> PyResult<std::cell::RefMut<'_, Map>> {
        self.map
            .try_borrow_mut()
            .map_err(|_| changed_during_lookup())
    }
}

impl PySet {
    /// See `PyDict::map_mut`.
    pub fn set_mut(&self) -> PyResult<std::cell::RefMut<'_, Set>> {
        self.set
            .try_borrow_mut()
            .map_err(|_| changed_during_lookup())
    }
}

impl Vm {
    /// The key under which `key` is stored in `map` (an equal key, found with `__eq__`
    /// under a shared borrow), or `key` itself when absent. Mutating the map with the result
    /// needs identity comparisons only, so no Python code runs while it is borrowed mutably.
    pub fn resolve_key(&mut self, map: &RefCell<Map>, key: HKey) -> PyResult<HKey> {
        let found =
            self.with_key_eq(|| map.borrow().get_key_value(&key).map(|(k, _)| k.clone()))?;
        Ok(found.unwrap_or(key))
    }

    /// `resolve_key` for a set table.
    pub fn resolve_set_key(&mut self, set: &RefCell<Set>, key: HKey) -> PyResult<HKey> {
        let found = self.with_key_eq(|| set.borrow().get(&key).cloned())?;
        Ok(found.unwrap_or(key))
    }
}

/// Where a probe sits in a table, found without running Python code (see `Probe`).
pub enum Slot {
    Found(usize),
    Absent,
    /// A stored instance key has the probe's hash: only its `__eq__` can tell.
    NeedsEq,
}

/// A lookup key borrowed from the value looked up, for probes that are not instances.
///
/// The general path (`hkey` + `with_key_eq`) clones the probe into an `HKey`, lends the VM
/// through thread-locals, and for an insertion or removal looks the key up twice
/// (`resolve_key`, then the update). A probe that is not an instance compares with stored
/// keys without Python code — except with a stored instance key of equal hash, whose
/// `__eq__` CPython calls. That case is only recorded (`Slot::NeedsEq`), and the caller
/// takes the general path: the answer is the one `HKey::eq` gives in a `with_key_eq` scope.
struct Probe<'a> {
    hash: i64,
    value: &'a Value,
    needs_eq: Cell<bool>,
}

impl Lookup for Probe<'_> {
    #[inline(always)]
    fn key_hash(&self) -> i64 {
        self.hash
    }

    #[inline(always)]
    fn matches(&self, key: &HKey) -> bool {
        if key.hash != self.hash {
            return false;
        }
        if crate::ops::compare::key_eq(self.value, &key.value) {
            return true;
        }
        if matches!(key.value, Value::Instance(_)) {
            self.needs_eq.set(true);
        }
        false
    }
}

impl Probe<'_> {
    fn slot(&self, found: Option<usize>) -> Slot {
        match found {
            Some(i) => Slot::Found(i),
            None if self.needs_eq.get() => Slot::NeedsEq,
            None => Slot::Absent,
        }
    }
}

/// Look up `value` (not an instance; `hash` is its hash) in a dict table. Kept out of line
/// as `probe_set` is (inlined through `quick_contains`, richards +1.5%).
#[inline(never)]
pub fn probe_map(map: &Map, hash: i64, value: &Value) -> Slot {
    debug_assert!(!matches!(value, Value::Instance(_)));
    let p = Probe {
        hash,
        value,
        needs_eq: Cell::new(false),
    };
    p.slot(map.get_index_of(&p))
}

/// Look up `value` (not an instance; `hash` is its hash) in a set table. Kept out of line:
/// inlined into the evaluation loop it changed the loop's register allocation (richards +1.7%).
#[inline(never)]
pub fn probe_set(set: &Set, hash: i64, value: &Value) -> Slot {
    debug_assert!(!matches!(value, Value::Instance(_)));
    let p = Probe {
        hash,
        value,
        needs_eq: Cell::new(false),
    };
    let found = set.find_by(hash, |k| p.matches(k));
    // An instance key of equal hash met before the match is one CPython compares first,
    // calling its `__eq__` (whose answer or side effects count): the general path does.
    if p.needs_eq.get() {
        return Slot::NeedsEq;
    }
    p.slot(found)
}

/// `probe_set` of an int below the hash modulus, of hash `hash`: stored ints
/// are compared inline and the instance flag is a local, not `Probe`'s shared cell
/// (nqueens' `col in self.cols`, ~140 K lookups a quick run). Only the JIT's `contains`
/// helper calls it: in `quick_contains`, which the evaluation loop inlines, it changed the
/// loop's code (go `--jit=off` +1.3%).
#[inline(never)]
fn probe_set_int(set: &Set, i: i64, hash: i64) -> Slot {
    let mut needs_eq = false;
    let found = set.find_by(hash, |k| match &k.value {
        Value::Int(x) => *x == i,
        Value::Instance(_) => {
            needs_eq = true;
            false
        }
        other => crate::ops::compare::key_eq(&Value::Int(i), other),
    });
    // As in `probe_set`: an instance met before the match is compared first by CPython.
    match found {
        _ if needs_eq => Slot::NeedsEq,
        Some(j) => Slot::Found(j),
        None => Slot::Absent,
    }
}

/// `i in s` for an int, by `probe_set_int`; `None` for an int past the hash modulus, a set
/// borrowed mutably, or where only a stored instance key's `__eq__` could tell.
#[inline(always)]
pub fn quick_set_contains_int(s: &PySet, i: i64) -> Option<bool> {
    let hash = crate::ops::compare::quick_int_hash(i)?;
    match probe_set_int(&*s.set.try_borrow().ok()?, i, hash) {
        Slot::Found(_) => Some(true),
        Slot::Absent => Some(false),
        Slot::NeedsEq => None,
    }
}

/// `item in container` for a set or dict and an int or str `item`, answered by one probe;
/// `None` for other operands, and where only a stored instance key's `__eq__` could tell.
#[inline(always)]
pub fn quick_contains(container: &Value, item: &Value) -> Option<bool> {
    let hash = crate::ops::compare::quick_hash(item)?;
    let slot = match container {
        Value::Set(s) => probe_set(&*s.set.try_borrow().ok()?, hash, item),
        Value::Dict(d) => probe_map(&*d.map.try_borrow().ok()?, hash, item),
        _ => return None,
    };
    match slot {
        Slot::Found(_) => Some(true),
        Slot::Absent => Some(false),
        Slot::NeedsEq => None,
    }
}

/// The set of `items` when they are all ints below the hash modulus (go's `seen = {pos}`),
/// added in order without the key vector and the `__eq__` scope of the general path; `None`
/// for any other items.
fn int_set(items: &[Value]) -> Option<Set> {
    let mut set = Set::new();
    for v in items {
        let Value::Int(i) = *v else {
            return None;
        };
        let hash = crate::ops::compare::quick_int_hash(i)?;
        // Every stored key is an int: equal exactly when it is `i`.
        let added = set.insert_int(i, hash, |e| {
            Some(matches!(e.value, Value::Int(x) if x == i))
        });
        debug_assert!(added.is_some());
    }
    Some(set)
}

/// `s.add(i)` for an int `i` of a set `s` that is not frozen, comparing with stored keys
/// inline (go's `liberties.add(q)`, `seen.add(q)`: 210 K adds a quick run); false, with `s`
/// unchanged, where the general path (`Vm::set_insert`) must decide: an int past the hash
/// modulus, a set borrowed, or a stored instance key of equal hash (its `__eq__` runs).
/// Inlined into `call_builtin_method1` (out of the evaluation loop): called, its prologue
/// cost ~9 instructions an add.
#[inline(always)]
pub fn quick_add_int(s: &PySet, i: i64) -> bool {
    debug_assert!(!s.frozen);
    let Some(hash) = crate::ops::compare::quick_int_hash(i) else {
        return false;
    };
    let Ok(mut set) = s.set.try_borrow_mut() else {
        return false;
    };
    set.insert_int(i, hash, |e| match &e.value {
        Value::Int(x) => Some(*x == i),
        Value::Instance(_) => None,
        other => Some(crate::ops::compare::key_eq(&Value::Int(i), other)),
    })
    .is_some()
}

/// `s.discard(item)` for an int or str `item`, by one probe; `None` where only a stored
/// instance key's `__eq__` could tell (or the set is borrowed): the general path decides.
#[inline]
pub fn quick_discard(s: &PySet, item: &Value) -> Option<()> {
    let hash = crate::ops::compare::quick_hash(item)?;
    let slot = probe_set(&*s.set.try_borrow().ok()?, hash, item);
    match slot {
        Slot::Found(i) => {
            // The key is dropped once the table is no longer borrowed.
            let removed = s.set.try_borrow_mut().ok()?.remove_slot(i);
            drop(removed);
            Some(())
        }
        Slot::Absent => Some(()),
        Slot::NeedsEq => None,
    }
}

/// A mutable set used as the argument of `in`, `discard` or `remove` on a set is looked up
/// as the equal frozenset, as CPython does.
fn frozen_probe(item: &Value) -> Option<Value> {
    match item {
        Value::Set(x) if !x.frozen => Some(Value::Set(std::rc::Rc::new(PySet::new(
            x.set.borrow().clone(),
            true,
        )))),
        _ => None,
    }
}

impl Vm {
    /// `item in s`.
    pub fn set_contains(&mut self, s: &PySet, item: &Value) -> PyResult<bool> {
        if !matches!(item, Value::Instance(_)) {
            let hash = match self.hash(item) {
                Ok(h) => h,
                Err(e) => match frozen_probe(item) {
                    Some(f) => return self.set_contains(s, &f),
                    None => return Err(e),
                },
            };
            let slot = probe_set(&s.set.borrow(), hash, item);
            match slot {
                Slot::Found(_) => return Ok(true),
                Slot::Absent => return Ok(false),
                Slot::NeedsEq => {}
            }
        }
        let k = self.hkey(item.clone())?;
        self.with_key_eq(|| s.set.borrow().contains(&k))
    }

    /// `item in d`.
    pub fn dict_contains(&mut self, d: &PyDict, item: &Value) -> PyResult<bool> {
        if !matches!(item, Value::Instance(_)) {
            let hash = self.hash(item)?;
            let slot = probe_map(&d.map.borrow(), hash, item);
            match slot {
                Slot::Found(_) => return Ok(true),
                Slot::Absent => return Ok(false),
                Slot::NeedsEq => {}
            }
        }
        let k = self.hkey(item.clone())?;
        self.with_key_eq(|| d.map.borrow().contains_key(&k))
    }

    /// `{a, b, ...}` of `items`, added in order (out of the evaluation loop, where it made
    /// the code around the other instructions worse).
    #[inline(never)]
    pub fn build_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        if let Some(set) = int_set(&items) {
            return Ok(Value::Set(std::rc::Rc::new(PySet::new(set, false))));
        }
        let mut keys = Vec::with_capacity(items.len());
        for v in items {
            keys.push(self.hkey(v)?);
        }
        let set: Set = self.with_key_eq(move || keys.into_iter().collect())?;
        Ok(Value::Set(std::rc::Rc::new(PySet::new(set, false))))
    }

    /// `s.add(item)`: an equal key already present stays (as in CPython).
    pub fn set_insert(&mut self, s: &PySet, item: Value) -> PyResult<()> {
        let hash = self.hash(&item)?;
        self.set_insert_key(s, HKey { hash, value: item })
    }

    /// `set_insert` of a key whose hash is known. (Inlined into `set_insert`: called, with
    /// the key passed through memory, `set.add` cost 3% more.)
    ///
    /// One probe for a key that is not an instance, comparing with builtin equality and
    /// identity only; only a stored instance key of equal hash (whose `__eq__` must run, with
    /// the set not borrowed) sends it to the general path.
    #[inline(always)]
    pub fn set_insert_key(&mut self, s: &PySet, k: HKey) -> PyResult<()> {
        let k = if matches!(k.value, Value::Instance(_)) {
            k
        } else {
            let r = s.set_mut()?.insert_by(k, |k, e| {
                if crate::ops::compare::key_eq(&k.value, &e.value) {
                    Some(true)
                } else if matches!(e.value, Value::Instance(_)) {
                    None
                } else {
                    Some(false)
                }
            });
            match r {
                Ok(_) => return Ok(()),
                Err(k) => k,
            }
        };
        let k = self.resolve_set_key(&s.set, k)?;
        s.set_mut()?.insert(k);
        Ok(())
    }

    /// Remove `item` from `s`; whether it was there.
    pub fn set_remove_key(&mut self, s: &PySet, item: &Value) -> PyResult<bool> {
        let hash = match self.hash(item) {
            Ok(h) => h,
            Err(e) => match frozen_probe(item) {
                Some(f) => return self.set_remove_key(s, &f),
                None => return Err(e),
            },
        };
        if !matches!(item, Value::Instance(_)) {
            let slot = probe_set(&s.set.borrow(), hash, item);
            match slot {
                Slot::Found(i) => {
                    let removed = s.set_mut()?.remove_slot(i);
                    drop(removed);
                    return Ok(true);
                }
                Slot::Absent => return Ok(false),
                Slot::NeedsEq => {}
            }
        }
        let k = HKey {
            hash,
            value: item.clone(),
        };
        let k = self.resolve_set_key(&s.set, k)?;
        let removed = s.set_mut()?.remove(&k);
        Ok(removed.is_some())
    }

    /// `d[key]`, `None` when absent.
    pub fn dict_lookup(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        if !matches!(key, Value::Instance(_)) {
            let hash = self.hash(key)?;
            let map = d.map.borrow();
            match probe_map(&map, hash, key) {
                Slot::Found(i) => return Ok(map.get_index(i).map(|(_, v)| v.clone())),
                Slot::Absent => return Ok(None),
                Slot::NeedsEq => {}
            }
        }
        let k = self.hkey(key.clone())?;
        self.with_key_eq(|| d.map.borrow().get(&k).cloned())
    }

    /// Remove `key` from `d` (`del d[key]`, `d.pop(key)`): its value, `None` if absent.
    pub fn dict_remove(&mut self, d: &PyDict, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        if !matches!(key, Value::Instance(_)) {
            let slot = probe_map(&d.map.borrow(), hash, key);
            match slot {
                Slot::Found(i) => {
                    let removed = d.map_mut()?.remove_index(i);
                    // The key is dropped here, once the table is no longer borrowed.
                    return Ok(removed.map(|(_, v)| v));
                }
                Slot::Absent => return Ok(None),
                Slot::NeedsEq => {}
            }
        }
        let k = HKey {
            hash,
            value: key.clone(),
        };
        let k = self.resolve_key(&d.map, k)?;
        let removed = d.map_mut()?.remove(&k);
        Ok(removed)
    }

    /// `d[key] = value`: an equal key already present stays, its value is replaced.
    ///
    /// One probe, as `set_insert`: undone and redone by the general path when an instance
    /// key's `__eq__` was skipped and `key` was appended.
    pub fn dict_store(&mut self, d: &PyDict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        KEY_EQ_SKIPPED.with(|c| c.set(false));
        let (_, old) = d.map_mut()?.insert_full(HKey { hash, value: key }, value);
        if old.is_some() || !KEY_EQ_SKIPPED.with(|c| c.get()) {
            // The replaced value is dropped once the table is no longer borrowed.
            drop(old);
            return Ok(());
        }
        let Some((k, v)) = d.map_mut()?.pop() else {
            return Ok(());
        };
        let k = self.resolve_key(&d.map, k)?;
        d.map_mut()?.insert(k, v);
        Ok(())
    }
}

/// A borrowed `str` key for lookups that must not allocate.
pub struct StrKey<'a> {
    hash: i64,
    text: &'a str,
}

impl<'a> StrKey<'a> {
    pub fn new(text: &'a str) -> Self {
        StrKey {
            hash: crate::object::str::hash_str(text),
            text,
        }
    }
}

impl Lookup for StrKey<'_> {
    #[inline(always)]
    fn key_hash(&self) -> i64 {
        self.hash
    }

    #[inline(always)]
    fn matches(&self, key: &HKey) -> bool {
        key.hash == self.hash && matches!(&key.value, Value::Str(s) if s.as_str() == self.text)
    }
}

/// The table of a `dict` (CPython's compact layout: `dict_table`).
pub type Map = super::dict_table::Map;
/// The table of a `set` or `frozenset` (CPython's layout and order: `set_table`).
pub type Set = super::set_table::SetTable;

/// `repr(C)`, the map first: see `InstDict`, which holds one inline.
#[derive(Default)]
#[repr(C)]
pub struct PyDict {
    pub map: RefCell<Map>,
    /// The cycle collector's registry index (`crate::gc`).
    pub gc: crate::gc::GcLink,
}

impl Drop for PyDict {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
    }
}

impl PyDict {
    pub fn new() -> Self {
        PyDict::default()
    }

    /// The (key, value) pairs, copied out in order (for code that runs Python on them).
    pub fn entries(&self) -> Vec<(Value, Value)> {
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| (k.value.clone(), v.clone()))
            .collect()
    }

    pub fn with_capacity(n: usize) -> Self {
        PyDict::from_map(Map::with_capacity(n))
    }

    pub fn from_map(map: Map) -> Self {
        PyDict {
            map: RefCell::new(map),
            gc: crate::gc::GcLink::new(),
        }
    }

    /// Look up a `str` key without building a `Value` for it.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.map.borrow().get(&StrKey::new(key)).cloned()
    }

    /// Whether a `str` key is present.
    pub fn contains_str(&self, key: &str) -> bool {
        self.map.borrow().contains_key(&StrKey::new(key))
    }

    /// The position of a `str` key in insertion order.
    pub fn index_of_str(&self, key: &str) -> Option<usize> {
        self.map.borrow().get_index_of(&StrKey::new(key))
    }

    /// Insert under a `str` value used as the key itself (its cached hash is reused).
    pub fn set_name(&self, key: Value, value: Value) {
        let hash = match &key {
            Value::Str(s) => s.hash(),
            _ => 0,
        };
        self.map
            .borrow_mut()
            .insert(HKey { hash, value: key }, value);
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

/// A value whose hash and equality run no Python code and cannot raise: an int, float,
/// bool, `None`, string, or a tuple of such values.
pub fn simple_key(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Str(_) => true,
        Value::Tuple(t) => t.items.iter().all(simple_key),
        _ => false,
    }
}

impl Vm {
    /// For compiled traces: where the [`simple_key`] `key` sits in `d` (its hash, and its
    /// entry's index or `None` when absent), found without running Python code. `None` when
    /// that cannot be decided so (a stored instance key of equal hash, the table borrowed).
    pub fn dict_slot_simple(&mut self, d: &PyDict, key: &Value) -> Option<(i64, Option<usize>)> {
        if !simple_key(key) {
            return None;
        }
        let hash = self.hash(key).ok()?;
        match probe_map(&*d.map.try_borrow().ok()?, hash, key) {
            Slot::Found(i) => Some((hash, Some(i))),
            Slot::Absent => Some((hash, None)),
            Slot::NeedsEq => None,
        }
    }

    /// [`Vm::dict_slot_simple`] for a set.
    pub fn set_slot_simple(&mut self, s: &PySet, key: &Value) -> Option<(i64, Option<usize>)> {
        if !simple_key(key) {
            return None;
        }
        let hash = self.hash(key).ok()?;
        match probe_set(&*s.set.try_borrow().ok()?, hash, key) {
            Slot::Found(i) => Some((hash, Some(i))),
            Slot::Absent => Some((hash, None)),
            Slot::NeedsEq => None,
        }
    }

    /// `s.add(key)` for a [`simple_key`] `key` in one probe (the lookup and the insertion
    /// are the same scan), without running Python code; `None`, the set unchanged, when
    /// that cannot be decided so (a stored instance key of equal hash, the set borrowed).
    /// For compiled traces.
    pub fn set_add_simple(&mut self, s: &PySet, key: &Value) -> Option<()> {
        if let Value::Int(i) = *key {
            if !s.frozen && quick_add_int(s, i) {
                return Some(());
            }
        }
        if !simple_key(key) {
            return None;
        }
        let hash = self.hash(key).ok()?;
        let k = HKey {
            hash,
            value: key.clone(),
        };
        let r = s.set.try_borrow_mut().ok()?.insert_by(k, |k, e| {
            if crate::ops::compare::key_eq(&k.value, &e.value) {
                Some(true)
            } else if matches!(e.value, Value::Instance(_)) {
                None
            } else {
                Some(false)
            }
        });
        r.ok().map(|_| ())
    }

    /// `item in container` when it can be answered without running Python code and without
    /// raising: `item` is a [`simple_key`], the container a string (with a string item), a
    /// list or tuple whose items compared are simple too, a dict or a set (without a stored
    /// instance key of the same hash). `None` otherwise: the caller takes the general path
    /// (`Vm::contains`), which gives the same answer or raises. For compiled traces.
    pub fn contains_simple(&mut self, container: &Value, item: &Value) -> Option<bool> {
        // An int or str in a set or dict: one probe, as the interpreter's `in` does.
        if matches!(container, Value::Set(_) | Value::Dict(_)) {
            if let Some(r) = quick_contains(container, item) {
                return Some(r);
            }
        }
        if !simple_key(item) {
            return None;
        }
        let in_items = |items: &[Value]| {
            for v in items {
                if v.is(item) {
                    return Some(true);
                }
                if !simple_key(v) {
                    return None;
                }
                if crate::ops::compare::key_eq(v, item) {
                    return Some(true);
                }
            }
            Some(false)
        };
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Some(s.as_str().contains(sub.as_str())),
                _ => None,
            },
            Value::List(l) => in_items(&l.items.try_borrow().ok()?),
            Value::Tuple(t) => in_items(&t.items),
            Value::Dict(d) => {
                let hash = self.hash(item).ok()?;
                match probe_map(&*d.map.try_borrow().ok()?, hash, item) {
                    Slot::Found(_) => Some(true),
                    Slot::Absent => Some(false),
                    Slot::NeedsEq => None,
                }
            }
            Value::Set(s) => {
                let hash = self.hash(item).ok()?;
                match probe_set(&*s.set.try_borrow().ok()?, hash, item) {
                    Slot::Found(_) => Some(true),
                    Slot::Absent => Some(false),
                    Slot::NeedsEq => None,
                }
            }
            _ => None,
        }
    }
}
