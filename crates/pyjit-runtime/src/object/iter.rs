//! Iterator objects over builtin containers, and the lazy builtins (`map`, `zip`, ...).

use crate::object::{PyDict, PySet};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Which view of a dict: `keys()`, `values()` or `items()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    List {
        list: Value,
        index: usize,
    },
    Tuple {
        tuple: Value,
        index: usize,
    },
    Str {
        s: Value,
        byte_pos: usize,
    },
    /// A set's iterator: walks the table's slots from `pos`; raises once the set's size is no
    /// longer `used` (CPython's check).
    SetWalk {
        set: Rc<PySet>,
        used: usize,
        pos: usize,
    },
    /// A dict's (or view's) iterator: walks the entries from `pos`; raises once the dict's
    /// size is no longer `used`, or when it yields more than `left` more entries.
    DictWalk {
        dict: Rc<PyDict>,
        kind: ViewKind,
        used: usize,
        pos: usize,
        left: usize,
    },
    /// A snapshot of values (`reversed` over a dict or view).
    Values {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        /// `zip(..., strict=True)`: iterables of unequal lengths raise `ValueError`.
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// An object with `__getitem__` but no `__iter__`.
    SeqGetItem {
        obj: Value,
        index: i64,
    },
    /// A live view of a dict (`d.keys()`, ...): iterable (each `iter()` starts afresh over the
    /// dict's current contents) but not itself an iterator.
    DictView {
        dict: Rc<PyDict>,
        kind: ViewKind,
    },
    Exhausted,
}

pub struct PyIter {
    pub state: RefCell<IterState>,
    /// The Python-visible type name (`list_iterator`, `map`, ...).
    pub type_name: &'static str,
}

impl PyIter {
    pub fn new(state: IterState, type_name: &'static str) -> Self {
        PyIter {
            state: RefCell::new(state),
            type_name,
        }
    }
}
