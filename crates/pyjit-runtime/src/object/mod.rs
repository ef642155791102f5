//! Heap objects behind `Value`'s pointer variants.

mod dict;
mod dict_table;
mod function;
mod iter;
mod seq;
mod set_table;
pub(crate) mod str;
mod types;

pub use self::str::PyStr;
pub use dict::{
    quick_add_int, quick_contains, quick_discard, quick_set_contains_int, simple_key, HKey, Map,
    PyDict, PySet, Set, StrKey,
};
pub use set_table::{
    SetTable, CTRL_DELETED as SET_CTRL_DELETED, CTRL_EMPTY as SET_CTRL_EMPTY,
    CTRL_LIVE as SET_CTRL_LIVE, DUMMY_HASH as SET_DUMMY_HASH, FILL_OFFSET as SET_FILL_OFFSET,
    LINEAR_PROBES as SET_LINEAR_PROBES, MASK_OFFSET as SET_MASK_OFFSET,
    USED_OFFSET as SET_USED_OFFSET,
};

/// An empty set table.
pub fn dict_set_new() -> Set {
    Set::default()
}
pub use function::{BoundMethod, BuiltinFn, BuiltinFunction, Function, Generator, Module};
pub use iter::{IterState, PyIter, ViewKind};
pub use seq::{insert_at, remove_at, PyList, PyRange, PySlice, PyTuple};
pub use types::{ExcState, InstDict, Instance, PyType, TypeKind};
