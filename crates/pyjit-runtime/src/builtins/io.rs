//! `open()` and text file objects (`_io.TextIOWrapper`), for reading and writing text files.
//!
//! A file object is an instance of the class `TextIOWrapper` whose methods are builtins; its
//! `__dict__` holds `name`, `mode`, `closed` and `_fid`, the key of its Rust-side state in a
//! per-thread table. A file opened for reading is decoded whole when opened and read from
//! memory; writes go straight to the operating system (no buffering), so a file written and
//! never closed is still complete when it is read again.

use crate::builtin_types::{new_type, type_name, types};
use crate::class::new_instance;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::call::{arity, kwarg, only_kwargs};
use crate::object::{PyDict, PyType, TypeKind};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

enum FileState {
    Read { chars: Vec<char>, pos: usize },
    Write(std::fs::File),
}

struct IoClasses {
    text_io: Rc<PyType>,
    unsupported: Rc<PyType>,
}

thread_local! {
    static FILES: RefCell<HashMap<i64, FileState>> = RefCell::new(HashMap::new());
    static NEXT_FID: std::cell::Cell<i64> = const { std::cell::Cell::new(1) };
    static CLASSES: IoClasses = IoClasses::create();
}

impl IoClasses {
    fn create() -> IoClasses {
        let t = types();
        let text_io = new_type(
            "TextIOWrapper",
            "_io",
            TypeKind::Object,
            vec![t.object.clone()],
            Rc::new(PyDict::new()),
            false,
        )
        .expect("TextIOWrapper MRO");
        crate::methods::add(
            &text_io,
            &[
                ("read", read),
                ("readline", readline),
                ("readlines", readlines),
                ("write", write),
                ("writelines", writelines),
                ("close", close),
                ("flush", flush),
                ("readable", readable),
                ("writable", writable),
                ("seek", seek),
                ("tell", tell),
                ("__enter__", enter),
                ("__exit__", exit),
                ("__iter__", enter),
                ("__next__", next),
                ("__repr__", repr),
            ],
        );
        let unsupported = new_type(
            "UnsupportedOperation",
            "io",
            TypeKind::BaseException,
            vec![t.exception("OSError"), t.exception("ValueError")],
            Rc::new(PyDict::new()),
            false,
        )
        .expect("UnsupportedOperation MRO");
        IoClasses {
            text_io,
            unsupported,
        }
    }
}

/// `io.UnsupportedOperation`.
pub fn unsupported_operation() -> Rc<PyType> {
    CLASSES.with(|c| c.unsupported.clone())
}

fn unsupported(msg: &str) -> PyErr {
    PyErr {
        exc: crate::error::new_exception(&unsupported_operation(), vec![Value::str(msg)]),
    }
}

/// The `OSError` subclass CPython raises for an `std::io::Error`, with errno/strerror/filename.
pub fn os_error(e: &std::io::Error, filename: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let strerror = strerror(e);
    let err = PyErr::with_args(
        errno_class(errno),
        vec![Value::Int(i64::from(errno)), Value::string(strerror)],
    );
    if let Value::Instance(i) = &err.exc {
        i.class.borrow().note_instance_attr("filename");
        i.dict.set_str("filename", Value::str(filename));
    }
    err
}

/// The builtin `OSError` subclass CPython picks for an errno.
pub fn errno_class(errno: i32) -> &'static str {
    match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        _ => "OSError",
    }
}

