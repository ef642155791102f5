//! Metaclasses: classes derived from `type` (`class EnumType(type)`), as `enum` needs.
//!
//! A class made by one records it in `PyType::meta`, so `type(cls)` is the metaclass and
//! the operators on the class (`len(Color)`, `iter`, `in`, `Color['RED']`, `repr`,
//! attribute reads the class lacks, assignment) find their special methods on it the way
//! an instance's operators find them on its class: the instance paths are reused, as
//! `type_of` answers the metaclass. Classes without one (nearly all) take no new branch
//! on a hot path: only the error and fallback arms of those operators look.
//!
//! Not supported: a metaclass `__call__` (instantiation has fast paths in the interpreter
//! and the JIT that would skip it; refused when the class is made), metaclasses that are
//! not classes, and `type(name, bases, ns)` picking a base's metaclass.

use crate::builtin_types::{type_name, type_of, types};
use crate::error::{type_error, PyErr, PyResult};
use crate::object::{PyType, TypeKind};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

/// The metaclass a `class` statement uses: the most derived of the explicit one and the
/// bases' (CPython's `_PyType_CalculateMetaclass`); `None` when that is `type`.
pub fn winning_meta(
    explicit: Option<Rc<PyType>>,
    bases: &[Rc<PyType>],
) -> PyResult<Option<Rc<PyType>>> {
    let t = types();
    let mut winner = explicit.unwrap_or_else(|| t.type_.clone());
    for b in bases {
        let bm = b.meta.get().unwrap_or(&t.type_);
        if winner.is_subtype(bm) {
            continue;
        }
        if bm.is_subtype(&winner) {
            winner = bm.clone();
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    if Rc::ptr_eq(&winner, &t.type_) || winner.is_builtin {
        return Ok(None);
    }
    if matches!(winner.lookup("__call__"), Some(Value::Function(_))) {
        return Err(PyErr::new(
            "NotImplementedError",
            "a metaclass __call__ is not supported by pyjit",
        ));
    }
    Ok(Some(winner))
}

/// `type.__new__(mcls, name, bases, ns, **kwargs)`: a class whose metaclass is `mcls`.
pub fn type_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let t = types();
    let mcls = match args.first() {
        Some(Value::Type(m)) if m.is_subtype(&t.type_) => m.clone(),
        Some(Value::Type(m)) => {
            return Err(type_error(format!(
                "type.__new__({}): {} is not a subtype of type",
                m.name, m.name
            )))
        }
        Some(other) => {
            return Err(type_error(format!(
                "type.__new__(X): X is not a type object ({})",
                type_name(other)
            )))
        }
        None => return Err(type_error("type.__new__(): not enough arguments")),
    };
    match args.len() {
        2 if kw.is_empty() => Ok(Value::Type(type_of(&args[1]))),
        4 => {
            let meta = (!Rc::ptr_eq(&mcls, &t.type_)).then_some(mcls);
            crate::builtins::ctor::make_type(vm, &args[1..], kw.to_vec(), meta)
        }
        _ => Err(type_error("type.__new__() takes exactly 3 arguments")),
    }
}

/// `type.__init__(cls, ...)`: nothing to do (the class is complete after `__new__`).
pub fn type_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

impl Vm {
    /// `cls.name` found on the metaclass `meta` (after the class's own MRO missed it): a
    /// method bound to the class, a property's value, a plain attribute.
    pub fn meta_getattr(
        &mut self,
        cls: &Rc<PyType>,
        meta: &Rc<PyType>,
        name: &str,
    ) -> Option<PyResult<Value>> {
        let obj = Value::Type(cls.clone());
        let Some(attr) = meta.lookup(name) else {
            // The metaclass's `__getattr__`, for what neither the class nor it has.
            let hook = meta
                .lookup("__getattr__")
                .filter(|f| matches!(f, Value::Function(_)))?;
            return Some(self.call(&hook, vec![obj, Value::str(name)]));
        };
        if let Value::Builtin(_) = attr {
            // `type`'s and `object`'s own methods keep their old meaning on classes.
            return None;
        }
        Some(self.getattr_through(attr, &obj, meta, name))
    }

    /// A class whose metaclass defines `hook` (`__setattr__`, `__delattr__`) in Python:
    /// that function.
    pub fn meta_hook(obj: &Value, hook: &str) -> Option<Value> {
        match obj {
            Value::Type(t) => match t.meta.get()?.lookup(hook) {
                Some(f @ Value::Function(_)) => Some(f),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Whether `v` is a class made by a metaclass (its operators go to the metaclass).
pub fn has_meta(v: &Value) -> bool {
    matches!(v, Value::Type(t) if t.meta.get().is_some())
}

/// A metaclass is a class derived from `type`.
pub fn is_metaclass_kind(bases: &[Rc<PyType>]) -> bool {
    bases.iter().any(|b| b.kind == TypeKind::Type)
}

/// Whether class `t`'s metaclass defines `name` in Python (`__repr__`).
pub fn meta_defines(t: &PyType, name: &str) -> bool {
    t.meta
        .get()
        .is_some_and(|m| matches!(m.lookup(name), Some(Value::Function(_))))
}
