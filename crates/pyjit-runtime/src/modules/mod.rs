//! Modules implemented in Rust: `sys`, `math`, `time`, `os`, `gc`.

pub mod abc;
mod gc;
mod math;
mod math_gamma;
mod os;
mod sys;
mod time;

use crate::error::PyResult;
use crate::object::Module;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// `__future__`: the compiler handles the features; the module only gives the names values.
fn future(vm: &mut Vm) -> Rc<Module> {
    let mut entries: Vec<(&str, Value)> = pyjit_compiler::codegen::FUTURE_FEATURES
        .iter()
        .map(|f| (*f, Value::string(format!("_Feature({f})"))))
        .collect();
    entries.push((
        "all_feature_names",
        Value::list(
            pyjit_compiler::codegen::FUTURE_FEATURES
                .iter()
                .map(|f| Value::str(f))
                .collect(),
        ),
    ));
    crate::import::builtin_module(vm, "__future__", entries)
}

/// Create the builtin module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Rc<Module>>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)),
        "math" => Some(math::create(vm)),
        "time" => Some(time::create(vm)),
        "os" => Some(os::create(vm)),
        "abc" => Some(abc::create(vm)),
        "gc" => Some(gc::create(vm)),
        "__future__" => Some(future(vm)),
        _ => None,
    })
}