/// The C library's message for an I/O error (Rust appends " (os error N)").
fn strerror(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// `open(file, mode='r', encoding=None, ...)`.
pub fn open(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs(
        "open",
        kw,
        &["mode", "encoding", "errors", "newline", "buffering"],
    )?;
    arity("open", args, 1, 3)?;
    let path = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(other)
            )))
        }
    };
    let mode = match args.get(1).or_else(|| kwarg(kw, "mode")) {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_name(other)
            )))
        }
    };
    if let Some(enc) = args.get(2).or_else(|| kwarg(kw, "encoding")) {
        match enc {
            Value::None => {}
            Value::Str(s) => {
                let e = s.as_str().to_ascii_lowercase().replace('_', "-");
                if e != "utf-8" && e != "utf8" {
                    return Err(PyErr::new(
                        "NotImplementedError",
                        format!(
                            "encoding '{}' is not supported by pyjit (only UTF-8)",
                            s.as_str()
                        ),
                    ));
                }
            }
            other => {
                return Err(type_error(format!(
                    "open() argument 'encoding' must be str or None, not {}",
                    type_name(other)
                )))
            }
        }
    }
    let kind = parse_mode(&mode)?;
    let state = match kind {
        'r' => {
            let bytes = std::fs::read(&path).map_err(|e| os_error(&e, &path))?;
            let text = String::from_utf8(bytes).map_err(|_| {
                PyErr::new(
                    "UnicodeDecodeError",
                    format!("'utf-8' codec can't decode the contents of '{path}'"),
                )
            })?;
            // Universal newlines: "\r\n" and "\r" read as "\n".
            let text = text.replace("\r\n", "\n").replace('\r', "\n");
            FileState::Read {
                chars: text.chars().collect(),
                pos: 0,
            }
        }
        _ => {
            let mut opts = std::fs::OpenOptions::new();
            match kind {
                'w' => opts.write(true).create(true).truncate(true),
                'a' => opts.append(true).create(true),
                _ => opts.write(true).create_new(true),
            };
            let f = opts.open(&path).map_err(|e| os_error(&e, &path))?;
            FileState::Write(f)
        }
    };
    let fid = NEXT_FID.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    });
    FILES.with(|f| f.borrow_mut().insert(fid, state));
    let inst = new_instance(&CLASSES.with(|c| c.text_io.clone()));
    inst.dict.set_str("name", args[0].clone());
    inst.dict.set_str("mode", Value::string(mode));
    inst.dict.set_str("encoding", Value::str("UTF-8"));
    inst.dict.set_str("closed", Value::Bool(false));
    inst.dict.set_str("_fid", Value::Int(fid));
    Ok(Value::Instance(inst))
}

/// The kind of a mode string: 'r', 'w', 'a' or 'x'.
fn parse_mode(mode: &str) -> PyResult<char> {
    let mut kind = None;
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' => {
                if kind.is_some() {
                    return Err(value_error(
                        "must have exactly one of create/read/write/append mode",
                    ));
                }
                kind = Some(c);
            }
            't' => {}
            'b' => {
                return Err(PyErr::new(
                    "NotImplementedError",
                    "binary file mode 'b' is not supported by pyjit",
                ))
            }
            '+' => {
                return Err(PyErr::new(
                    "NotImplementedError",
                    "file mode '+' (read and write) is not supported by pyjit",
                ))
            }
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    kind.ok_or_else(|| {
        value_error("Must have exactly one of create/read/write/append mode and at most one plus")
    })
}

/// The file id of `self`, failing on a closed file.
fn fid_of(args: &[Value]) -> PyResult<i64> {
    let Some(Value::Instance(i)) = args.first() else {
        return Err(type_error(
            "descriptor requires a '_io.TextIOWrapper' object",
        ));
    };
    match (i.dict.get_str("_fid"), i.dict.get_str("closed")) {
        (Some(Value::Int(fid)), Some(Value::Bool(false))) => Ok(fid),
        (Some(Value::Int(_)), _) => Err(value_error("I/O operation on closed file.")),
        _ => Err(type_error(
            "descriptor requires a '_io.TextIOWrapper' object",
        )),
    }
}

/// Run `f` on the reading state of the file, or fail with "not readable".
fn with_reader<R>(args: &[Value], f: impl FnOnce(&[char], &mut usize) -> R) -> PyResult<R> {
    let fid = fid_of(args)?;
    FILES.with(|files| match files.borrow_mut().get_mut(&fid) {
        Some(FileState::Read { chars, pos }) => Ok(f(chars, pos)),
        _ => Err(unsupported("not readable")),
    })
}

/// An optional size argument (`None` or negative = everything).
fn size_arg(args: &[Value], what: &str) -> PyResult<Option<usize>> {
    match args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(usize::try_from(*n).ok()),
        Some(Value::Bool(b)) => Ok(Some(usize::from(*b))),
        Some(other) => Err(type_error(format!(
            "argument should be integer or None, not '{}'{what}",
            type_name(other)
        ))),
    }
}

fn read(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = size_arg(args, "")?;
    let s = with_reader(args, |chars, pos| {
        let end = match n {
            Some(n) => (*pos + n).min(chars.len()),
            None => chars.len(),
        };
        let s: String = chars[*pos..end].iter().collect();
        *pos = end;
        s
    })?;
    Ok(Value::string(s))
}

fn read_line(chars: &[char], pos: &mut usize, limit: Option<usize>) -> String {
    let start = *pos;
    let max_end = match limit {
        Some(n) => (start + n).min(chars.len()),
        None => chars.len(),
    };
    let mut end = start;
    while end < max_end {
        end += 1;
        if chars[end - 1] == '\n' {
            break;
        }
    }
    *pos = end;
    chars[start..end].iter().collect()
}

fn readline(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = size_arg(args, "")?;
    let s = with_reader(args, |chars, pos| read_line(chars, pos, n))?;
    Ok(Value::string(s))
}

