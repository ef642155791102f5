//! The `time` module.

use crate::builtins::func;
use crate::error::{type_error, PyResult};
use crate::import::builtin_module;
use crate::object::Module;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

type Kw<'a> = &'a [(Rc<str>, Value)];

thread_local! {
    static START: Instant = Instant::now();
}

pub fn create(vm: &mut Vm) -> Rc<Module> {
    builtin_module(
        vm,
        "time",
        vec![
            ("time", func("time", time)),
            ("perf_counter", func("perf_counter", perf_counter)),
            ("monotonic", func("monotonic", perf_counter)),
            ("process_time", func("process_time", perf_counter)),
            ("sleep", func("sleep", sleep)),
        ],
    )
}

fn time(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    Ok(Value::Float(d.as_secs_f64()))
}

fn perf_counter(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let secs = match args.first() {
        Some(v) => vm.to_f64(v)?,
        None => return Err(type_error("sleep() takes exactly one argument (0 given)")),
    };
    if secs < 0.0 {
        return Err(crate::error::value_error(
            "sleep length must be non-negative",
        ));
    }
    vm.flush_out();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}
