//! The `gc` module: the cycle collector's controls (see `crate::gc`).

use crate::builtins::func;
use crate::error::PyResult;
use crate::import::builtin_module;
use crate::object::Module;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    builtin_module(
        vm,
        "gc",
        vec![
            ("collect", func("collect", collect)),
            ("enable", func("enable", enable)),
            ("disable", func("disable", disable)),
            ("isenabled", func("isenabled", isenabled)),
        ],
    )
}

/// `gc.collect()`: collect now; the number of unreachable objects found. Finalizers of
/// objects freed on the way run before it returns, as in CPython.
fn collect(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = crate::gc::collect();
    vm.run_pending_finalizers();
    Ok(Value::Int(n as i64))
}

fn enable(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    crate::gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(crate::gc::is_enabled()))
}