fn readlines(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lines = with_reader(args, |chars, pos| {
        let mut out = Vec::new();
        while *pos < chars.len() {
            out.push(Value::string(read_line(chars, pos, None)));
        }
        out
    })?;
    Ok(Value::list(lines))
}

fn next(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let line = with_reader(args, |chars, pos| {
        (*pos < chars.len()).then(|| read_line(chars, pos, None))
    })?;
    match line {
        Some(l) => Ok(Value::string(l)),
        None => Err(PyErr::bare("StopIteration")),
    }
}

fn write_text(args: &[Value], text: &str) -> PyResult<()> {
    let fid = fid_of(args)?;
    let name = match args.first() {
        Some(Value::Instance(i)) => match i.dict.get_str("name") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => String::new(),
        },
        _ => String::new(),
    };
    FILES.with(|files| match files.borrow_mut().get_mut(&fid) {
        Some(FileState::Write(f)) => f
            .write_all(text.as_bytes())
            .map_err(|e| os_error(&e, &name)),
        _ => Err(unsupported("not writable")),
    })
}

fn write(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.get(1) {
        Some(Value::Str(s)) => {
            write_text(args, s.as_str())?;
            Ok(Value::Int(s.char_len() as i64))
        }
        Some(other) => Err(type_error(format!(
            "write() argument must be str, not {}",
            type_name(other)
        ))),
        None => Err(type_error(
            "TextIOWrapper.write() takes exactly one argument (0 given)",
        )),
    }
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity("writelines", &args[1.min(args.len())..], 1, 1)?;
    fid_of(args)?;
    for line in vm.collect(&args[1])? {
        match &line {
            Value::Str(s) => write_text(args, s.as_str())?,
            other => {
                return Err(type_error(format!(
                    "write() argument must be str, not {}",
                    type_name(other)
                )))
            }
        }
    }
    Ok(Value::None)
}

fn close(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(Value::Int(fid)) = i.dict.get_str("_fid") {
            FILES.with(|f| f.borrow_mut().remove(&fid));
        }
        i.class.borrow().note_instance_attr("closed");
        i.dict.set_str("closed", Value::Bool(true));
    }
    Ok(Value::None)
}

fn flush(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    fid_of(args)?;
    Ok(Value::None)
}

fn readable(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let fid = fid_of(args)?;
    let r = FILES.with(|f| matches!(f.borrow().get(&fid), Some(FileState::Read { .. })));
    Ok(Value::Bool(r))
}

fn writable(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let fid = fid_of(args)?;
    let w = FILES.with(|f| matches!(f.borrow().get(&fid), Some(FileState::Write(_))));
    Ok(Value::Bool(w))
}

/// `seek(offset)`: only absolute positions in files opened for reading (offsets count UTF-8
/// bytes, as the cookies `tell()` returns do for UTF-8 text).
fn seek(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let target = match args.get(1) {
        Some(Value::Int(n)) if *n >= 0 => *n as usize,
        Some(Value::Int(n)) => return Err(value_error(format!("negative seek position {n}"))),
        _ => return Err(type_error("an integer is required")),
    };
    if matches!(args.get(2), Some(v) if !matches!(v, Value::Int(0))) {
        return Err(PyErr::new(
            "NotImplementedError",
            "seek() with a whence argument is not supported by pyjit",
        ));
    }
    with_reader(args, |chars, pos| {
        let mut bytes = 0;
        let mut i = 0;
        while i < chars.len() && bytes < target {
            bytes += chars[i].len_utf8();
            i += 1;
        }
        *pos = i;
    })?;
    Ok(Value::Int(target as i64))
}

fn tell(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let r = with_reader(args, |chars, pos| {
        chars[..*pos].iter().map(|c| c.len_utf8()).sum::<usize>()
    });
    match r {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) if e.class().is_subtype(&unsupported_operation()) => Err(PyErr::new(
            "NotImplementedError",
            "tell() on a file opened for writing is not supported by pyjit",
        )),
        Err(e) => Err(e),
    }
}

fn enter(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    fid_of(args)?;
    Ok(args[0].clone())
}

fn exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    close(vm, &args[..1.min(args.len())], &[])?;
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Instance(i)) = args.first() else {
        return Err(type_error(
            "descriptor requires a '_io.TextIOWrapper' object",
        ));
    };
    if let Some(Value::Bool(true)) = i.dict.get_str("closed") {
        return Ok(Value::str("<_io.TextIOWrapper [closed]>"));
    }
    let name = vm.repr(&i.dict.get_str("name").unwrap_or(Value::None))?;
    let mode = vm.repr(&i.dict.get_str("mode").unwrap_or(Value::None))?;
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name={name} mode={mode} encoding='UTF-8'>"
    )))
}
