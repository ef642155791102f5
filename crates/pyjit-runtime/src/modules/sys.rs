//! The `sys` module.

use crate::builtin_types::new_type;
use crate::builtins::func;
use crate::class::new_instance;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::import::builtin_module;
use crate::object::{Module, PyDict, TypeKind};
use crate::value::Value;
use crate::vm::Vm;
use std::io::Write;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let argv = Value::list(vm.options.argv.iter().map(|a| Value::str(a)).collect());
    let path = Value::list(
        vm.path
            .iter()
            .map(|p| Value::string(p.to_string_lossy().to_string()))
            .collect(),
    );
    let stream_type = new_type(
        "TextIOWrapper",
        "_io",
        TypeKind::Object,
        vec![crate::builtin_types::types().object.clone()],
        Rc::new(PyDict::new()),
        true,
    )
    .expect("stream type");
    crate::methods::add(
        &stream_type,
        &[("write", stream_write), ("flush", stream_flush)],
    );
    let stdout = new_instance(&stream_type);
    stdout.dict.set_str("_fd", Value::Int(1));
    let stderr = new_instance(&stream_type);
    stderr.dict.set_str("_fd", Value::Int(2));
    let version_info = Value::tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(0),
        Value::str("final"),
        Value::Int(0),
    ]);
    let stdout = Value::Instance(stdout);
    let module = builtin_module(
        vm,
        "sys",
        vec![
            ("argv", argv),
            ("path", path),
            ("modules", Value::Dict(vm.modules.clone())),
            ("exit", func("exit", exit)),
            ("exc_info", func("exc_info", exc_info)),
            (
                "setrecursionlimit",
                func("setrecursionlimit", setrecursionlimit),
            ),
            (
                "getrecursionlimit",
                func("getrecursionlimit", getrecursionlimit),
            ),
            ("stdout", stdout.clone()),
            ("stderr", Value::Instance(stderr)),
            ("maxsize", Value::Int(i64::MAX)),
            ("version", Value::str("3.11.0 (pyjit)")),
            ("version_info", version_info),
            ("platform", Value::str("linux")),
            ("implementation_name", Value::str("pyjit")),
            ("byteorder", Value::str("little")),
        ],
    );
    vm.sys_stdout = Some((module.dict.clone(), stdout));
    module
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled (the
/// traceback object is not modelled: `None`).
fn exc_info(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(match vm.exc_info.last() {
        Some(e) => Value::tuple(vec![
            Value::Type(crate::builtin_types::type_of(e)),
            e.clone(),
            crate::traceback::traceback_object(e),
        ]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exit(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(PyErr::with_args("SystemExit", args.to_vec()))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            // Deeper Python recursion needs more native stack; the main thread has 1 GiB.
            vm.recursion_limit = (*n as usize).min(200_000);
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(value_error(
            "recursion limit must be greater or equal than 1",
        )),
        _ => Err(type_error("an integer is required")),
    }
}

fn getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let fd = match args.first() {
        Some(Value::Instance(i)) => i.dict.get_str("_fd"),
        _ => None,
    };
    let text = match args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "write() argument must be str, not {}",
                crate::builtin_types::type_name(other)
            )))
        }
        None => return Err(type_error("write() takes exactly one argument (0 given)")),
    };
    if let Some(Value::Int(2)) = fd {
        vm.flush_out();
        let _ = std::io::stderr().write_all(text.as_str().as_bytes());
    } else {
        vm.write_out(text.as_str());
    }
    Ok(Value::Int(text.char_len() as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    vm.flush_out();
    Ok(Value::None)
}
