//! General builtins: printing, introspection, attribute access, iteration helpers.

use super::register;
use crate::builtin_types::{type_name, type_of};
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::call::{arity, kwarg, no_kwargs, only_kwargs};
use crate::object::{IterState, PyDict, PyType};
use crate::ops::iter::new_iter;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(d: &PyDict) {
    register(d, "print", print);
    register(d, "repr", repr);
    register(d, "ascii", ascii);
    register(d, "len", len);
    register(d, "isinstance", isinstance);
    register(d, "issubclass", issubclass);
    register(d, "callable", callable);
    register(d, "getattr", getattr);
    register(d, "setattr", setattr);
    register(d, "hasattr", hasattr);
    register(d, "delattr", delattr);
    register(d, "id", id);
    register(d, "hash", hash);
    register(d, "iter", iter);
    register(d, "next", next);
    register(d, "input", input);
    register(d, "vars", vars);
    register(d, "globals", globals);
    register(d, "locals", locals);
    register(d, "dir", dir);
    register(d, "eval", eval);
    register(d, "exec", exec);
    register(d, "compile", compile_builtin);
    // Types pyjit has no values of: usable in isinstance() checks, not constructible.
    for name in ["bytes", "bytearray", "memoryview", "complex"] {
        let t = crate::builtin_types::new_type(
            name,
            "builtins",
            crate::object::TypeKind::Object,
            vec![crate::builtin_types::types().object.clone()],
            Rc::new(PyDict::new()),
            true,
        )
        .expect("builtin MRO");
        d.set_str(name, Value::Type(t));
    }
    register(d, "help", help_builtin);
    register(d, "breakpoint", breakpoint_builtin);
    register(d, "format", format);
    register(d, "__build_class__", build_class);
    register(d, "exit", exit);
    register(d, "quit", exit);
}

/// Where `print` writes: the interpreter's stdout buffer unless `file=` or a rebound
/// `sys.stdout` names another stream (nothing at all when that is `None`, as in CPython).
fn print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "sep must be None or a string, not {}",
                type_name(other)
            )))
        }
    };
    let end = match kwarg(kw, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "end must be None or a string, not {}",
                type_name(other)
            )))
        }
    };
    let target = match kwarg(kw, "file") {
        None | Some(Value::None) => rebound_stdout(vm),
        Some(f) => Some(f.clone()),
    };
    if let Some(Value::None) = target {
        return Ok(Value::None);
    }
    if let Some(f) = target {
        // A Python-level stream gets one write() per piece, in order, as in CPython.
        let w = vm.getattr(&f, "write")?;
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                vm.call(&w, vec![Value::string(sep.clone())])?;
            }
            let piece = match a {
                Value::Str(_) => a.clone(),
                other => Value::string(vm.to_str(other)?),
            };
            vm.call(&w, vec![piece])?;
        }
        vm.call(&w, vec![Value::string(end)])?;
    } else {
        let mut s = String::new();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                s.push_str(&sep);
            }
            match a {
                Value::Str(x) => s.push_str(x.as_str()),
                other => s.push_str(&vm.to_str(other)?),
            }
        }
        s.push_str(&end);
        vm.write_out(&s);
    }
    if matches!(kwarg(kw, "flush"), Some(Value::Bool(true))) {
        vm.flush_out();
    }
    Ok(Value::None)
}

/// What a program bound to `sys.stdout` in place of the interpreter's stream
/// (`contextlib.redirect_stdout`, a `StringIO`), which `print` then writes to; `None` while
/// `sys` is not imported or `sys.stdout` is still the stream `sys` was made with. One dict
/// lookup and an identity compare (`Vm::sys_stdout`) per `print`.
fn rebound_stdout(vm: &Vm) -> Option<Value> {
    let (sys, original) = vm.sys_stdout.as_ref()?;
    let out = sys.get_str("stdout")?;
    if out.is(original) {
        None
    } else {
        Some(out)
    }
}

fn repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("repr", kw)?;
    arity("repr", args, 1, 1)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ascii", kw)?;
    arity("ascii", args, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(crate::interp::eval::ascii_escape(&r)))
}

