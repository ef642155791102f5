//! `PyErr`: a raised Python exception travelling through Rust `Result`s.

use crate::builtin_types::types;
use crate::object::{ExcState, Instance, PyType};
use crate::value::Value;
use pyjit_numeric::NumError;
use std::cell::RefCell;
use std::rc::Rc;

/// A raised exception: always a `Value::Instance` of a `BaseException` subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Value,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// An instance of the builtin exception class `kind` with one string argument.
    pub fn new(kind: &str, msg: impl Into<String>) -> PyErr {
        let cls = types().exception(kind);
        PyErr {
            exc: new_exception(&cls, vec![Value::string(msg.into())]),
        }
    }

    /// An instance of the builtin exception class `kind` with no arguments.
    pub fn bare(kind: &str) -> PyErr {
        let cls = types().exception(kind);
        PyErr {
            exc: new_exception(&cls, vec![]),
        }
    }

    pub fn with_args(kind: &str, args: Vec<Value>) -> PyErr {
        let cls = types().exception(kind);
        PyErr {
            exc: new_exception(&cls, args),
        }
    }

    /// The exception's class.
    pub fn class(&self) -> Rc<PyType> {
        crate::builtin_types::type_of(&self.exc)
    }

    /// Whether the exception is an instance of the builtin class `kind` (or a subclass).
    pub fn is(&self, kind: &str) -> bool {
        self.class().is_subtype(&types().exception(kind))
    }

    pub fn state(&self) -> Option<std::cell::RefMut<'_, ExcState>> {
        match &self.exc {
            Value::Instance(i) => i.exc.as_ref().map(|s| s.borrow_mut()),
            _ => None,
        }
    }

    /// Append a traceback entry as the exception leaves a frame.
    pub fn add_traceback(&self, file: Rc<str>, line: u32, func: Rc<str>) {
        if let Some(mut s) = self.state() {
            s.traceback.push((file, line, func));
        }
    }

    /// The exception's `args`.
    pub fn args(&self) -> Vec<Value> {
        exception_args(&self.exc)
    }
}

/// Create an exception instance of class `cls` with `args`.
pub fn new_exception(cls: &Rc<PyType>, args: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: Default::default(),
        exc: Some(Box::new(RefCell::new(ExcState {
            args: Value::tuple(args),
            ..ExcState::default()
        }))),
        gc: crate::gc::GcLink::new(),
    }))
}

pub fn exception_args(exc: &Value) -> Vec<Value> {
    if let Value::Instance(i) = exc {
        if let Some(s) = &i.exc {
            if let Value::Tuple(t) = &s.borrow().args {
                return t.items.clone();
            }
        }
    }
    Vec::new()
}

/// The one place numeric errors from `pyjit-numeric` become Python exceptions: the variant
/// names the class and carries CPython's message. `MemoryError` is raised bare, as CPython
/// does; a negative base raised to a fractional power would be a `complex` in CPython, which
/// pyjit does not have.
impl From<NumError> for PyErr {
    fn from(e: NumError) -> PyErr {
        match e {
            NumError::Memory => PyErr::bare("MemoryError"),
            NumError::Complex => PyErr::new(
                "NotImplementedError",
                "complex numbers are not supported by pyjit",
            ),
            other => PyErr::new(other.kind(), other.message()),
        }
    }
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    PyErr::new("TypeError", msg)
}

/// CPython's `TypeError` for a value used where an integer (`__index__`) is needed.
pub fn not_an_integer(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        crate::builtin_types::type_name(v)
    ))
}

pub fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new("ValueError", msg)
}

pub fn index_error(msg: impl Into<String>) -> PyErr {
    PyErr::new("IndexError", msg)
}

pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    PyErr::new("AttributeError", msg)
}

pub fn zero_division(msg: impl Into<String>) -> PyErr {
    PyErr::new("ZeroDivisionError", msg)
}

pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    PyErr::new("OverflowError", msg)
}

pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args("KeyError", vec![key])
}

pub fn name_error(name: &str) -> PyErr {
    let e = PyErr::new("NameError", format!("name '{name}' is not defined"));
    if let Some(mut s) = e.state() {
        s.hint = Some(crate::suggest::Hint::Name {
            name: name.into(),
            scope: None,
        });
    }
    e
}

/// An `AttributeError` for `obj.name` with message `msg`, remembering both for a suggestion.
pub fn attribute_error_of(obj: &Value, name: &str, msg: impl Into<String>) -> PyErr {
    let e = attribute_error(msg);
    if let Some(mut s) = e.state() {
        s.hint = Some(crate::suggest::Hint::Attr {
            obj: obj.clone(),
            name: name.into(),
        });
    }
    e
}
