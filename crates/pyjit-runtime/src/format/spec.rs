//! The format-spec mini-language (`format(x, spec)`, f-string `{x:spec}`), as pure functions
//! over Rust numbers and text.

use crate::error::{value_error, PyErr, PyResult};
use crate::ops::numfmt::float_repr;
use num_bigint::BigInt;
use num_traits::Signed;

#[derive(Clone, Debug, Default)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

impl FormatSpec {
    pub fn parse(spec: &str) -> PyResult<FormatSpec> {
        let cs: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut s = FormatSpec::default();
        let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
        if cs.len() >= 2 && is_align(cs[1]) {
            s.fill = Some(cs[0]);
            s.align = Some(cs[1]);
            i = 2;
        } else if !cs.is_empty() && is_align(cs[0]) {
            s.align = Some(cs[0]);
            i = 1;
        }
        if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
            s.sign = Some(cs[i]);
            i += 1;
        }
        if i < cs.len() && cs[i] == 'z' {
            i += 1;
        }
        if i < cs.len() && cs[i] == '#' {
            s.alternate = true;
            i += 1;
        }
        if i < cs.len() && cs[i] == '0' {
            s.zero = true;
            i += 1;
        }
        let start = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i > start {
            s.width = cs[start..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| value_error("Too many decimal digits in format string"))?;
        }
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            s.grouping = Some(cs[i]);
            i += 1;
        }
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            let start = i;
            while i < cs.len() && cs[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return Err(value_error("Format specifier missing precision"));
            }
            s.precision = Some(
                cs[start..i]
                    .iter()
                    .collect::<String>()
                    .parse()
                    .map_err(|_| value_error("Too many decimal digits in format string"))?,
            );
        }
        if i < cs.len() {
            s.kind = Some(cs[i]);
            i += 1;
        }
        if i < cs.len() {
            return Err(value_error("Invalid format specifier"));
        }
        if s.zero && s.align.is_none() {
            s.fill.get_or_insert('0');
            s.align = Some('=');
        }
        Ok(s)
    }

    fn unknown(&self, type_name: &str) -> PyErr {
        let c = self.kind.unwrap_or(' ');
        value_error(format!(
            "Unknown format code '{c}' for object of type '{type_name}'"
        ))
    }
}

/// Pad `body` (with an optional sign/prefix kept in front for `=` alignment) to the width.
fn pad(spec: &FormatSpec, prefix: &str, body: &str, default_align: char) -> String {
    let len = prefix.chars().count() + body.chars().count();
    if spec.width <= len {
        return format!("{prefix}{body}");
    }
    let fill = spec.fill.unwrap_or(' ');
    let n = spec.width - len;
    let fills = |k: usize| fill.to_string().repeat(k);
    match spec.align.unwrap_or(default_align) {
        '<' => format!("{prefix}{body}{}", fills(n)),
        '^' => format!("{}{prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{prefix}{}{body}", fills(n)),
        _ => format!("{}{prefix}{body}", fills(n)),
    }
}

/// Insert a separator every `every` digits from the right of `digits`.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Grouping that also pads with zeros to the width when `0` was given (CPython groups the
/// zero padding too, e.g. `format(1234, '010,')` is `'00,001,234'`).
fn group_padded(digits: &str, sep: char, every: usize, min_len: usize) -> String {
    let mut d = digits.to_string();
    let mut g = group(&d, sep, every);
    while g.chars().count() < min_len {
        d.insert(0, '0');
        g = group(&d, sep, every);
    }
    g
}

fn sign_str(negative: bool, spec: &FormatSpec) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

pub fn format_int(v: &BigInt, spec: &FormatSpec) -> PyResult<String> {
    let kind = spec.kind.unwrap_or('d');
    match kind {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::ops::num::big_to_f64(v)?;
            return format_float(f, spec);
        }
        'd' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c' => {}
        _ => return Err(spec.unknown("int")),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        let c = num_traits::ToPrimitive::to_u32(v)
            .and_then(char::from_u32)
            .ok_or_else(|| PyErr::new("OverflowError", "%c arg not in range(0x110000)"))?;
        return Ok(pad(spec, "", &c.to_string(), '<'));
    }
    let (base, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.abs().to_str_radix(base);
    if kind == 'X' {
        digits = digits.to_uppercase();
    }
    if spec.grouping == Some(',') && base != 10 {
        return Err(value_error(format!("Cannot specify ',' with '{kind}'.")));
    }
    let mut head = sign_str(v.is_negative(), spec).to_string();
    if spec.alternate {
        head.push_str(prefix);
    }
    let body = match spec.grouping {
        Some(sep) => {
            let every = if base == 10 { 3 } else { 4 };
            if spec.align == Some('=') && spec.fill == Some('0') {
                group_padded(&digits, sep, every, spec.width.saturating_sub(head.len()))
            } else {
                group(&digits, sep, every)
            }
        }
        None => digits,
    };
    Ok(pad(spec, &head, &body, '>'))
}

