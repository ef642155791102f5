//! `str` methods.

use super::add;
use crate::builtin_types::{type_name, BuiltinTypes};
use crate::error::{type_error, value_error, PyResult};
use crate::interp::call::{arity, kwarg, no_kwargs, only_kwargs};
use crate::ops::subscript::index_value;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(t: &BuiltinTypes) {
    add(
        &t.str_,
        &[
            ("split", split),
            ("rsplit", rsplit),
            ("join", join),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("replace", replace),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("startswith", startswith),
            ("endswith", endswith),
            ("upper", upper),
            ("lower", lower),
            ("title", title),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("casefold", casefold),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isascii", isascii),
            ("isprintable", isprintable),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("splitlines", splitlines),
            ("partition", partition),
            ("rpartition", rpartition),
            ("format", format),
            ("encode", encode),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("expandtabs", expandtabs),
            ("maketrans", maketrans),
            ("translate", translate),
        ],
    );
}

fn this(args: &[Value]) -> PyResult<Rc<crate::object::PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            type_name(other)
        ))),
        None => Err(type_error("descriptor needs an argument")),
    }
}

fn str_arg<'a>(fname: &str, v: &'a Value) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!(
            "{fname} arg must be None or str, not {}",
            type_name(other)
        ))),
    }
}

fn must_str(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(type_error(format!("must be str, not {}", type_name(other)))),
    }
}

fn maxsplit_arg(args: &[Value], kw: Kw, pos: usize) -> PyResult<i64> {
    match args.get(pos).or_else(|| kwarg(kw, "maxsplit")) {
        None => Ok(-1),
        Some(v) => index_value(v).ok_or_else(|| crate::error::not_an_integer(v)),
    }
}

