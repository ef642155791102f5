//! String formatting: `format()`/f-strings, `%`-formatting and `str.format`.
//!
//! The format-spec mini-language and the `%` conversions are `pyjit-numeric`'s
//! (`format_spec`, `printf`); this module dispatches runtime values to them, calls
//! `__format__` on instances, and parses `str.format`'s replacement fields (`braces`).

mod braces;
mod percent;

use crate::builtin_types::type_name;
use crate::error::{type_error, PyResult};
use crate::ops::num::big_int;
use crate::value::Value;
use crate::vm::Vm;
use pyjit_numeric::format_spec::{
    builtin_format_float, builtin_format_int, builtin_format_str, format_int, FormatSpec,
};
use pyjit_numeric::Int;

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        Ok(match v {
            Value::Int(i) => builtin_format_int(&Int::Small(*i), spec)?,
            Value::BigInt(b) => builtin_format_int(&big_int(b), spec)?,
            // `bool` inherits `int.__format__`, but an empty spec means `str(True)`.
            Value::Bool(b) if !spec.is_empty() => {
                format_int(&Int::from(*b), &FormatSpec::parse(spec, "bool")?)?
            }
            Value::Float(f) => builtin_format_float(*f, spec)?,
            Value::Str(s) => builtin_format_str(s.as_str(), spec)?,
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__format__", vec![Value::str(spec)])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(type_error(format!(
                            "__format__ must return a str, not {}",
                            type_name(&other)
                        ))),
                    };
                }
                self.format_plain(v, spec)?
            }
            _ => self.format_plain(v, spec)?,
        })
    }

    /// `object.__format__`: only the empty spec is allowed.
    fn format_plain(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.to_str(v);
        }
        Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        )))
    }
}
