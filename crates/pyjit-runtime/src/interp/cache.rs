//! Inline caches: what a polymorphic instruction learned the last time it ran.
//!
//! Each instruction that looks something up by name (`LoadGlobal`, `LoadAttr`, `StoreAttr`,
//! `LoadMethod`) owns one `Cache` slot. The first execution takes the generic path and records
//! where it found the answer (a dictionary index, a class and its position in the MRO); later
//! executions check that record with a few compares and read the answer directly. A failed
//! check falls back to the generic path and re-records, so a cache can never give a wrong
//! answer, only a slower one — this is PEP 659's "quickening", with the specialized form
//! selected by the cache's variant instead of by rewriting the opcode.
//!
//! Validity rests on two facts:
//! - dictionary keys are checked at the recorded slot (an entry keeps its slot until the
//!   table is rebuilt, so a key found at its recorded slot is the key we want; a deletion
//!   leaves a hole there, whose key matches no name);
//! - any change to any class bumps the global *type epoch*, so class lookups recorded before
//!   the change no longer match.

use crate::value::Value;
use std::cell::Cell;

thread_local! {
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// The current type epoch.
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// Where the current thread's type epoch lives, for compiled code that compares it
/// (`attr.base` in machine code). The thread-local has a `const` initializer and no
/// destructor, so the address stays valid as long as the thread runs, and traces run only on
/// the thread that compiled them.
pub fn type_epoch_addr() -> *const u64 {
    TYPE_EPOCH.with(|e| e.as_ptr() as *const u64)
}

/// Invalidate every class-based cache (a class attribute was set or deleted).
pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

#[derive(Clone, Copy, Debug, Default)]
pub enum Cache {
    #[default]
    Empty,
    /// A module global at this index of the globals dict.
    Global { index: u32 },
    /// A builtin at this index of the builtins dict; valid while the globals dict has the same
    /// length and last key (so no global shadowing it was added).
    Builtin {
        index: u32,
        globals_len: u32,
        globals_last: usize,
    },
    /// An instance attribute at this index of the instance dict, for instances of one class.
    InstanceAttr { class: u64, epoch: u64, index: u32 },
    /// A store that adds a new attribute to an instance whose dict has `len` entries.
    InstanceAdd { class: u64, epoch: u64, len: u32 },
    /// A function found on the class (at `mro_pos` of its MRO, dict index `index`).
    Method {
        class: u64,
        epoch: u64,
        mro_pos: u32,
        index: u32,
    },
    /// A function or static method found through a user class (`Cls.helper(...)`): the class
    /// object's own version, and where in its MRO the attribute is (see `class_method_hit`).
    ClassMethod {
        class: u64,
        epoch: u64,
        mro_pos: u32,
        index: u32,
    },
    /// `super().name(...)` in a method of class `this` (its address) on an instance of a class
    /// with version `class`: the function at `index` of the dict at `mro_pos` of that class's
    /// MRO (see `super_method_hit`).
    SuperMethod {
        this: usize,
        class: u64,
        epoch: u64,
        mro_pos: u32,
        index: u32,
    },
    /// A method of a builtin class (`list.append`), for receivers of one `Value` variant
    /// (and, for a set, of one of `set` and `frozenset`, which share the variant): the
    /// method itself, `Rc::as_ptr` of the `BuiltinFunction` the class's dict holds. A builtin
    /// class's dict never changes (setting or deleting its attributes is a `TypeError`, and
    /// the JIT embeds these methods as constants for the same reason), so that reference
    /// keeps the method alive as long as the VM, and the entry needs no check but the
    /// receiver's kind (see `eval::builtin_method_at`).
    BuiltinMethod {
        tag: std::mem::Discriminant<Value>,
        frozen: bool,
        method: *const crate::object::BuiltinFunction,
    },
    /// A module attribute at this index of the module dict.
    ModuleAttr { index: u32 },
    /// On a backward `Jump`: the JIT will never compile this loop, so the back-edge no longer
    /// calls it (see `interp/jit_hook.rs`).
    NoJit,
}

/// Whether the dict key `k` is the name `name`.
#[inline]
pub fn key_is(k: &Value, name: &Value) -> bool {
    match (k, name) {
        (Value::Str(a), Value::Str(b)) => {
            std::rc::Rc::ptr_eq(a, b) || (a.hash() == b.hash() && a.as_str() == b.as_str())
        }
        _ => false,
    }
}

/// Address of a dict's last key, used as part of a fingerprint of its key set.
pub fn last_key_addr(map: &crate::object::Map) -> usize {
    map.last().and_then(|(k, _)| k.value.ptr()).unwrap_or(0)
}

/// Up to four cache entries per instruction: a polymorphic site (say `self.run()` on several
/// task classes) keeps one entry per receiver class, most recent first.
#[derive(Default)]
pub struct CacheSlot {
    pub entries: [Cell<Cache>; 4],
}

impl CacheSlot {
    /// The most recent entry.
    #[inline]
    pub fn first(&self) -> Cache {
        self.entries[0].get()
    }

    /// Record a new entry in front, dropping the oldest.
    pub fn fill(&self, c: Cache) {
        for i in (1..self.entries.len()).rev() {
            self.entries[i].set(self.entries[i - 1].get());
        }
        self.entries[0].set(c);
    }

    /// Try each recorded entry with `hit`, stopping at the first empty one.
    #[inline]
    pub fn probe<T>(&self, mut hit: impl FnMut(Cache) -> Option<T>) -> Option<T> {
        for e in &self.entries {
            let c = e.get();
            if matches!(c, Cache::Empty) {
                return None;
            }
            if let Some(v) = hit(c) {
                return Some(v);
            }
        }
        None
    }
}
