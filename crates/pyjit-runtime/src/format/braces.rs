//! `str.format`: `{field!conv:spec}` replacement fields.

use crate::error::{key_error, type_error, value_error, PyErr, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

impl Vm {
    pub fn str_format(
        &mut self,
        fmt: &str,
        args: &[Value],
        kw: &[(Rc<str>, Value)],
    ) -> PyResult<String> {
        let mut auto = 0usize;
        let mut manual = false;
        let mut automatic = false;
        self.format_braces(fmt, args, kw, &mut auto, &mut manual, &mut automatic, 0)
    }

    #[allow(clippy::too_many_arguments)]
    fn format_braces(
        &mut self,
        fmt: &str,
        args: &[Value],
        kw: &[(Rc<str>, Value)],
        auto: &mut usize,
        manual: &mut bool,
        automatic: &mut bool,
        depth: usize,
    ) -> PyResult<String> {
        if depth > 2 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let cs: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < cs.len() {
            let c = cs[i];
            if c == '}' {
                if cs.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if cs.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested fields in the spec.
            let mut j = i + 1;
            let mut nest = 1;
            while j < cs.len() {
                match cs[j] {
                    '{' => nest += 1,
                    '}' => {
                        nest -= 1;
                        if nest == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= cs.len() {
                return Err(value_error("Single '{' encountered in format string"));
            }
            let field: String = cs[i + 1..j].iter().collect();
            i = j + 1;
            let (name_conv, spec) = match field.find(':') {
                Some(p) => (field[..p].to_string(), field[p + 1..].to_string()),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(p) => (
                    name_conv[..p].to_string(),
                    Some(name_conv[p + 1..].to_string()),
                ),
                None => (name_conv, None),
            };
            let value = self.resolve_field(&name, args, kw, auto, manual, automatic)?;
            let value = match conv.as_deref() {
                None => value,
                Some("s") => Value::string(self.to_str(&value)?),
                Some("r") => Value::string(self.repr(&value)?),
                Some("a") => Value::string(crate::interp::eval::ascii_escape(&self.repr(&value)?)),
                Some(other) => {
                    return Err(value_error(format!("Unknown conversion specifier {other}")))
                }
            };
            let spec = if spec.contains('{') {
                self.format_braces(&spec, args, kw, auto, manual, automatic, depth + 1)?
            } else {
                spec
            };
            out.push_str(&self.format(&value, &spec)?);
        }
        Ok(out)
    }

    fn resolve_field(
        &mut self,
        name: &str,
        args: &[Value],
        kw: &[(Rc<str>, Value)],
        auto: &mut usize,
        manual: &mut bool,
        automatic: &mut bool,
    ) -> PyResult<Value> {
        let end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, mut rest) = name.split_at(end);
        let mut value = if first.is_empty() {
            if *manual {
                return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            *automatic = true;
            let idx = *auto;
            *auto += 1;
            args.get(idx).cloned().ok_or_else(|| {
                PyErr::new(
                    "IndexError",
                    format!("Replacement index {idx} out of range for positional args tuple"),
                )
            })?
        } else if let Ok(idx) = first.parse::<usize>() {
            if *automatic {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *manual = true;
            args.get(idx).cloned().ok_or_else(|| {
                PyErr::new(
                    "IndexError",
                    format!("Replacement index {idx} out of range for positional args tuple"),
                )
            })?
        } else {
            kw.iter()
                .find(|(k, _)| &**k == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| key_error(Value::str(first)))?
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = self.getattr(&value, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(close) = r.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let key = &r[..close];
                let k = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = self.getitem(&value, &k)?;
                rest = &r[close + 1..];
            } else {
                return Err(type_error("invalid field name"));
            }
        }
        Ok(value)
    }
}
