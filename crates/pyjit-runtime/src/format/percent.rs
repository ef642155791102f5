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
        if let Some(s) = simple_percent(fmt, args) {
            return Ok(s);
        }
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

/// `fmt % args` when each conversion is a bare `%d`, `%i` or `%s` (or a `%%`) and each
/// argument an int (`%d %i %s`) or a str (`%s`), one for each conversion: the result
/// `percent_format` would give, without its parser, argument bookkeeping and per-conversion
/// `String`s (deltablue's `"v%d" % i` took 2 800 instructions, 1.6% of the benchmark; now
/// ~650, the loop around it included). `None` for anything else, including every error
/// case (too few or too many arguments), which the general path then reports.
fn simple_percent(fmt: &str, args: &Value) -> Option<String> {
    let items: &[Value] = match args {
        Value::Tuple(t) => &t.items,
        Value::Int(_) | Value::Str(_) => std::slice::from_ref(args),
        _ => return None,
    };
    // Two walks: the first checks the format and measures the result, so the second writes
    // into a string of the exact size (which `Value::string` keeps without reallocating).
    let mut len = 0;
    pieces(fmt, items, |p| {
        len += match p {
            Piece::Text(t) => t.len(),
            Piece::Int(n) => decimal_len(n),
        }
    })?;
    let mut out = String::with_capacity(len);
    pieces(fmt, items, |p| match p {
        Piece::Text(t) => out.push_str(t),
        Piece::Int(n) => push_decimal(&mut out, n),
    })?;
    Some(out)
}

/// A part of `simple_percent`'s result.
enum Piece<'a> {
    Text(&'a str),
    Int(i64),
}

/// Hand `f` the parts of `fmt % items` in order; `None` (part-way) if the format or the
/// arguments are not `simple_percent`'s.
fn pieces<'a>(fmt: &'a str, items: &'a [Value], mut f: impl FnMut(Piece<'a>)) -> Option<()> {
    let bytes = fmt.as_bytes();
    let mut next = 0;
    let mut start = 0;
    while let Some(off) = bytes[start..].iter().position(|&b| b == b'%') {
        let at = start + off;
        // (`%` and the conversion letters are ASCII: the slices fall on char boundaries.)
        f(Piece::Text(&fmt[start..at]));
        match *bytes.get(at + 1)? {
            b'%' => f(Piece::Text("%")),
            conv @ (b'd' | b'i' | b's') => {
                match (conv, items.get(next)?) {
                    (_, Value::Int(n)) => f(Piece::Int(*n)),
                    (b's', Value::Str(s)) => f(Piece::Text(s.as_str())),
                    _ => return None,
                }
                next += 1;
            }
            _ => return None,
        }
        start = at + 2;
    }
    f(Piece::Text(&fmt[start..]));
    (next == items.len()).then_some(())
}

/// `str(n).len()`.
fn decimal_len(n: i64) -> usize {
    let mut m = n.unsigned_abs();
    let mut len = usize::from(n < 0) + 1;
    while m >= 10 {
        m /= 10;
        len += 1;
    }
    len
}

/// `str(n)` appended to `out`.
fn push_decimal(out: &mut String, n: i64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    out.extend(buf[at..].iter().map(|&d| char::from(d)));
}
