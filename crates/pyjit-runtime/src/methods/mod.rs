//! Methods of builtin types, installed into their classes' dictionaries at start-up.

mod dict;
mod list;
mod misc;
pub(crate) mod operators;
pub(crate) mod protocol;

/// Compared by address where calls specialize them (`call_from_stack_value`).
pub(crate) use list::append as list_append;
pub use misc::object_slot;
pub(crate) use set::{set_add, set_discard};
pub(crate) mod set;
mod str;

use crate::object::{BuiltinFn, PyType};
use std::rc::Rc;

/// Add the builtin methods `(name, fn)` to class `t`.
pub fn add(t: &Rc<PyType>, methods: &[(&'static str, BuiltinFn)]) {
    for (name, f) in methods {
        t.dict.set_str(name, crate::builtins::func(name, *f));
    }
}

pub fn install() {
    let t = crate::builtin_types::types();
    if t.str_.dict.get_str("join").is_some() {
        return;
    }
    str::install(&t);
    list::install(&t);
    dict::install(&t);
    set::install(&t);
    misc::install(&t);
    protocol::install(&t);
    operators::install(&t);
}
