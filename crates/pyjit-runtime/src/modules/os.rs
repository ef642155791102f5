//! A small `os` module: files and directories (`remove`, `listdir`, `getcwd`, ...) and
//! `os.path` (`exists`, `join`, `basename`, `abspath`, ...).

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
            ("split", func("split", split)),
            ("isabs", func("isabs", isabs)),
            ("normpath", func("normpath", normpath)),
            ("abspath", func("abspath", abspath)),
            ("realpath", func("realpath", realpath)),
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
            ("chdir", func("chdir", chdir)),
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

fn chdir(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("chdir", args, 0)?;
    std::env::set_current_dir(p).map_err(|e| os_error(&e, p))?;
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

/// `os.path.split`: the head (trailing slashes dropped unless it is all slashes) and the
/// last component.
fn split(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let p = str_arg("split", args, 0)?;
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
}

fn isabs(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Bool(str_arg("isabs", args, 0)?.starts_with('/')))
}

/// `posixpath.normpath`: `.` and empty components dropped, `..` cancelling the component
/// before it (kept at the start of a relative path, dropped at the root); exactly two
/// leading slashes are kept, as POSIX allows them a meaning.
fn normpath_str(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let initial = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else {
        usize::from(path.starts_with('/'))
    };
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = "/".repeat(initial) + &comps.join("/");
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn normpath(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::string(normpath_str(str_arg("normpath", args, 0)?)))
}

fn abspath_str(p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normpath_str(p));
    }
    let cwd = std::env::current_dir().map_err(|e| os_error(&e, "."))?;
    Ok(normpath_str(&format!("{}/{p}", cwd.to_string_lossy())))
}

fn abspath(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::string(abspath_str(str_arg("abspath", args, 0)?)?))
}

/// `os.path.realpath`: symbolic links resolved; a path that does not exist (all of it
/// or its end) keeps its unresolved rest, as CPython's non-strict mode does.
fn realpath(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let abs = abspath_str(str_arg("realpath", args, 0)?)?;
    let mut base = Path::new(&abs).to_path_buf();
    let mut rest: Vec<String> = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(&base) {
            let mut out = real.to_string_lossy().into_owned();
            for r in rest.iter().rev() {
                if !out.ends_with('/') {
                    out.push('/');
                }
                out.push_str(r);
            }
            return Ok(Value::string(normpath_str(&out)));
        }
        match (base.parent(), base.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_string_lossy().into_owned());
                base = parent.to_path_buf();
            }
            _ => return Ok(Value::string(abs)),
        }
    }
}
