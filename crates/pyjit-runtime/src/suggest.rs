//! "Did you mean: 'x'?" after an uncaught `NameError` or `AttributeError`, as CPython 3.11
//! prints it (`Python/suggestions.c`): the closest candidate name by a Levenshtein distance in
//! which a move costs 2 and a change of case 1, within a third of the characters involved.
//!
//! Candidates: for an `AttributeError`, `dir()` of the object (sorted); for a `NameError`, the
//! raising code's variable names, then its globals in insertion order, then the builtins in
//! CPython's own order. The first candidate at the smallest distance wins.

use crate::object::PyDict;
use crate::value::Value;
use pyjit_bytecode::CodeObject;
use std::rc::Rc;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// What a suggestion is looked for in, recorded when the error is raised.
pub enum Hint {
    /// `obj.name` failed.
    Attr { obj: Value, name: Rc<str> },
    /// The name `name` was not found; `scope` is filled in by the frame it left first.
    Name {
        name: Rc<str>,
        scope: Option<(Rc<CodeObject>, Rc<PyDict>)>,
    },
}

/// CPython's builtins module dict, in its order (ties between builtins go to the first).
const BUILTIN_NAMES: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The distance from `a` to `b` (bytes of their UTF-8), or `max_cost + 1` once it must exceed
/// `max_cost`.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &c) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, c);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough.
pub fn closest<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d - 1);
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// The suggestion for an error with this hint.
pub fn suggestion(hint: &Hint) -> Option<String> {
    match hint {
        Hint::Attr { obj, name } => {
            let names = crate::builtins::dir_names(obj);
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            closest(name, &refs).map(str::to_string)
        }
        Hint::Name { name, scope } => {
            let (code, globals) = scope.as_ref()?;
            let locals: Vec<&str> = code.varnames.iter().map(|s| &**s).collect();
            if let Some(s) = closest(name, &locals) {
                return Some(s.to_string());
            }
            let keys: Vec<String> = globals
                .map
                .borrow()
                .keys()
                .filter_map(|k| k.value.as_str().map(str::to_string))
                .collect();
            let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
            if let Some(s) = closest(name, &refs) {
                return Some(s.to_string());
            }
            closest(name, BUILTIN_NAMES).map(str::to_string)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::closest;

    // Expected answers from CPython 3.11's tracebacks.
    #[test]
    fn picks_what_cpython_picks() {
        assert_eq!(closest("prnt", &["print", "sorted", "repr"]), Some("print"));
        assert_eq!(
            closest("Lenght", &["Length2", "len", "length"]),
            Some("Length2")
        );
        assert_eq!(closest("apend", &["append", "extend"]), Some("append"));
        assert_eq!(closest("xyz", &["abc", "print"]), None);
        assert_eq!(closest("a", &["b", "ab"]), Some("ab"));
    }
}