fn split_impl(args: &[Value], kw: Kw, from_right: bool) -> PyResult<Value> {
    only_kwargs("split", kw, &["sep", "maxsplit"])?;
    let s = this(args)?;
    let sep = args
        .get(1)
        .or_else(|| kwarg(kw, "sep"))
        .cloned()
        .unwrap_or(Value::None);
    let maxsplit = maxsplit_arg(args, kw, 2)?;
    let text = s.as_str();
    let parts: Vec<String> = match &sep {
        Value::None => {
            // Python's whitespace (`str.isspace`), which counts \x1c-\x1f too.
            let ws = pyjit_numeric::pystr::is_space;
            let words: Vec<&str> = text.split(ws).filter(|w| !w.is_empty()).collect();
            // With more words than splits, the last piece keeps its outer whitespace.
            if maxsplit < 0 || words.len() as i64 <= maxsplit {
                words.into_iter().map(String::from).collect()
            } else if !from_right {
                // Split off `maxsplit` words; the rest keeps its inner whitespace.
                let mut out = Vec::new();
                let mut rest = text.trim_start_matches(ws);
                for _ in 0..maxsplit {
                    let end = rest.find(ws).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start_matches(ws);
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest = text.trim_end_matches(ws);
                for _ in 0..maxsplit {
                    let start = rest
                        .rfind(ws)
                        .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
                        .unwrap_or(0);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end_matches(ws);
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Value::Str(sep) => {
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if maxsplit < 0 {
                text.split(sep).map(String::from).collect()
            } else if from_right {
                let mut v: Vec<String> = text
                    .rsplitn(maxsplit as usize + 1, sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                text.splitn(maxsplit as usize + 1, sep)
                    .map(String::from)
                    .collect()
            }
        }
        other => {
            return Err(type_error(format!(
                "must be str or None, not {}",
                type_name(other)
            )))
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn split(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(args, kw, false)
}

fn rsplit(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    split_impl(args, kw, true)
}

fn join(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("str.join", kw)?;
    arity("str.join", &args[1.min(args.len())..], 1, 1)?;
    let sep = this(args)?;
    let items = vm.collect(&args[1])?;
    // As CPython's `PyUnicode_Join`: every item is checked and measured first, then the
    // result is allocated once (a MemoryError if it cannot be).
    let mut total = sep.as_str().len() as u128 * items.len().saturating_sub(1) as u128;
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => total += s.as_str().len() as u128,
            other => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(other)
                )))
            }
        }
    }
    if !crate::memory::fits(total, 1) {
        return Err(crate::error::PyErr::bare("MemoryError"));
    }
    let mut out = String::with_capacity(total as usize);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        if let Value::Str(s) = item {
            out.push_str(s.as_str());
        }
    }
    Ok(Value::string(out))
}

fn strip_impl(args: &[Value], kw: Kw, name: &str, left: bool, right: bool) -> PyResult<Value> {
    no_kwargs(name, kw)?;
    arity(name, &args[1.min(args.len())..], 0, 1)?;
    let s = this(args)?;
    let text = s.as_str();
    let r = match args.get(1) {
        None | Some(Value::None) => {
            let ws = pyjit_numeric::pystr::is_space;
            let t = if left {
                text.trim_start_matches(ws)
            } else {
                text
            };
            if right {
                t.trim_end_matches(ws)
            } else {
                t
            }
        }
        Some(v) => {
            let chars: Vec<char> = str_arg(name, v)?.chars().collect();
            let t = if left {
                text.trim_start_matches(|c| chars.contains(&c))
            } else {
                text
            };
            if right {
                t.trim_end_matches(|c| chars.contains(&c))
            } else {
                t
            }
        }
    };
    Ok(Value::str(r))
}

fn strip(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(args, kw, "strip", true, true)
}

fn lstrip(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(args, kw, "lstrip", true, false)
}

fn rstrip(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    strip_impl(args, kw, "rstrip", false, true)
}

fn replace(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("replace", kw)?;
    arity("replace", &args[1.min(args.len())..], 2, 3)?;
    let s = this(args)?;
    let old = must_str(&args[1])?;
    let new = must_str(&args[2])?;
    let count = args.get(3).and_then(index_value).unwrap_or(-1);
    let r = if count < 0 {
        s.as_str().replace(old, new)
    } else {
        s.as_str().replacen(old, new, count as usize)
    };
    Ok(Value::string(r))
}

/// Resolve optional `start`/`end` arguments to a char range and return the substring with
/// its char offset.
/// The characters `s[start:end]` and where they start, with the bounds adjusted as CPython
/// does for `find`/`count`/`startswith` (negative from the end, `end` cut at the length);
/// `None` when `start` ends up past `end` — then not even an empty string matches
/// (`'ab'.count('', 3) == 0`, `'ab'.startswith('', 3)` is false).
fn window(s: &str, start: Option<&Value>, end: Option<&Value>) -> Option<(usize, String)> {
    let n = s.chars().count() as i64;
    let norm = |v: Option<&Value>, d: i64| match v.and_then(index_value) {
        Some(i) if i < 0 => (i + n).max(0),
        Some(i) => i,
        None => d,
    };
    let a = norm(start, 0);
    let b = norm(end, n).min(n);
    if a > b {
        return None;
    }
    Some((
        a as usize,
        s.chars().skip(a as usize).take((b - a) as usize).collect(),
    ))
}

fn char_index(s: &str, byte: usize) -> usize {
    s[..byte].chars().count()
}

fn find_impl(args: &[Value], name: &str, from_right: bool) -> PyResult<Option<usize>> {
    arity(name, &args[1.min(args.len())..], 1, 3)?;
    let s = this(args)?;
    let sub = must_str(&args[1])?;
    let Some((off, w)) = window(s.as_str(), args.get(2), args.get(3)) else {
        return Ok(None);
    };
    let found = if from_right {
        w.rfind(sub)
    } else {
        w.find(sub)
    };
    let n = s.char_len() as i64;
    let raw_start = args
        .get(2)
        .and_then(index_value)
        .map(|i| if i < 0 { i + n } else { i });
    if raw_start.is_some_and(|st| st > n) {
        return Ok(None);
    }
    Ok(found.map(|b| off + char_index(&w, b)))
}

fn find(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("find", kw)?;
    Ok(Value::Int(
        find_impl(args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn rfind(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rfind", kw)?;
    Ok(Value::Int(
        find_impl(args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn index(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("index", kw)?;
    find_impl(args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}

fn rindex(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rindex", kw)?;
    find_impl(args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}

fn count(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("count", kw)?;
    arity("count", &args[1.min(args.len())..], 1, 3)?;
    let s = this(args)?;
    let sub = must_str(&args[1])?;
    let Some((_, w)) = window(s.as_str(), args.get(2), args.get(3)) else {
        return Ok(Value::Int(0));
    };
    let n = if sub.is_empty() {
        w.chars().count() + 1
    } else {
        w.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(args: &[Value], name: &str, suffix: bool) -> PyResult<Value> {
    arity(name, &args[1.min(args.len())..], 1, 3)?;
    let s = this(args)?;
    // Past the end nothing matches (the prefixes are still checked for type errors).
    let win = window(s.as_str(), args.get(2), args.get(3));
    let test = |p: &str| match &win {
        None => false,
        Some((_, w)) if suffix => w.ends_with(p),
        Some((_, w)) => w.starts_with(p),
    };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for p in &t.items {
                match p {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(other)
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(other)
        ))),
    }
}

fn startswith(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("startswith", kw)?;
    affix_impl(args, "startswith", false)
}

fn endswith(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("endswith", kw)?;
    affix_impl(args, "endswith", true)
}

fn map_str(args: &[Value], f: impl Fn(&str) -> String) -> PyResult<Value> {
    let s = this(args)?;
    Ok(Value::string(f(s.as_str())))
}

fn upper(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_str(args, str::to_uppercase)
}

fn lower(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_str(args, str::to_lowercase)
}

/// `str.casefold()`: lower case plus Unicode's full case folding where it differs from
/// lowering (the characters that fold to several, and final sigma).
fn casefold(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_str(args, |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                'ß' | 'ẞ' => out.push_str("ss"),
                'ς' => out.push('σ'),
                'ŉ' => out.push_str("ʼn"),
                'ﬀ' => out.push_str("ff"),
                'ﬁ' => out.push_str("fi"),
                'ﬂ' => out.push_str("fl"),
                'ﬃ' => out.push_str("ffi"),
                'ﬄ' => out.push_str("ffl"),
                'ﬅ' | 'ﬆ' => out.push_str("st"),
                'ſ' => out.push('s'),
                'µ' => out.push('μ'),
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    })
}

fn swapcase(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_str(args, |s| {
        s.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect::<Vec<_>>()
                }
            })
            .collect()
    })
}

/// Append `c`'s title case: its upper case, except where Unicode's title case differs (the
/// characters whose upper case is several letters, and the digraphs with a title form).
fn push_title(out: &mut String, c: char) {
    match c {
        'ß' => out.push_str("Ss"),
        'ﬀ' => out.push_str("Ff"),
        'ﬁ' => out.push_str("Fi"),
        'ﬂ' => out.push_str("Fl"),
        'ﬃ' => out.push_str("Ffi"),
        'ﬄ' => out.push_str("Ffl"),
        'ﬅ' | 'ﬆ' => out.push_str("St"),
        'ŉ' => out.push_str("ʼN"),
        'Ǆ' | 'ǅ' | 'ǆ' => out.push('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => out.push('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => out.push('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => out.push('ǲ'),
        _ => out.extend(c.to_uppercase()),
    }
}

/// A cased character (upper, lower or title case), as `str.title` and `istitle` see words.
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
}

fn title(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_str(args, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                push_title(&mut out, c);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

fn capitalize(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    map_str(args, |s| {
        let mut cs = s.chars();
        let mut out = String::with_capacity(s.len());
        if let Some(first) = cs.next() {
            push_title(&mut out, first);
            out.extend(cs.flat_map(char::to_lowercase));
        }
        out
    })
}

fn pred(args: &[Value], f: impl Fn(&str) -> bool) -> PyResult<Value> {
    let s = this(args)?;
    Ok(Value::Bool(f(s.as_str())))
}

fn is_decimal_char(c: char) -> bool {
    c.is_ascii_digit() || (c.is_numeric() && c.is_ascii_digit()) || {
        // Unicode decimal digits (Nd) outside ASCII: a best-effort check.
        let n = c as u32;
        [
            0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
            0xe50, 0xed0, 0xf20, 0xff10,
        ]
        .iter()
        .any(|&z| (z..z + 10).contains(&n))
    }
}

fn isdigit(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        !s.is_empty()
            && s.chars()
                .all(|c| is_decimal_char(c) || "²³¹⁰⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉".contains(c))
    })
}

fn isdecimal(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| !s.is_empty() && s.chars().all(is_decimal_char))
}

fn isnumeric(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| !s.is_empty() && s.chars().all(char::is_numeric))
}

fn isalpha(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        !s.is_empty() && s.chars().all(char::is_alphabetic)
    })
}

fn isalnum(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        !s.is_empty() && s.chars().all(char::is_alphanumeric)
    })
}

fn isspace(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        !s.is_empty() && s.chars().all(char::is_whitespace)
    })
}

