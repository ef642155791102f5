//! Walking a [`Template`] against the runtime's arguments with CPython's
//! argument bookkeeping (`arglen`/`argidx`, mapping operands, `%(key)`
//! lookups replacing the current argument, and the end-of-format checks).

use super::convert::{format_value, ArgValue, Conversion};
use super::{Count, Piece, Template};
use crate::error::NumError;

/// Which argument the formatter wants converted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// Item `i` of a tuple operand.
    Item(usize),
    /// The (non-tuple) operand itself.
    Whole,
    /// The object returned by the most recent [`PercentArgs::lookup`].
    Looked,
}

/// The right-hand operand of `fmt % args`, as seen by the formatter.
pub trait PercentArgs {
    /// The runtime's error type; must absorb [`NumError`].
    type Error: From<NumError>;

    /// `Some(len)` if the operand is a tuple, `None` otherwise.
    fn tuple_len(&self) -> Option<usize>;

    /// Whether the operand is a mapping for `%(key)` purposes (CPython:
    /// `PyMapping_Check(args) && !PyTuple_Check(args) && !PyUnicode_Check(args)`,
    /// so e.g. lists count).
    fn is_mapping(&self) -> bool;

    /// `args[key]`; the result becomes [`ArgRef::Looked`]. Errors (e.g.
    /// `KeyError`) are the runtime's own.
    fn lookup(&mut self, key: &str) -> Result<(), Self::Error>;

    /// Convert an argument for conversion `conv` (`'*'` for a `*` width or
    /// precision: return `ArgValue::Int` for ints, anything else otherwise).
    /// For `s`, `r` and `a` return `ArgValue::Str` holding `str(x)`,
    /// `repr(x)` or `ascii(x)`.
    fn value(&mut self, arg: ArgRef, conv: char) -> Result<ArgValue, Self::Error>;
}

/// `fmt % args`.
pub fn percent_format<A: PercentArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    Template::parse(fmt).render(args)
}

struct State {
    arglen: isize,
    argidx: isize,
    dict: bool,
    current: ArgRef,
}

impl State {
    fn next_arg(&mut self) -> Result<ArgRef, NumError> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                Ok(self.current)
            } else {
                Ok(ArgRef::Item(i as usize))
            }
        } else {
            Err(NumError::type_error(
                "not enough arguments for format string",
            ))
        }
    }
}

fn not_all_converted() -> NumError {
    NumError::type_error("not all arguments converted during string formatting")
}

fn star_value<A: PercentArgs>(st: &mut State, args: &mut A, width: bool) -> Result<i64, A::Error> {
    let a = st.next_arg()?;
    match args.value(a, '*')? {
        ArgValue::Int(i) => match i.as_i64() {
            Some(v) if width || i32::try_from(v).is_ok() => Ok(v),
            _ => Err(NumError::overflow(if width {
                "Python int too large to convert to C ssize_t"
            } else {
                "Python int too large to convert to C int"
            })
            .into()),
        },
        _ => Err(NumError::type_error("* wants int").into()),
    }
}

fn unsupported(ch: char, index: usize) -> NumError {
    let v = ch as u32;
    let shown = if (31..=126).contains(&v) { ch } else { '?' };
    NumError::value(format!(
        "unsupported format character '{shown}' (0x{v:x}) at index {index}"
    ))
}