/// Python's exponent style: `e+05`, `e-07`.
fn py_exponent(rust_sci: &str, upper: bool) -> String {
    let (mant, exp) = rust_sci.split_once('e').unwrap_or((rust_sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    format!(
        "{mant}{e}{}{:02}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// `%g`-style: precision `p` significant digits, trailing zeros removed unless `alt`.
fn general(
    f: f64,
    p: usize,
    alt: bool,
    upper: bool,
    min_one_decimal: bool,
    repr_like: bool,
) -> String {
    let p = p.max(1);
    let sci = format!("{:.*e}", p - 1, f);
    let exp: i32 = sci
        .split_once('e')
        .map(|x| x.1.parse().unwrap_or(0))
        .unwrap_or(0);
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    let use_sci = exp < -4 || exp >= limit;
    let mut s = if use_sci {
        let (mant, _) = sci.split_once('e').unwrap_or((&sci, ""));
        let mut m = mant.to_string();
        if !alt && m.contains('.') {
            m = m.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        py_exponent(&format!("{m}e{exp}"), upper)
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let mut m = format!("{f:.decimals$}");
        if !alt && m.contains('.') {
            m = m.trim_end_matches('0').trim_end_matches('.').to_string();
        }
        if min_one_decimal && !m.contains('.') {
            m.push_str(".0");
        }
        m
    };
    if alt && !s.contains('.') {
        if let Some(pos) = s.find(['e', 'E']) {
            s.insert(pos, '.');
        } else {
            s.push('.');
        }
    }
    s
}

pub fn format_float(f: f64, spec: &FormatSpec) -> PyResult<String> {
    let kind = spec.kind;
    let negative = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let mut body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        if kind == Some('%') {
            t + "%"
        } else {
            t
        }
    } else {
        match kind {
            None => match spec.precision {
                None => float_repr(a),
                Some(p) => general(a, p, spec.alternate, false, true, true),
            },
            Some('f' | 'F') => {
                let p = spec.precision.unwrap_or(6);
                let mut s = format!("{a:.p$}");
                if spec.alternate && p == 0 {
                    s.push('.');
                }
                s
            }
            Some('e' | 'E') => {
                let p = spec.precision.unwrap_or(6);
                let mut s = py_exponent(&format!("{a:.p$e}"), upper);
                if spec.alternate && p == 0 {
                    if let Some(pos) = s.find(['e', 'E']) {
                        s.insert(pos, '.');
                    }
                }
                s
            }
            Some('g' | 'G' | 'n') => general(
                a,
                spec.precision.unwrap_or(6),
                spec.alternate,
                upper,
                false,
                false,
            ),
            Some('%') => {
                let p = spec.precision.unwrap_or(6);
                format!("{:.p$}%", a * 100.0)
            }
            _ => return Err(spec.unknown("float")),
        }
    };
    if let Some(sep) = spec.grouping {
        let end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (int_part, rest) = body.split_at(end);
        let head_len = sign_str(negative, spec).len();
        let grouped = if spec.align == Some('=') && spec.fill == Some('0') {
            group_padded(
                int_part,
                sep,
                3,
                spec.width.saturating_sub(head_len + rest.chars().count()),
            )
        } else {
            group(int_part, sep, 3)
        };
        body = format!("{grouped}{rest}");
    }
    Ok(pad(spec, sign_str(negative, spec), &body, '>'))
}

pub fn format_str(s: &str, spec: &FormatSpec) -> PyResult<String> {
    match spec.kind {
        None | Some('s') => {}
        _ => return Err(spec.unknown("str")),
    }
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = spec.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(spec, "", &body, '<'))
}
