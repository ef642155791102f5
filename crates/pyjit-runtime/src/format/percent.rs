//! `%`-formatting of strings (`"%5.2f" % x`).

use super::spec::{format_float, format_int, format_str, FormatSpec};
use crate::builtin_types::type_name;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::ops::num::{to_bigint, Num};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    pub fn percent_format(&mut self, fmt: &str, args: &Value) -> PyResult<String> {
        let (positional, mapping) = match args {
            Value::Tuple(t) => (t.items.clone(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            other => (vec![other.clone()], None),
        };
        let mut next = 0usize;
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            let _ = vm;
            let v = positional
                .get(next)
                .cloned()
                .ok_or_else(|| type_error("not enough arguments for format string"))?;
            next += 1;
            Ok(v)
        };
        let cs: Vec<char> = fmt.chars().collect();
        let mut out = String::with_capacity(fmt.len());
        let mut i = 0;
        let mut used_mapping = false;
        while i < cs.len() {
            let c = cs[i];
            if c != '%' {
                out.push(c);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            let mut key_value = None;
            if i < cs.len() && cs[i] == '(' {
                let mut depth = 1;
                let kstart = i + 1;
                i += 1;
                while i < cs.len() && depth > 0 {
                    match cs[i] {
                        '(' => depth += 1,
                        ')' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                }
                let key: String = cs[kstart..i - 1].iter().collect();
                let Some(m) = &mapping else {
                    return Err(type_error("format requires a mapping"));
                };
                used_mapping = true;
                key_value = Some(self.getitem(m, &Value::string(key))?);
            }
            let mut spec = FormatSpec::default();
            let mut left = false;
            while i < cs.len() && "-+ #0".contains(cs[i]) {
                match cs[i] {
                    '-' => left = true,
                    '+' => spec.sign = Some('+'),
                    ' ' => {
                        if spec.sign.is_none() {
                            spec.sign = Some(' ')
                        }
                    }
                    '#' => spec.alternate = true,
                    _ => spec.zero = true,
                }
                i += 1;
            }
            if i < cs.len() && cs[i] == '*' {
                let w = take(self)?;
                let w = match w {
                    Value::Int(n) => n,
                    _ => return Err(type_error("* wants int")),
                };
                if w < 0 {
                    left = true;
                }
                spec.width = w.unsigned_abs() as usize;
                i += 1;
            } else {
                let s = i;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    i += 1;
                }
                if i > s {
                    spec.width = cs[s..i].iter().collect::<String>().parse().unwrap_or(0);
                }
            }
            if i < cs.len() && cs[i] == '.' {
                i += 1;
                if i < cs.len() && cs[i] == '*' {
                    let p = take(self)?;
                    spec.precision = Some(match p {
                        Value::Int(n) => n.max(0) as usize,
                        _ => return Err(type_error("* wants int")),
                    });
                    i += 1;
                } else {
                    let s = i;
                    while i < cs.len() && cs[i].is_ascii_digit() {
                        i += 1;
                    }
                    spec.precision = Some(cs[s..i].iter().collect::<String>().parse().unwrap_or(0));
                }
            }
            while i < cs.len() && "hlL".contains(cs[i]) {
                i += 1;
            }
            let Some(&conv) = cs.get(i) else {
                return Err(value_error("incomplete format"));
            };
            i += 1;
            if conv == '%' {
                out.push('%');
                continue;
            }
            let arg = match key_value.take() {
                Some(v) => v,
                None => take(self)?,
            };
            if left {
                spec.align = Some('<');
                spec.zero = false;
            } else if spec.zero && !matches!(conv, 's' | 'r' | 'a' | 'c') {
                spec.fill = Some('0');
                spec.align = Some('=');
            } else {
                spec.align = Some('>');
            }
            let piece = match conv {
                's' | 'r' | 'a' => {
                    let text = match conv {
                        's' => self.to_str(&arg)?,
                        'r' => self.repr(&arg)?,
                        _ => crate::interp::eval::ascii_escape(&self.repr(&arg)?),
                    };
                    spec.zero = false;
                    spec.fill = None;
                    format_str(&text, &spec)?
                }
                'd' | 'i' | 'u' => {
                    let n = self.percent_int(&arg, conv, true)?;
                    let prec = spec.precision.take();
                    let mut s = format_int(&n, &spec)?;
                    if let Some(p) = prec {
                        s = min_digits(&s, p);
                    }
                    s
                }
                'x' | 'X' | 'o' => {
                    let n = self.percent_int(&arg, conv, false)?;
                    spec.kind = Some(conv);
                    spec.precision = None;
                    format_int(&n, &spec)?
                }
                'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    let f = match Num::of(&arg) {
                        Some(n) => n.to_f64()?,
                        None => {
                            return Err(type_error(format!(
                                "must be real number, not {}",
                                type_name(&arg)
                            )))
                        }
                    };
                    spec.kind = Some(conv);
                    if spec.precision.is_none() {
                        spec.precision = Some(6);
                    }
                    format_float(f, &spec)?
                }
                'c' => {
                    let ch = match &arg {
                        Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                        Value::Int(n) => char::from_u32(*n as u32)
                            .map(|c| c.to_string())
                            .ok_or_else(|| {
                                PyErr::new("OverflowError", "%c arg not in range(0x110000)")
                            })?,
                        _ => return Err(type_error("%c requires int or char")),
                    };
                    format_str(&ch, &spec)?
                }
                other => {
                    return Err(value_error(format!(
                        "unsupported format character '{other}' ({:#x}) at index {}",
                        other as u32,
                        start + (i - start) - 1
                    )))
                }
            };
            out.push_str(&piece);
        }
        if next < positional.len() && !used_mapping && mapping.is_none() {
            return Err(type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(out)
    }

    fn percent_int(
        &mut self,
        v: &Value,
        conv: char,
        allow_float: bool,
    ) -> PyResult<num_bigint::BigInt> {
        if let Some(b) = to_bigint(v) {
            return Ok(b);
        }
        if let (Value::Float(f), true) = (v, allow_float) {
            let i = crate::builtins::float_to_int(*f)?;
            return Ok(to_bigint(&i).unwrap_or_default());
        }
        if let Value::Instance(_) = v {
            if let Some(r) = self.call_special(v, "__int__", vec![])? {
                return Ok(to_bigint(&r).unwrap_or_default());
            }
        }
        let what = if allow_float {
            format!(
                "%{conv} format: a real number is required, not {}",
                type_name(v)
            )
        } else {
            format!(
                "%{conv} format: an integer is required, not {}",
                type_name(v)
            )
        };
        Err(type_error(what))
    }
}

/// `%.Nd`: at least N digits.
fn min_digits(s: &str, p: usize) -> String {
    let trimmed = s.trim_start();
    let lead = &s[..s.len() - trimmed.len()];
    let (sign, digits) = match trimmed.chars().next() {
        Some(c @ ('-' | '+' | ' ')) => (c.to_string(), &trimmed[1..]),
        _ => (String::new(), trimmed),
    };
    if digits.len() >= p {
        return s.to_string();
    }
    let body = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
    let extra = lead.len().saturating_sub(body.len() - trimmed.len());
    format!("{}{body}", " ".repeat(extra))
}
