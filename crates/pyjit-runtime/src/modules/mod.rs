//! Modules implemented in Rust: `sys`, `math`, `time`, `os`.

mod math;
mod os;
mod sys;
mod time;

use crate::error::PyResult;
use crate::object::Module;
use crate::vm::Vm;
use std::rc::Rc;

/// Create the builtin module `name`, if there is one.
pub fn create(vm: &mut Vm, name: &str) -> PyResult<Option<Rc<Module>>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)),
        "math" => Some(math::create(vm)),
        "time" => Some(time::create(vm)),
        "os" => Some(os::create(vm)),
        _ => None,
    })
}
