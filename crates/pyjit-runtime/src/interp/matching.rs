//! Runtime side of the `match` statement (PEP 634): the tests behind `MatchSequence`,
//! `MatchMapping`, `MatchClass`, `MatchKeys` and `CopyDictWithoutKeys`, with CPython 3.11's
//! rules (`ceval.c`: `match_class`, `match_keys`) and error messages. The compiler side is
//! `pyjit-compiler/src/patterns.rs`.

use crate::builtin_types::{type_name, type_of, types};
use crate::error::{type_error, PyErr, PyResult};
use crate::object::{PyDict, PyType};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// A sequence pattern matches list, tuple and range (and their subclasses), never str,
/// bytes or dict: CPython's `Py_TPFLAGS_SEQUENCE`.
pub fn is_match_sequence(v: &Value) -> bool {
    let t = types();
    let c = type_of(v);
    c.is_subtype(&t.list)
        || c.is_subtype(&t.tuple)
        || c.is_subtype(&t.range)
        || from_collections(&c, &["deque", "UserList", "_NamedTupleBase"])
}

/// A mapping pattern matches dict and its subclasses (`Py_TPFLAGS_MAPPING`).
pub fn is_match_mapping(v: &Value) -> bool {
    let c = type_of(v);
    c.is_subtype(&types().dict) || from_collections(&c, &["_DictBase", "ChainMap"])
}

/// Whether `cls` derives from one of the named classes of `lib/collections.py`: written in
/// Python there, they stand for CPython's builtin dict and tuple subclasses (`OrderedDict`,
/// `namedtuple`, ...) and for classes registered as `collections.abc` sequences or mappings
/// (`deque`, `UserList`, `UserDict`, `ChainMap`), which patterns match as CPython's do.
fn from_collections(cls: &Rc<PyType>, names: &[&str]) -> bool {
    std::iter::once(cls)
        .chain(cls.mro_rest.iter())
        .any(|c| &*c.module == "collections" && names.contains(&&*c.name))
}

/// The builtins whose one positional sub-pattern matches the subject itself
/// (`Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
fn matches_self(cls: &Rc<PyType>) -> bool {
    let t = types();
    [
        &t.bool_,
        &t.int,
        &t.float,
        &t.str_,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
    ]
    .iter()
    .any(|b| cls.is_subtype(b))
}

impl Vm {
    /// `MatchClass`: the attributes a class pattern's sub-patterns match (the `nargs`
    /// positional ones through `__match_args__`, then those named in `kw`), or `None` when
    /// the subject is not an instance or lacks one of them.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        kw: &Value,
        nargs: usize,
    ) -> PyResult<Value> {
        let Value::Type(cls) = cls else {
            return Err(type_error("called match pattern must be a type"));
        };
        if !type_of(subject).is_subtype(cls) {
            return Ok(Value::None);
        }
        let mut seen: Vec<Rc<str>> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let match_args = match self.getattr(&Value::Type(cls.clone()), "__match_args__") {
                Ok(v) => Some(v),
                Err(e) if e.is("AttributeError") => None,
                Err(e) => return Err(e),
            };
            let (allowed, names) = match &match_args {
                Some(Value::Tuple(t)) => (t.items.len(), Some(t.items.clone())),
                Some(other) => {
                    return Err(type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cls.name,
                        type_name(other)
                    )))
                }
                None => (usize::from(matches_self(cls)), None),
            };
            if allowed < nargs {
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    cls.name,
                    allowed,
                    if allowed == 1 { "" } else { "s" },
                    nargs
                )));
            }
            match names {
                None => attrs.push(subject.clone()),
                Some(names) => {
                    for name in names.iter().take(nargs) {
                        let Value::Str(s) = name else {
                            return Err(type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                type_name(name)
                            )));
                        };
                        match self.match_class_attr(subject, cls, s.as_str(), &mut seen)? {
                            Some(v) => attrs.push(v),
                            None => return Ok(Value::None),
                        }
                    }
                }
            }
        }
        if let Value::Tuple(kw) = kw {
            for name in kw.items.iter() {
                let s = name.as_str().unwrap_or("");
                match self.match_class_attr(subject, cls, s, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// One attribute of a class pattern: `None` if the subject has no such attribute.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        cls: &PyType,
        name: &str,
        seen: &mut Vec<Rc<str>>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| &**s == name) {
            let r = self.repr(&Value::str(name))?;
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute {r}",
                cls.name
            )));
        }
        seen.push(name.into());
        match self.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is("AttributeError") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `MatchKeys`: the values of `keys` in the mapping `subject`, looked up with its `get`
    /// (a missing key is no `KeyError`, and a subclass's `get` counts), or `None` if one is
    /// missing.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Value::Tuple(keys) = keys else {
            return Ok(Value::None);
        };
        if keys.items.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let get = self.getattr(subject, "get")?;
        // A fresh object no mapping can hold: the default that tells a missing key.
        let dummy = Value::list(Vec::new());
        let mut seen: Vec<Value> = Vec::new();
        let mut values = Vec::with_capacity(keys.items.len());
        for k in keys.items.iter() {
            for s in &seen {
                if self.eq(s, k)? {
                    let r = self.repr(k)?;
                    return Err(PyErr::new(
                        "ValueError",
                        format!("mapping pattern checks duplicate key ({r})"),
                    ));
                }
            }
            seen.push(k.clone());
            let v = self.call(&get, vec![k.clone(), dummy.clone()])?;
            if v.is(&dummy) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// `CopyDictWithoutKeys`: `**rest` of a mapping pattern, a new dict of the subject's
    /// items but `keys`.
    pub fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let entries = self.mapping_items(subject)?;
        let d = PyDict::new();
        self.with_key_eq(|| d.map.borrow_mut().extend(entries))?;
        let rest = Value::dict(d);
        if let Value::Tuple(keys) = keys {
            for k in keys.items.iter() {
                self.delitem(&rest, k)?;
            }
        }
        Ok(rest)
    }
}