impl Template {
    /// Format against `args` (the `%` operator).
    pub fn render<A: PercentArgs>(&self, args: &mut A) -> Result<String, A::Error> {
        let mut st = match args.tuple_len() {
            Some(n) => State {
                arglen: n as isize,
                argidx: 0,
                dict: false,
                current: ArgRef::Whole,
            },
            None => State {
                arglen: -1,
                argidx: -2,
                dict: args.is_mapping(),
                current: ArgRef::Whole,
            },
        };
        let mut out = String::new();
        for piece in &self.pieces {
            let d = match piece {
                Piece::Literal(s) => {
                    out.push_str(s);
                    continue;
                }
                Piece::Directive(d) => d,
            };
            if d.keyed {
                if !st.dict {
                    return Err(NumError::type_error("format requires a mapping").into());
                }
                if let Some(key) = &d.key {
                    args.lookup(key)?;
                    st.arglen = -1;
                    st.argidx = -2;
                    st.current = ArgRef::Looked;
                }
            }
            let mut flags = d.flags;
            let width = match d.width {
                Count::Absent => None,
                Count::Value(w) => Some(w),
                Count::Star => {
                    let w = star_value(&mut st, args, true)?;
                    if w < 0 {
                        flags.ljust = true;
                    }
                    Some(w.unsigned_abs() as usize)
                }
            };
            let precision = match d.precision {
                Count::Absent => None,
                Count::Value(p) => Some(p),
                Count::Star => Some(star_value(&mut st, args, false)?.max(0) as usize),
            };
            if let Some(e) = &d.error {
                return Err(e.clone().into());
            }
            let conv = d.conv.expect("directive without error has a conversion");
            let arg = st.next_arg()?;
            if !"sracdiuoxXeEfFgG".contains(conv) {
                return Err(unsupported(conv, d.index).into());
            }
            let value = args.value(arg, conv)?;
            let c = Conversion {
                flags,
                width,
                precision,
                conv,
            };
            if width.unwrap_or(0) > crate::format_spec::MAX_FIELD
                || precision.unwrap_or(0) > crate::format_spec::MAX_FIELD
            {
                return Err(NumError::Memory.into());
            }
            out.push_str(&format_value(&c, &value)?);
            if st.dict && st.argidx < st.arglen {
                return Err(not_all_converted().into());
            }
        }
        if st.argidx < st.arglen && !st.dict {
            return Err(not_all_converted().into());
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::int::Int;

    /// Minimal operand: a tuple of values, a single value, or a mapping.
    enum Operand {
        Tuple(Vec<ArgValue>),
        Single(ArgValue),
        Map(Vec<(String, ArgValue)>),
    }

    struct Args {
        op: Operand,
        looked: Option<ArgValue>,
    }

    fn text(v: &ArgValue, conv: char) -> ArgValue {
        match (v, conv) {
            (ArgValue::Int(i), 's' | 'r' | 'a') => ArgValue::Str(i.to_string()),
            (ArgValue::Str(s), 'r' | 'a') => ArgValue::Str(crate::pystr::str_repr(s)),
            _ => v.clone(),
        }
    }

    impl PercentArgs for Args {
        type Error = NumError;
        fn tuple_len(&self) -> Option<usize> {
            match &self.op {
                Operand::Tuple(v) => Some(v.len()),
                _ => None,
            }
        }
        fn is_mapping(&self) -> bool {
            matches!(self.op, Operand::Map(_))
        }
        fn lookup(&mut self, key: &str) -> Result<(), NumError> {
            match &self.op {
                Operand::Map(m) => {
                    let v = m.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
                    self.looked = Some(v.ok_or_else(|| NumError::value("KeyError"))?);
                    Ok(())
                }
                _ => unreachable!(),
            }
        }
        fn value(&mut self, arg: ArgRef, conv: char) -> Result<ArgValue, NumError> {
            let v = match (arg, &self.op) {
                (ArgRef::Item(i), Operand::Tuple(t)) => t[i].clone(),
                (ArgRef::Whole, Operand::Single(v)) => v.clone(),
                (ArgRef::Whole, Operand::Map(_)) => ArgValue::Other("dict".into()),
                (ArgRef::Looked, _) => self.looked.clone().unwrap(),
                _ => unreachable!(),
            };
            Ok(text(&v, conv))
        }
    }

    fn fmt(f: &str, op: Operand) -> String {
        let mut a = Args { op, looked: None };
        percent_format(f, &mut a).unwrap_or_else(|e| format!("{}: {}", e.kind(), e.message()))
    }

    fn i(v: i64) -> ArgValue {
        ArgValue::Int(Int::Small(v))
    }

    #[test]
    fn argument_bookkeeping() {
        use Operand::*;
        assert_eq!(fmt("%s-%s", Tuple(vec![i(1), i(2)])), "1-2");
        assert_eq!(
            fmt("%s %s", Tuple(vec![i(1)])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            fmt("%s", Tuple(vec![i(1), i(2)])),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            fmt("abc", Single(i(5))),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(fmt("abc", Map(vec![])), "abc");
        assert_eq!(fmt("abc", Tuple(vec![])), "abc");
        assert_eq!(
            fmt(
                "%(a)s %(b)d",
                Map(vec![("a".into(), i(1)), ("b".into(), i(2))])
            ),
            "1 2"
        );
        assert_eq!(
            fmt("%(a)s %s", Map(vec![("a".into(), i(1))])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            fmt("%(a)s", Single(i(1))),
            "TypeError: format requires a mapping"
        );
        assert_eq!(fmt("%*d|", Tuple(vec![i(-5), i(3)])), "3    |");
        assert_eq!(fmt("%.*f", Tuple(vec![i(-3), ArgValue::Float(1.5)])), "2");
        assert_eq!(
            fmt("%*d", Tuple(vec![ArgValue::Str("a".into()), i(1)])),
            "TypeError: * wants int"
        );
        assert_eq!(
            fmt("%y", Tuple(vec![])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            fmt("%y", Single(i(1))),
            "ValueError: unsupported format character 'y' (0x79) at index 1"
        );
        assert_eq!(
            fmt("%5%", Single(i(1))),
            "ValueError: unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            fmt("%\u{e9}", Single(i(1))),
            "ValueError: unsupported format character '?' (0xe9) at index 1"
        );
        assert_eq!(
            fmt("%d %y", Tuple(vec![ArgValue::Str("a".into()), i(1)])),
            "TypeError: %d format: a real number is required, not str"
        );
        assert_eq!(fmt("%%", Tuple(vec![])), "%");
        assert_eq!(fmt("a%", Single(i(1))), "ValueError: incomplete format");
    }
}
