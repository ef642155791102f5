//! `%`-formatting of strings (`"%5.2f" % x`). Parsing the format, CPython's argument
//! bookkeeping and every conversion are `pyjit_numeric::printf`'s; this adapter shows it the
//! right-hand operand and converts argument objects the way CPython's `PyUnicode_Format` does
//! (`__int__`/`__index__`/`__float__` on instances, `str`/`repr`/`ascii` for `%s %r %a`).

use crate::builtin_types::type_name;
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::eval::ascii_escape;
use crate::ops::num::int_of;
use crate::value::Value;
use crate::vm::Vm;
use pyjit_numeric::printf::{percent_format, ArgRef, ArgValue, PercentArgs};

/// The right-hand operand of `fmt % args`.
struct Operand<'a> {
    vm: &'a mut Vm,
    args: &'a Value,
    /// The value found by the latest `%(key)` lookup.
    looked: Value,
}

impl PercentArgs for Operand<'_> {
    type Error = PyErr;

    fn tuple_len(&self) -> Option<usize> {
        match self.args {
            Value::Tuple(t) => Some(t.items.len()),
            _ => None,
        }
    }

    fn is_mapping(&self) -> bool {
        // CPython: anything subscriptable that is neither a tuple nor a str.
        match self.args {
            Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
            Value::Instance(_) => self.vm.special(self.args, "__getitem__").is_some(),
            _ => false,
        }
    }

    fn lookup(&mut self, key: &str) -> PyResult<()> {
        self.looked = self.vm.getitem(self.args, &Value::str(key))?;
        Ok(())
    }

    fn value(&mut self, arg: ArgRef, conv: char) -> PyResult<ArgValue> {
        let v = match (arg, self.args) {
            (ArgRef::Item(i), Value::Tuple(t)) => t.items.get(i).cloned().unwrap_or(Value::None),
            (ArgRef::Looked, _) => self.looked.clone(),
            _ => self.args.clone(),
        };
        self.vm.percent_arg(&v, conv)
    }
}

impl Vm {
    /// `fmt % args` for a str `fmt`.
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let mut operand = Operand {
            vm: self,
            args,
            looked: Value::None,
        };
        percent_format(fmt, &mut operand)
    }

    /// One argument as conversion `conv` sees it (`'*'` for a `*` width or precision).
    fn percent_arg(&mut self, v: &Value, conv: char) -> PyResult<ArgValue> {
        Ok(match (conv, v) {
            ('s', _) => ArgValue::Str(self.to_str(v)?),
            ('r', _) => ArgValue::Str(self.repr(v)?),
            ('a', _) => ArgValue::Str(ascii_escape(&self.repr(v)?)),
            (_, Value::Float(f)) => ArgValue::Float(*f),
            (_, Value::Str(s)) => ArgValue::Str(s.as_str().to_string()),
            ('*', _) => int_arg(v),
            (_, Value::Instance(_)) => self.percent_instance(v, conv)?,
            _ => int_arg(v),
        })
    }

    /// An instance argument of a numeric conversion, converted through its special methods
    /// as CPython does: `__float__` (then `__index__`) for float conversions, `int()` for
    /// `%d`, `__index__` otherwise. A `TypeError` from an int conversion means "wrong type".
    fn percent_instance(&mut self, v: &Value, conv: char) -> PyResult<ArgValue> {
        if matches!(conv, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
            return Ok(match self.call_special(v, "__float__", vec![])? {
                Some(Value::Float(f)) => ArgValue::Float(f),
                Some(r) => {
                    return Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v),
                        type_name(&r)
                    )))
                }
                None => int_arg(&self.index_operand(v)?),
            });
        }
        let converted = if matches!(conv, 'd' | 'i' | 'u') {
            self.to_int(v)
        } else {
            self.index_operand(v)
        };
        match converted {
            Ok(r) => Ok(int_arg(&r)),
            Err(e) if e.is("TypeError") => Ok(ArgValue::Other(type_name(v).to_string())),
            Err(e) => Err(e),
        }
    }
}

fn int_arg(v: &Value) -> ArgValue {
    match int_of(v) {
        Some(i) => ArgValue::Int(i),
        None => ArgValue::Other(type_name(v).to_string()),
    }
}