/// The builtin `len`; calls compare against it to compute `len(x)` in place
/// (`Vm::call_from_stack`).
pub(crate) fn len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("len", kw)?;
    arity("len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

/// `len(v)` of the containers whose length is a field (no Python code, no counting of a
/// string's characters): also what calls of `len` compute in place (`Vm::call_from_stack`).
#[inline(always)]
pub(crate) fn plain_len(v: &Value) -> Option<usize> {
    Some(match v {
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.set.borrow().len(),
        _ => return None,
    })
}

impl Vm {
    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = plain_len(v) {
            return Ok(n);
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Range(r) => r.len() as usize,
            Value::Iter(_) if crate::ops::iter::dict_view(v).is_some() => {
                crate::ops::iter::dict_view(v).map_or(0, |(d, _)| d.len())
            }
            _ if matches!(v, Value::Instance(_)) || crate::metaclass::has_meta(v) => {
                match self.call_special(v, "__len__", vec![])? {
                    Some(r) => self.len_result(r)? as usize,
                    None => {
                        return Err(type_error(format!(
                            "object of type '{}' has no len()",
                            type_name(v)
                        )))
                    }
                }
            }
            _ => {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )))
            }
        })
    }

    /// `isinstance(v, cls)` for a class or tuple of classes.
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Type(t) => {
                let vt = type_of(v);
                // A metaclass's `__instancecheck__` decides, but for the exact class
                // (CPython's shortcut); classes without a metaclass pay one load.
                if t.meta.get().is_some() && !Rc::ptr_eq(&vt, t) {
                    if let Some(hook) = Vm::meta_hook(cls, "__instancecheck__") {
                        let r = self.call(&hook, vec![cls.clone(), v.clone()])?;
                        return self.truthy(&r);
                    }
                }
                Ok(vt.is_subtype(t) || crate::modules::abc::registered(&vt, t))
            }
            Value::Tuple(items) => {
                for c in &items.items {
                    if self.isinstance(v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match self.instance_check("__instancecheck__", v, cls)? {
                Some(r) => Ok(r),
                None => Err(type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                )),
            },
        }
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    arity("isinstance", args, 2, 2)?;
    Ok(Value::Bool(vm.isinstance(&args[0], &args[1])?))
}