fn isupper(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

fn islower(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

fn istitle(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if c.is_uppercase() || is_titlecase(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}

fn isidentifier(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    })
}

fn isascii(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    pred(args, |s| s.is_ascii())
}

fn pad_args(args: &[Value], name: &str) -> PyResult<(Rc<crate::object::PyStr>, usize, char)> {
    arity(name, &args[1.min(args.len())..], 1, 2)?;
    let s = this(args)?;
    let width = pad_width(&args[1])?;
    let fill = match args.get(2) {
        None => ' ',
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(type_error(
                "The fill character must be exactly one character long",
            ))
        }
    };
    if !crate::memory::fits(width as u128, fill.len_utf8() as u128) {
        return Err(crate::error::PyErr::bare("MemoryError"));
    }
    Ok((s, width, fill))
}

/// The width of `ljust`/`rjust`/`center`/`zfill`: an integer, negative meaning 0 (CPython's
/// `Py_ssize_t` conversion).
fn pad_width(v: &Value) -> PyResult<usize> {
    Ok(c_integer::<i64>(v, "ssize_t")?.max(0) as usize)
}

/// `v` as an argument CPython converts to the C integer type `ctype` (which `T` holds): a
/// non-integer is a TypeError, an integer beyond `T` an OverflowError.
fn c_integer<T: TryFrom<i64>>(v: &Value, ctype: &str) -> PyResult<i64> {
    // (`index_value` clamps a big int; every big int is past the C types used here.)
    let n = match v {
        Value::BigInt(_) => None,
        _ => Some(index_value(v).ok_or_else(|| crate::error::not_an_integer(v))?),
    };
    n.filter(|&n| T::try_from(n).is_ok()).ok_or_else(|| {
        crate::error::overflow_error(format!("Python int too large to convert to C {ctype}"))
    })
}

