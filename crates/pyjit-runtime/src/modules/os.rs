//! A small `os` module: files and directories (`remove`, `listdir`, `getcwd`, ...) and
//! `os.path` (`exists`, `join`, `basename`, ...).

use crate::builtins::func;
use crate::builtins::io::os_error;
use crate::error::{type_error, PyResult};
use crate::import::builtin_module;
use crate::object::Module;
use crate::value::Value;
use crate::vm::Vm;
use std::path::Path;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let path = builtin_module(
        vm,
        "posixpath",
        vec![
            ("exists", func("exists", exists)),
            ("isfile", func("isfile", isfile)),
            ("isdir", func("isdir", isdir)),
            ("join", func("join", join)),
            ("basename", func("basename", basename)),
            ("dirname", func("dirname", dirname)),
            ("splitext", func("splitext", splitext)),
            ("sep", Value::str("/")),
        ],
    );
    // `os.path` is reached as an attribute; it is not importable on its own.
    let key = crate::interp::call::str_key("posixpath");
    vm.modules.map.borrow_mut().remove(&key);
    builtin_module(
        vm,
        "os",
        vec![
            ("path", Value::Module(path)),
            ("remove", func("remove", remove)),
            ("unlink", func("unlink", remove)),
            ("listdir", func("listdir", listdir)),
            ("getcwd", func("getcwd", getcwd)),
            ("getpid", func("getpid", getpid)),
            ("mkdir", func("mkdir", mkdir)),
            ("rmdir", func("rmdir", rmdir)),
            ("sep", Value::str("/")),
            ("linesep", Value::str("\n")),
            ("name", Value::str("posix")),
        ],
    )
}

fn str_arg<'a>(fname: &str, args: &'a [Value], i: usize) -> PyResult<&'a str> {
    match args.get(i) {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(other) => Err(type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not {}",
            crate::builtin_types::type_name(other)
        ))),
        None => Err(type_error(format!(
            "{fname}() missing required argument 'path' (pos {})",
            i + 1
        ))),
    }
}

fn remove(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("remove", args, 0)?;
    std::fs::remove_file(p).map_err(|e| os_error(&e, p))?;
    Ok(Value::None)
}

fn mkdir(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("mkdir", args, 0)?;
    std::fs::create_dir(p).map_err(|e| os_error(&e, p))?;
    Ok(Value::None)
}

fn rmdir(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("rmdir", args, 0)?;
    std::fs::remove_dir(p).map_err(|e| os_error(&e, p))?;
    Ok(Value::None)
}

fn listdir(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = if args.is_empty() {
        "."
    } else {
        str_arg("listdir", args, 0)?
    };
    let mut names = Vec::new();
    for entry in std::fs::read_dir(p).map_err(|e| os_error(&e, p))? {
        let entry = entry.map_err(|e| os_error(&e, p))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn getpid(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(i64::from(std::process::id())))
}

fn getcwd(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    let d = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(Value::string(d.to_string_lossy().into_owned()))
}

fn exists(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("exists", args, 0)?;
    Ok(Value::Bool(Path::new(p).exists()))
}

fn isfile(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("isfile", args, 0)?;
    Ok(Value::Bool(Path::new(p).is_file()))
}

fn isdir(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("isdir", args, 0)?;
    Ok(Value::Bool(Path::new(p).is_dir()))
}

/// `os.path.join(a, *p)` with POSIX rules: an absolute component restarts the path.
fn join(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let mut out = str_arg("join", args, 0)?.to_string();
    for i in 1..args.len() {
        let part = str_arg("join", args, i)?;
        if part.starts_with('/') {
            out = part.to_string();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(part);
        } else {
            out.push('/');
            out.push_str(part);
        }
    }
    Ok(Value::string(out))
}

fn basename(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("basename", args, 0)?;
    Ok(Value::str(p.rsplit('/').next().unwrap_or("")))
}

fn dirname(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("dirname", args, 0)?;
    let head = match p.rfind('/') {
        Some(i) => &p[..=i],
        None => "",
    };
    let trimmed = head.trim_end_matches('/');
    Ok(Value::str(if trimmed.is_empty() { head } else { trimmed }))
}

fn splitext(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("splitext", args, 0)?;
    let base_start = p.rfind('/').map_or(0, |i| i + 1);
    let base = &p[base_start..];
    let leading_dots = base.len() - base.trim_start_matches('.').len();
    let (root, ext) = match base.rfind('.') {
        Some(i) if i >= leading_dots => (&p[..base_start + i], &p[base_start + i..]),
        _ => (p, ""),
    };
    Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]))
}
