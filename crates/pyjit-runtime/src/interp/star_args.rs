//! `f(*xs, **m)`: spreading positional arguments and merging keyword arguments into the
//! call's dict (`DictMerge`), with CPython's checks and messages, which name the callee as
//! `_PyObject_FunctionStr` does.

use crate::builtin_types::type_name;
use crate::error::{type_error, PyErr, PyResult};
use crate::object::PyDict;
use crate::value::Value;
use crate::vm::Vm;

/// How CPython names a callable in call errors: `module.qualname()`, or just `qualname()`
/// for builtins (`len()`, `list.append()`).
pub fn function_str(f: &Value) -> String {
    match f {
        Value::Function(func) => {
            let qualname = func.qualname.borrow().clone();
            match &func.module {
                Value::Str(m) if m.as_str() != "builtins" => format!("{}.{qualname}()", m.as_str()),
                _ => format!("{qualname}()"),
            }
        }
        Value::BoundMethod(m) => function_str(&m.func),
        Value::Type(cls) => {
            let qualname = cls.qualname.borrow().clone();
            if cls.is_builtin || &*cls.module == "builtins" {
                format!("{qualname}()")
            } else {
                format!("{}.{qualname}()", cls.module)
            }
        }
        Value::Builtin(b) => format!("{}()", b.name),
        other => format!("{} object", type_name(other)),
    }
}

impl Vm {
    /// `DictMerge`: the mapping `src` merged into the call's keyword dict `into`; a key given
    /// twice is an error (unlike `{**a, **b}`), as is a `src` that is no mapping. `callee`
    /// names the function in the message.
    pub(crate) fn merge_call_kwargs(
        &mut self,
        callee: &Value,
        into: &PyDict,
        src: &Value,
    ) -> PyResult<()> {
        let mapping = match src {
            Value::Dict(_) => true,
            Value::Instance(_) => self.hasattr(src, "keys")?,
            _ => false,
        };
        if !mapping {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(callee),
                type_name(src)
            )));
        }
        for (k, v) in self.mapping_items(src)? {
            if self.with_key_eq(|| into.map.borrow().contains_key(&k))? {
                let key = match &k.value {
                    Value::Str(s) => s.as_str().to_string(),
                    other => self.repr(other)?,
                };
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{key}'",
                    function_str(callee)
                )));
            }
            self.with_key_eq(|| into.map.borrow_mut().insert(k, v))?;
        }
        Ok(())
    }
}

/// Whether `e` is the "'T' object is not iterable" `TypeError` of iterating `v` itself (as
/// opposed to one raised inside its `__iter__`), which a `*` operand reports differently.
pub(crate) fn not_iterable(e: &PyErr, v: &Value) -> bool {
    e.is("TypeError")
        && matches!(e.args().as_slice(), [Value::Str(m)]
            if m.as_str() == format!("'{}' object is not iterable", type_name(v)))
}

impl Vm {
    /// `ListExtend`'s items: `[*v]`, `(*v,)` and `f(a, *v)` (CPython's `LIST_EXTEND`).
    pub(crate) fn star_items(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        self.collect(v).map_err(|e| {
            if not_iterable(&e, v) {
                type_error(format!(
                    "Value after * must be an iterable, not {}",
                    type_name(v)
                ))
            } else {
                e
            }
        })
    }

    /// `CallEx`'s positional arguments: the tuple built by the caller, or the one operand of
    /// `f(*v)` as it is (CPython's `CALL_FUNCTION_EX` names the callee when it is no iterable).
    pub(crate) fn call_ex_args(&mut self, callee: &Value, v: &Value) -> PyResult<Vec<Value>> {
        self.collect(v).map_err(|e| {
            if not_iterable(&e, v) {
                type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    function_str(callee),
                    type_name(v)
                ))
            } else {
                e
            }
        })
    }
}
