//! What classes do as operands: `list[int]` and `C[T]` (PEP 585, `__class_getitem__`),
//! `int | None` (PEP 604), and `isinstance`/`issubclass` against the objects they make.
//!
//! The objects themselves (`types.GenericAlias`, `types.UnionType`) are Python classes in
//! `lib/types.py`: they are built when annotations are evaluated, printed and compared,
//! never in a loop that matters, and CPython's behaviour is easiest to match there. The
//! runtime only routes the operators on classes to that module.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// A function of `lib/types.py` (imported on first use).
    fn types_helper(&mut self, name: &str) -> PyResult<Value> {
        let m = self.import_module("types", true)?;
        self.getattr(&m, name)
    }

    /// `cls[idx]` for a class: its metaclass's `__getitem__` if it has one (an enum's
    /// `Color['RED']`), else a generic alias or the class's `__class_getitem__`.
    pub fn class_subscript(&mut self, cls: &Value, idx: &Value) -> PyResult<Value> {
        if self.special(cls, "__getitem__").is_some() {
            return self.instance_getitem(cls, idx);
        }
        let f = self.types_helper("_subscript")?;
        self.call(&f, vec![cls.clone(), idx.clone()])
    }

    /// `a | b` where neither operand is an instance: a `types.UnionType` when both are
    /// classes or `None` (and one is a class), else `None` (the caller's TypeError).
    pub fn class_union(&mut self, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let unionable = |v: &Value| matches!(v, Value::Type(_) | Value::None);
        if !(unionable(a) && unionable(b))
            || !(matches!(a, Value::Type(_)) || matches!(b, Value::Type(_)))
        {
            return Ok(None);
        }
        let f = self.types_helper("_union")?;
        Ok(Some(self.call(&f, vec![a.clone(), b.clone()])?))
    }

    /// `isinstance(v, cls)` / `issubclass(v, cls)` where `cls` is an instance: its class's
    /// `__instancecheck__` / `__subclasscheck__` (a `UnionType` or `GenericAlias`), or
    /// `None` when it has none.
    pub fn instance_check(&mut self, hook: &str, v: &Value, cls: &Value) -> PyResult<Option<bool>> {
        if !matches!(cls, Value::Instance(_)) {
            return Ok(None);
        }
        match self.call_special1(cls, hook, v)? {
            Some(r) => Ok(Some(self.truthy(&r)?)),
            None => Ok(None),
        }
    }
}