fn subclass_of(c: &Rc<PyType>, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => Ok(Rc::ptr_eq(c, t)
            || c.mro_rest.iter().any(|m| Rc::ptr_eq(m, t))
            || crate::modules::abc::registered(c, t)),
        Value::Tuple(items) => {
            for x in &items.items {
                if subclass_of(c, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

fn issubclass(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    arity("issubclass", args, 2, 2)?;
    if let Value::Type(_) = &args[0] {
        if let Some(r) = vm.instance_check("__subclasscheck__", &args[0], &args[1])? {
            return Ok(Value::Bool(r));
        }
        if let Some(hook) = Vm::meta_hook(&args[1], "__subclasscheck__") {
            let r = vm.call(&hook, vec![args[1].clone(), args[0].clone()])?;
            return Ok(Value::Bool(vm.truthy(&r)?));
        }
    }
    match &args[0] {
        Value::Type(c) => Ok(Value::Bool(subclass_of(c, &args[1])?)),
        _ => Err(type_error("issubclass() arg 1 must be a class")),
    }
}

fn callable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("callable", kw)?;
    arity("callable", args, 1, 1)?;
    let v = &args[0];
    let r = match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        Value::Instance(_) => vm.special(v, "__call__").is_some(),
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn attr_name(v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    arity("getattr", args, 2, 3)?;
    let name = attr_name(&args[1])?;
    if args.len() == 3 && crate::attr::surely_missing(&args[0], &name) {
        return Ok(args[2].clone());
    }
    match vm.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if e.is("AttributeError") && args.len() == 3 => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    arity("setattr", args, 3, 3)?;
    let name = attr_name(&args[1])?;
    vm.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    arity("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    Ok(Value::Bool(vm.hasattr(&args[0], &name)?))
}

fn delattr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    arity("delattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    vm.delattr(&args[0], &name)?;
    Ok(Value::None)
}

fn id(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("id", kw)?;
    arity("id", args, 1, 1)?;
    let v = &args[0];
    let id = match v {
        Value::Int(i) => (*i as usize).wrapping_mul(32).wrapping_add(0x1000),
        Value::Float(f) => f.to_bits() as usize,
        Value::None => 0x10,
        Value::Bool(b) => 0x20 + usize::from(*b),
        other => other.ptr().unwrap_or(0),
    };
    Ok(Value::Int((id & (i64::MAX as usize)) as i64))
}

fn hash(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("hash", kw)?;
    arity("hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    arity("iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(new_iter(
            IterState::Callable {
                func: args[0].clone(),
                sentinel: args[1].clone(),
            },
            "callable_iterator",
        ));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    arity("next", args, 1, 2)?;
    let it = &args[0];
    if !matches!(it, Value::Iter(_) | Value::Generator(_)) && vm.special(it, "__next__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    if let Value::Generator(g) = it {
        return match vm.generator_step(g)? {
            crate::generator::GenStep::Yielded(v) => Ok(v),
            crate::generator::GenStep::Returned(v) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(crate::generator::stop_iteration(v)),
            },
        };
    }
    if let (Value::Instance(_), 1) = (it, args.len()) {
        return vm
            .call_special(it, "__next__", vec![])
            .map(|v| v.unwrap_or(Value::None));
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::bare("StopIteration")),
        },
    }
}

fn input(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("input", kw)?;
    arity("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.to_str(p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new("OSError", e.to_string())),
    }
}

/// `globals()`/`locals()`/`vars()` called directly are compiled to `Op::CallFrameDict`; only
/// an indirect call (through another name) reaches these, and then the frame is unknown.
fn frame_dict_indirect(name: &str) -> PyErr {
    PyErr::new(
        "NotImplementedError",
        format!("calling {name}() through another name is not supported by pyjit"),
    )
}

fn globals(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("globals", kw)?;
    arity("globals", args, 0, 0)?;
    Err(frame_dict_indirect("globals"))
}

fn locals(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("locals", kw)?;
    arity("locals", args, 0, 0)?;
    Err(frame_dict_indirect("locals"))
}

fn vars(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("vars", kw)?;
    arity("vars", args, 0, 1)?;
    if args.is_empty() {
        return Err(frame_dict_indirect("vars"));
    }
    match &args[0] {
        Value::Instance(i) if i.class.borrow().kind == crate::object::TypeKind::Super => {
            match vm.getattr(&args[0], "__dict__") {
                Err(e) if e.is("AttributeError") => {
                    Err(type_error("vars() argument must have __dict__ attribute"))
                }
                r => r,
            }
        }
        Value::Instance(i) => {
            i.class.borrow().note_dict_exposed();
            Ok(Value::Dict(i.dict.rc()))
        }
        Value::Type(t) => Ok(Value::Dict(t.dict.clone())),
        Value::Module(m) => Ok(Value::Dict(m.dict.clone())),
        Value::Function(f) => Ok(Value::Dict(f.dict.clone())),
        _ => Err(type_error("vars() argument must have __dict__ attribute")),
    }
}

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("format", kw)?;
    arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        None => String::new(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(other)
            )))
        }
    };
    Ok(Value::string(vm.format(&args[0], &spec)?))
}

fn build_class(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    vm.build_class(args, kw)
}

fn exit(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(PyErr::with_args("SystemExit", args.to_vec()))
}

