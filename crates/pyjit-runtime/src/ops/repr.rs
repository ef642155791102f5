//! `repr()` and `str()` of values.

use crate::builtin_types::type_of;
use crate::error::{exception_args, PyResult};
use crate::ops::num::big_int;
use crate::value::Value;
use crate::vm::Vm;
pub use pyjit_numeric::float_repr;
pub use pyjit_numeric::pystr::str_repr;

/// `str(e)` of an `OSError` built with `(errno, strerror[, filename])`:
/// `[Errno 2] No such file or directory: 'name'`.
pub fn os_error_message(exc: &Value) -> Option<String> {
    let Value::Instance(i) = exc else {
        return None;
    };
    if !type_of(exc).is_subtype(&crate::builtin_types::types().exception("OSError")) {
        return None;
    }
    let args = exception_args(exc);
    if !(2..=3).contains(&args.len()) {
        return None;
    }
    let strerror = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => simple_repr(other),
    };
    let mut msg = format!("[Errno {}] {}", simple_repr(&args[0]), strerror);
    match i.dict.get_str("filename") {
        None | Some(Value::None) => {}
        Some(f) => {
            msg.push_str(": ");
            msg.push_str(&simple_repr(&f));
        }
    }
    Some(msg)
}

/// `str(e)` of an exception (its message as printed on a traceback's last line).
pub fn exception_message(exc: &Value) -> String {
    if let Some(m) = os_error_message(exc) {
        return m;
    }
    let args = exception_args(exc);
    let is_key_error =
        type_of(exc).is_subtype(&crate::builtin_types::types().exception("KeyError"));
    match args.len() {
        0 => String::new(),
        1 => match &args[0] {
            Value::Str(s) if !is_key_error => s.as_str().to_string(),
            other => simple_repr(other),
        },
        _ => simple_repr(&Value::tuple(args)),
    }
}

/// `repr` of values that need no interpreter (no user `__repr__`), used in error paths.
pub fn simple_repr(v: &Value) -> String {
    match v {
        Value::Str(s) => str_repr(s.as_str()),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => float_repr(*f),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::None => "None".into(),
        Value::Tuple(t) => {
            let parts: Vec<String> = t.items.iter().map(simple_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Value::List(l) => {
            let parts: Vec<String> = l.items.borrow().iter().map(simple_repr).collect();
            format!("[{}]", parts.join(", "))
        }
        other => format!("<{} object>", type_of(other).name),
    }
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Str(s) => str_repr(s.as_str()),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::None | Value::Null => "None".into(),
            // CPython 3.11 refuses to print ints of more than 4300 digits.
            Value::BigInt(b) => big_int(b).to_decimal_string()?,
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.repr_guarded(v, "[...]", |vm| {
                    let parts = vm.repr_all(&items)?;
                    Ok(format!("[{}]", parts.join(", ")))
                })?
            }
            Value::Tuple(t) => {
                let parts = self.repr_all(&t.items)?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Value::Dict(d) => {
                let entries = d.entries();
                self.repr_guarded(v, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(entries.len());
                    for (k, val) in &entries {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            Value::Set(s) => {
                let items: Vec<Value> = s.set.borrow().iter().map(|k| k.value.clone()).collect();
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{name}()")
                } else {
                    let parts = self.repr_all(&items)?;
                    if s.frozen {
                        format!("frozenset({{{}}})", parts.join(", "))
                    } else {
                        format!("{{{}}}", parts.join(", "))
                    }
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow(),
                v.ptr().unwrap_or(0)
            ),
            Value::Builtin(b) if b.owner.is_some() => format!(
                "<method '{}' of '{}' objects>",
                b.name,
                b.owner.as_ref().map_or("", |t| &t.name)
            ),
            Value::Builtin(b) => match &b.bound {
                Some(obj) if !matches!(obj, Value::Module(_)) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    type_of(obj).name,
                    obj.ptr().unwrap_or(0)
                ),
                _ => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    Value::Builtin(b) => b.name.to_string(),
                    _ => "?".into(),
                };
                let obj = self.repr(&m.self_value)?;
                format!("<bound method {fname} of {obj}>")
            }
            Value::Type(t) if crate::metaclass::meta_defines(t, "__repr__") => {
                self.instance_repr(v)?
            }
            Value::Type(t) => {
                if t.is_builtin {
                    format!("<class '{}'>", t.name)
                } else {
                    format!("<class '{}.{}'>", t.module, t.qualname.borrow())
                }
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Instance(_) => self.instance_repr(v)?,
            Value::Iter(it) => match crate::ops::iter::dict_view(v) {
                Some((d, kind)) => {
                    let items = Value::list(crate::ops::iter::view_items(&d, kind));
                    format!("{}({})", it.type_name, self.repr(&items)?)
                }
                None => format!("<{} object at {:#x}>", it.type_name, v.ptr().unwrap_or(0)),
            },
            Value::Generator(g) => format!(
                "<generator object {} at {:#x}>",
                g.qualname,
                v.ptr().unwrap_or(0)
            ),
            Value::Cell(_) => format!("<cell at {:#x}>", v.ptr().unwrap_or(0)),
            Value::Code(c) => format!("<code object {}>", c.name),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
        })
    }

    fn repr_all(&mut self, items: &[Value]) -> PyResult<Vec<String>> {
        items.iter().map(|i| self.repr(i)).collect()
    }

    /// Run `f` unless `v` is already being printed (then return `cycle`), as CPython's
    /// `Py_ReprEnter` does for self-containing containers.
    fn repr_guarded(
        &mut self,
        v: &Value,
        cycle: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = v.ptr().unwrap_or(0);
        if self.repr_stack.contains(&id) {
            return Ok(cycle.to_string());
        }
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(_) => self.instance_str(v),
            _ => self.repr(v),
        }
    }
}
