//! Heap objects behind `Value`'s pointer variants.

mod dict;
mod function;
mod iter;
mod seq;
pub(crate) mod str;
mod types;

pub use self::str::PyStr;
pub use dict::{quick_contains, recycled_set, simple_key, HKey, Map, PyDict, PySet, Set, StrKey};

/// An empty set table.
pub fn dict_set_new() -> Set {
    Set::default()
}
pub use function::{BoundMethod, BuiltinFn, BuiltinFunction, Function, Generator, Module};
pub use iter::{IterState, PyIter, ViewKind};
pub use seq::{PyList, PyRange, PySlice, PyTuple};
pub use types::{ExcState, Instance, PyType, TypeKind};