fn center(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("center", kw)?;
    let (s, width, fill) = pad_args(args, "center")?;
    let n = s.char_len();
    if width <= n {
        return Ok(Value::Str(s));
    }
    let total = width - n;
    // CPython puts the extra character on the left when the text length is odd.
    let left = total / 2 + (total & width & 1);
    let right = total - left;
    let f = fill.to_string();
    Ok(Value::string(format!(
        "{}{}{}",
        f.repeat(left),
        s.as_str(),
        f.repeat(right)
    )))
}

fn ljust(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("ljust", kw)?;
    let (s, width, fill) = pad_args(args, "ljust")?;
    let n = s.char_len();
    if width <= n {
        return Ok(Value::Str(s));
    }
    Ok(Value::string(format!(
        "{}{}",
        s.as_str(),
        fill.to_string().repeat(width - n)
    )))
}

fn rjust(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rjust", kw)?;
    let (s, width, fill) = pad_args(args, "rjust")?;
    let n = s.char_len();
    if width <= n {
        return Ok(Value::Str(s));
    }
    Ok(Value::string(format!(
        "{}{}",
        fill.to_string().repeat(width - n),
        s.as_str()
    )))
}

fn zfill(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("zfill", kw)?;
    arity("zfill", &args[1.min(args.len())..], 1, 1)?;
    let s = this(args)?;
    let width = pad_width(&args[1])?;
    if !crate::memory::fits(width as u128, 1) {
        return Err(crate::error::PyErr::bare("MemoryError"));
    }
    let n = s.char_len();
    if width <= n {
        return Ok(Value::Str(s));
    }
    let text = s.as_str();
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
        _ => (String::new(), text),
    };
    Ok(Value::string(format!(
        "{sign}{}{rest}",
        "0".repeat(width - n)
    )))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("splitlines", kw, &["keepends"])?;
    let s = this(args)?;
    let keep = match args.get(1).or_else(|| kwarg(kw, "keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                end += 1;
                i += 1;
            }
            let line = if keep {
                &text[start..end]
            } else {
                &text[start..pos]
            };
            out.push(Value::str(line));
            start = end;
        }
        i += 1;
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(Value::list(out))
}

fn partition_impl(args: &[Value], right: bool) -> PyResult<Value> {
    arity("partition", &args[1.min(args.len())..], 1, 1)?;
    let s = this(args)?;
    let sep = must_str(&args[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right {
        text.rfind(sep)
    } else {
        text.find(sep)
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&text[..i]),
            Value::str(sep),
            Value::str(&text[i + sep.len()..]),
        ]),
        None if right => Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(s.clone())]),
        None => Value::tuple(vec![Value::Str(s.clone()), Value::str(""), Value::str("")]),
    })
}

fn partition(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("partition", kw)?;
    partition_impl(args, false)
}