/// The attributes `object` provides to every class (`dir(object)` in CPython 3.11).
const OBJECT_DIR: &[&str] = &[
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__getstate__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The sorted string keys of a namespace dict, as a list.
pub fn sorted_keys(ns: &Value) -> Value {
    let mut names: Vec<String> = match ns {
        Value::Dict(d) => d
            .map
            .borrow()
            .keys()
            .filter_map(|k| k.value.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    names.sort();
    names.dedup();
    Value::list(names.into_iter().map(Value::string).collect())
}

fn class_dir(t: &Rc<PyType>, names: &mut Vec<String>) {
    for c in t.mro() {
        names.extend(
            c.dict
                .map
                .borrow()
                .keys()
                .filter_map(|k| k.value.as_str().map(str::to_string)),
        );
        if !c.is_builtin {
            for n in ["__dict__", "__doc__", "__module__", "__weakref__"] {
                names.push(n.to_string());
            }
        }
    }
    names.extend(OBJECT_DIR.iter().map(|s| s.to_string()));
}

/// `dir(obj)` (`dir()` without arguments is compiled to `Op::CallFrameDict`).
fn dir(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    arity("dir", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return Err(frame_dict_indirect("dir"));
    };
    Ok(Value::list(
        dir_names(obj).into_iter().map(Value::string).collect(),
    ))
}

/// The names `dir(obj)` lists, sorted.
pub fn dir_names(obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    match obj {
        Value::Module(m) => {
            names.extend(
                m.dict
                    .map
                    .borrow()
                    .keys()
                    .filter_map(|k| k.value.as_str().map(str::to_string)),
            );
        }
        Value::Type(t) => class_dir(t, &mut names),
        Value::Instance(i) => {
            names.extend(
                i.dict
                    .map
                    .borrow()
                    .keys()
                    .filter_map(|k| k.value.as_str().map(str::to_string)),
            );
            class_dir(&i.class.borrow().clone(), &mut names);
        }
        other => class_dir(&type_of(other), &mut names),
    }
    names.sort();
    names.dedup();
    names
}

/// The `globals` and `locals` arguments of `eval`/`exec`.
fn namespaces(vm: &Vm, name: &str, args: &[Value]) -> PyResult<(Rc<PyDict>, Option<Rc<PyDict>>)> {
    let globals = match args.get(1) {
        None => return Err(frame_dict_indirect(name)),
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::None) => return Err(frame_dict_indirect(name)),
        Some(other) => {
            return Err(type_error(format!(
                "{name}() globals must be a dict, not {}",
                type_name(other)
            )))
        }
    };
    if globals.get_str("__builtins__").is_none() {
        // As in CPython, the globals of exec/eval get a reference to the builtins.
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    let locals = match args.get(2) {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) if Rc::ptr_eq(d, &globals) => None,
        Some(Value::Dict(d)) => Some(d.clone()),
        Some(other) => {
            return Err(type_error(format!(
                "locals must be a mapping, not {}",
                type_name(other)
            )))
        }
    };
    Ok((globals, locals))
}

fn source_arg<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a str> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.as_str()),
        Some(Value::Code(_)) => Err(PyErr::new(
            "NotImplementedError",
            format!("{name}() of a code object is not supported by pyjit"),
        )),
        Some(other) => Err(type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object, not {}",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        ))),
    }
}

/// A compile error of `eval`/`exec` source as the exception CPython raises.
fn source_error(e: pyjit_compiler::CompileError) -> PyErr {
    match e.kind {
        pyjit_compiler::CompileErrorKind::NotImplemented => {
            PyErr::new("NotImplementedError", e.message)
        }
        _ => PyErr::new(
            e.type_name(),
            format!("{} (<string>, line {})", e.message, e.line),
        ),
    }
}

/// `eval(source, globals, locals)`.
fn eval(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("eval", kw)?;
    arity("eval", args, 1, 3)?;
    let src = source_arg("eval", args)?.to_string();
    let (globals, locals) = namespaces(vm, "eval", args)?;
    let code = pyjit_compiler::compile_eval(&src, "<string>").map_err(source_error)?;
    vm.sources.insert("<string>".into(), src.into());
    vm.run_code(code, globals, locals)
}

/// `exec(source, globals, locals)`.
fn exec(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("exec", kw)?;
    arity("exec", args, 1, 3)?;
    let src = source_arg("exec", args)?.to_string();
    let (globals, locals) = namespaces(vm, "exec", args)?;
    let code = pyjit_compiler::compile_exec(&src, "<string>").map_err(source_error)?;
    vm.sources.insert("<string>".into(), src.into());
    vm.run_code(code, globals, locals)?;
    Ok(Value::None)
}

/// Builtins outside pyjit's subset: calling them raises `NotImplementedError`.
fn unsupported_builtin(name: &str) -> PyErr {
    PyErr::new(
        "NotImplementedError",
        format!("{name}() is not supported by pyjit"),
    )
}

fn compile_builtin(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(unsupported_builtin("compile"))
}

fn help_builtin(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(unsupported_builtin("help"))
}

fn breakpoint_builtin(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(unsupported_builtin("breakpoint"))
}
