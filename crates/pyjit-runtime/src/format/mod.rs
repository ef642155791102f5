//! String formatting: `format()`/f-strings, `%`-formatting and `str.format`.

mod braces;
mod percent;
pub mod spec;

use crate::builtin_types::type_name;
use crate::error::{type_error, PyResult};
use crate::ops::num::to_bigint;
use crate::value::Value;
use crate::vm::Vm;
use spec::{format_float, format_int, format_str, FormatSpec};

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Int(_) | Value::BigInt(_) => {
                format_int(&to_bigint(v).unwrap_or_default(), &FormatSpec::parse(spec)?)
            }
            Value::Bool(_) if !spec.is_empty() => {
                format_int(&to_bigint(v).unwrap_or_default(), &FormatSpec::parse(spec)?)
            }
            Value::Float(f) => format_float(*f, &FormatSpec::parse(spec)?),
            Value::Str(s) => format_str(s.as_str(), &FormatSpec::parse(spec)?),
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
                self.format_plain(v, spec)
            }
            _ => self.format_plain(v, spec),
        }
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