fn rpartition(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("rpartition", kw)?;
    partition_impl(args, true)
}

fn format(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = this(args)?;
    Ok(Value::string(vm.str_format(s.as_str(), &args[1..], kw)?))
}

fn encode(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Err(crate::error::PyErr::new(
        "NotImplementedError",
        "bytes are not supported by pyjit",
    ))
}

fn removeprefix(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("removeprefix", kw)?;
    arity("removeprefix", &args[1.min(args.len())..], 1, 1)?;
    let s = this(args)?;
    let p = must_str(&args[1])?;
    Ok(Value::str(s.as_str().strip_prefix(p).unwrap_or(s.as_str())))
}

fn removesuffix(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("removesuffix", kw)?;
    arity("removesuffix", &args[1.min(args.len())..], 1, 1)?;
    let s = this(args)?;
    let p = must_str(&args[1])?;
    Ok(Value::str(s.as_str().strip_suffix(p).unwrap_or(s.as_str())))
}

/// `str.maketrans(x[, y[, z]])` (called on the class): a dict from code points to what
/// `translate` puts in their place.
fn maketrans(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("maketrans", kw)?;
    arity("maketrans", args, 1, 3)?;
    let d = crate::object::PyDict::new();
    let put = |vm: &mut Vm, d: &crate::object::PyDict, k: i64, v: Value| -> PyResult<()> {
        let hk = vm.hkey(Value::Int(k))?;
        d.map_mut()?.insert(hk, v);
        Ok(())
    };
    match args {
        [Value::Dict(src)] => {
            for (k, v) in src.entries() {
                let code = match &k {
                    Value::Int(i) => *i,
                    Value::Str(s) => {
                        let mut cs = s.as_str().chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => i64::from(u32::from(c)),
                            _ => {
                                return Err(value_error(
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    _ => {
                        return Err(type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                put(vm, &d, code, v)?;
            }
        }
        [_] => {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ))
        }
        [x, y, rest @ ..] => {
            let (Value::Str(x), Value::Str(y)) = (x, y) else {
                return Err(type_error("maketrans() argument 2 must be str"));
            };
            let (xs, ys): (Vec<char>, Vec<char>) =
                (x.as_str().chars().collect(), y.as_str().chars().collect());
            if xs.len() != ys.len() {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in xs.into_iter().zip(ys) {
                put(
                    vm,
                    &d,
                    i64::from(u32::from(a)),
                    Value::Int(i64::from(u32::from(b))),
                )?;
            }
            if let Some(z) = rest.first() {
                let Value::Str(z) = z else {
                    return Err(type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        type_name(z)
                    )));
                };
                for c in z.as_str().chars() {
                    put(vm, &d, i64::from(u32::from(c)), Value::None)?;
                }
            }
        }
        [] => unreachable!("arity checked"),
    }
    Ok(Value::dict(d))
}

/// `s.translate(table)`: each character's code point looked up in `table` (missing: kept;
/// `None`: deleted; an int: that character; a str: that text).
fn translate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("translate", kw)?;
    let s = this(args)?;
    arity("translate", &args[1..], 1, 1)?;
    let table = &args[1];
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let found = match table {
            Value::Dict(d) => vm.dict_lookup(d, &key)?,
            _ => match vm.getitem(table, &key) {
                Ok(v) => Some(v),
                Err(e) if e.is("LookupError") => None,
                Err(e) => return Err(e),
            },
        };
        match found {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(value_error("character mapping must be in range(0x110000)")),
            },
            Some(Value::Str(t)) => out.push_str(t.as_str()),
            Some(_) => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(Value::string(out))
}

fn isprintable(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("isprintable", kw)?;
    let s = this(args)?;
    Ok(Value::Bool(
        s.as_str().chars().all(pyjit_numeric::pystr::is_printable),
    ))
}

fn expandtabs(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("expandtabs", kw, &["tabsize"])?;
    let s = this(args)?;
    let size = match args.get(1).or_else(|| kwarg(kw, "tabsize")) {
        None => 8,
        Some(v) => c_integer::<i32>(v, "int")?.max(0) as usize,
    };
    let tabs = s.as_str().bytes().filter(|&b| b == b'\t').count();
    if !crate::memory::fits(tabs as u128 * size as u128 + s.as_str().len() as u128, 1) {
        return Err(crate::error::PyErr::bare("MemoryError"));
    }
    let mut out = String::new();
    let mut col = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}
