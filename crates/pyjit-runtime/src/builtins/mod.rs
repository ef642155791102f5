//! The `builtins` module: functions (`print`, `len`, ...), type constructors and exceptions.

pub(crate) mod ctor;
pub(crate) mod functions;
pub mod io;
mod numeric;
mod seq;

pub use ctor::{construct, new_super, small_int};
pub use functions::{dir_names, sorted_keys};
pub use seq::sort_options;

use crate::builtin_types::types;
use crate::object::{BuiltinFn, BuiltinFunction, PyDict};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// A builtin function value.
pub fn func(name: &'static str, f: BuiltinFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func: f,
        bound: None,
        owner: None,
    }))
}

pub fn register(d: &PyDict, name: &'static str, f: BuiltinFn) {
    d.set_str(name, func(name, f));
}

pub fn install(vm: &mut Vm) {
    let d = vm.builtins.clone();
    let t = types();
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("float", &t.float),
        ("bool", &t.bool_),
        ("str", &t.str_),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
    ] {
        d.set_str(name, Value::Type(ty.clone()));
    }
    for name in &t.exception_order {
        d.set_str(name, Value::Type(t.exceptions[name].clone()));
    }
    d.set_str(
        "EnvironmentError",
        Value::Type(t.exceptions["OSError"].clone()),
    );
    d.set_str("IOError", Value::Type(t.exceptions["OSError"].clone()));
    d.set_str("NotImplemented", Value::NotImplemented);
    d.set_str("Ellipsis", Value::Ellipsis);
    d.set_str("__name__", Value::str("builtins"));
    register(&d, "open", io::open);
    functions::install(&d);
    numeric::install(&d);
    seq::install(&d);
}
