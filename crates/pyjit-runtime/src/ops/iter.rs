//! Iteration: `iter()`, `next()`, and collecting an iterable into a `Vec`.

use crate::builtin_types::type_name;
use crate::error::{type_error, PyErr, PyResult};
use crate::object::{IterState, PyDict, PyIter, ViewKind};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn new_iter(state: IterState, type_name: &'static str) -> Value {
    Value::Iter(Rc::new(PyIter::new(state, type_name)))
}

/// The dict and kind of a dict view (`d.keys()`, `d.values()`, `d.items()`).
pub fn dict_view(v: &Value) -> Option<(Rc<PyDict>, ViewKind)> {
    match v {
        Value::Iter(it) => match &*it.state.borrow() {
            IterState::DictView { dict, kind } => Some((dict.clone(), *kind)),
            _ => None,
        },
        _ => None,
    }
}

/// The current contents of a dict view, in order.
pub fn view_items(d: &PyDict, kind: ViewKind) -> Vec<Value> {
    let m = d.map.borrow();
    match kind {
        ViewKind::Keys => m.keys().map(|k| k.value.clone()).collect(),
        ViewKind::Values => m.values().cloned().collect(),
        ViewKind::Items => m
            .iter()
            .map(|(k, v)| Value::tuple(vec![k.value.clone(), v.clone()]))
            .collect(),
    }
}

/// A new iterator over `d`'s keys, values or items.
fn dict_walk(d: Rc<PyDict>, kind: ViewKind) -> Value {
    let n = d.map.borrow().len();
    new_iter(
        IterState::DictWalk {
            dict: d,
            kind,
            used: n,
            pos: 0,
            left: n,
        },
        match kind {
            ViewKind::Keys => "dict_keyiterator",
            ViewKind::Values => "dict_valueiterator",
            ViewKind::Items => "dict_itemiterator",
        },
    )
}

/// The iterator of a list, tuple or range, which `v` moves into; `v` back for anything else.
#[inline(always)]
fn sequence_iter(v: Value) -> Result<Value, Value> {
    Ok(match v {
        Value::List(_) => new_iter(IterState::List { list: v, index: 0 }, "list_iterator"),
        Value::Tuple(_) => new_iter(IterState::Tuple { tuple: v, index: 0 }, "tuple_iterator"),
        Value::Range(ref r) => new_iter(
            IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            "range_iterator",
        ),
        _ => return Err(v),
    })
}

impl Vm {
    /// `GetIter`: push the iterator of `v` onto `stack`, `v` moved into it for a list or
    /// tuple.
    ///
    /// Why not `push(get_iter(&v)?)`: the `PyResult<Value>` comes back in memory and the
    /// compiler moved the value on as its tag byte plus two overlapping 8-byte words, read
    /// back with a load spanning both stores (no store forwarding: 2% of go's samples on
    /// that load). Pushed here, the iterator goes from registers to the stack slot.
    pub fn push_iter(&mut self, v: Value, stack: &mut Vec<Value>) -> PyResult<()> {
        // `iter()` of a builtin iterator is the iterator itself (a dict view, also a
        // `Value::Iter`, is not an iterator): a comprehension's own `GetIter` of the
        // iterator its caller made (see the compiler's `comprehension_level`).
        if let Value::Iter(it) = &v {
            if !matches!(*it.state.borrow(), IterState::DictView { .. }) {
                stack.push(v);
                return Ok(());
            }
        }
        let it = match sequence_iter(v) {
            Ok(it) => it,
            Err(v) => self.get_iter(&v)?,
        };
        stack.push(it);
        Ok(())
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if matches!(v, Value::List(_) | Value::Tuple(_) | Value::Range(_)) {
            if let Ok(it) = sequence_iter(v.clone()) {
                return Ok(it);
            }
        }
        Ok(match v {
            Value::List(_) => new_iter(
                IterState::List {
                    list: v.clone(),
                    index: 0,
                },
                "list_iterator",
            ),
            Value::Tuple(_) => new_iter(
                IterState::Tuple {
                    tuple: v.clone(),
                    index: 0,
                },
                "tuple_iterator",
            ),

            Value::Str(s) => new_iter(
                IterState::Str {
                    s: v.clone(),
                    byte_pos: 0,
                },
                if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                },
            ),
            Value::Dict(d) => dict_walk(d.clone(), ViewKind::Keys),
            Value::Set(s) => new_iter(
                IterState::SetWalk {
                    set: s.clone(),
                    used: s.set.borrow().len(),
                    pos: 0,
                },
                "set_iterator",
            ),
            Value::Iter(_) => match dict_view(v) {
                Some((d, kind)) => dict_walk(d, kind),
                None => v.clone(),
            },
            Value::Generator(_) => v.clone(),
            Value::Instance(_) => return self.instance_iter(v),
            Value::Type(_) if crate::metaclass::has_meta(v) => return self.instance_iter(v),
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(v)
                )))
            }
        })
    }

    /// `zip(strict=True)` found argument `n` (0-based) exhausted: the `ValueError` CPython
    /// raises when the others disagree, `None` when all end together.
    fn zip_mismatch(&mut self, inners: &[Value], n: usize) -> PyResult<Option<PyErr>> {
        let plural = |i: usize| {
            if i == 1 {
                " ".to_string()
            } else {
                "s 1-".to_string()
            }
        };
        if n > 0 {
            return Ok(Some(PyErr::new(
                "ValueError",
                format!(
                    "zip() argument {} is shorter than argument{}{n}",
                    n + 1,
                    plural(n)
                ),
            )));
        }
        for (i, it) in inners.iter().enumerate().skip(1) {
            if self.next(it)?.is_some() {
                return Ok(Some(PyErr::new(
                    "ValueError",
                    format!(
                        "zip() argument {} is longer than argument{}{i}",
                        i + 1,
                        plural(i)
                    ),
                )));
            }
        }
        Ok(None)
    }

    /// Advance an iterator: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(i) => self.iter_next(i),
            Value::Generator(g) => self.generator_next(g),
            Value::Instance(_) => self.instance_next(it),
            _ => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        }
    }

    fn iter_next(&mut self, it: &Rc<PyIter>) -> PyResult<Option<Value>> {
        let mut st = it.state.borrow_mut();
        match &mut *st {
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::List { list, index } => {
                let Value::List(l) = list else {
                    return Ok(None);
                };
                let items = l.items.borrow();
                if *index < items.len() {
                    *index += 1;
                    Ok(Some(items[*index - 1].clone()))
                } else {
                    *index = usize::MAX;
                    Ok(None)
                }
            }
            IterState::Tuple { tuple, index } => {
                let Value::Tuple(t) = tuple else {
                    return Ok(None);
                };
                if *index < t.items.len() {
                    *index += 1;
                    Ok(Some(t.items[*index - 1].clone()))
                } else {
                    Ok(None)
                }
            }
            IterState::Str { s, byte_pos } => {
                let Value::Str(s) = s else { return Ok(None) };
                match s.as_str()[*byte_pos..].chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        Ok(Some(Value::string(c.to_string())))
                    }
                    None => Ok(None),
                }
            }
            IterState::SetWalk { set, used, pos } => {
                let t = set.set.borrow();
                if t.len() != *used {
                    *used = usize::MAX; // raise again on the next call, as CPython does
                    return Err(PyErr::new(
                        "RuntimeError",
                        "Set changed size during iteration",
                    ));
                }
                match t
                    .next_live(*pos)
                    .and_then(|i| Some((i, t.slot(i)?.value.clone())))
                {
                    Some((i, v)) => {
                        *pos = i + 1;
                        Ok(Some(v))
                    }
                    None => {
                        drop(t);
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::DictWalk {
                dict,
                kind,
                used,
                pos,
                left,
            } => {
                let m = dict.map.borrow();
                if m.len() != *used {
                    *used = usize::MAX; // raise again on the next call, as CPython does
                    return Err(PyErr::new(
                        "RuntimeError",
                        "dictionary changed size during iteration",
                    ));
                }
                // Holes left by deletions are stepped over, as CPython's iterator does.
                let Some((i, (k, v))) = m.next_live(*pos).and_then(|i| Some((i, m.get_index(i)?)))
                else {
                    drop(m);
                    *st = IterState::Exhausted;
                    return Ok(None);
                };
                if *left == 0 {
                    drop(m);
                    *st = IterState::Exhausted;
                    return Err(PyErr::new(
                        "RuntimeError",
                        "dictionary keys changed during iteration",
                    ));
                }
                let r = match kind {
                    ViewKind::Keys => k.value.clone(),
                    ViewKind::Values => v.clone(),
                    ViewKind::Items => Value::tuple(vec![k.value.clone(), v.clone()]),
                };
                *pos = i + 1;
                *left -= 1;
                Ok(Some(r))
            }
            IterState::Values { items, index } => {
                if *index < items.len() {
                    *index += 1;
                    Ok(Some(items[*index - 1].clone()))
                } else {
                    Ok(None)
                }
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let (seq, i) = (seq.clone(), *index);
                drop(st);
                match &seq {
                    Value::List(l) => Ok(l.items.borrow().get(i).cloned()),
                    _ => self.getitem(&seq, &Value::Int(i as i64)).map(Some),
                }
            }
            IterState::Exhausted => Ok(None),
            IterState::DictView { .. } => Err(type_error(format!(
                "'{}' object is not an iterator",
                it.type_name
            ))),
            _ => {
                // The lazy builtins call back into the interpreter: release the borrow first.
                let state = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                let (result, state) = self.lazy_next(state)?;
                *it.state.borrow_mut() = state;
                Ok(result)
            }
        }
    }

    fn lazy_next(&mut self, state: IterState) -> PyResult<(Option<Value>, IterState)> {
        match state {
            IterState::Enumerate { inner, count } => match self.next(&inner)? {
                Some(v) => {
                    let next =
                        self.binary_op(pyjit_bytecode::BinOp::Add, &count, &Value::Int(1))?;
                    Ok((
                        Some(Value::tuple(vec![count, v])),
                        IterState::Enumerate { inner, count: next },
                    ))
                }
                None => Ok((None, IterState::Exhausted)),
            },
            IterState::Zip { inners, strict } => {
                let mut out = Vec::with_capacity(inners.len());
                for (n, i) in inners.iter().enumerate() {
                    match self.next(i)? {
                        Some(v) => out.push(v),
                        None if strict => {
                            return match self.zip_mismatch(&inners, n)? {
                                Some(e) => Err(e),
                                None => Ok((None, IterState::Exhausted)),
                            }
                        }
                        None => return Ok((None, IterState::Exhausted)),
                    }
                }
                if inners.is_empty() {
                    return Ok((None, IterState::Exhausted));
                }
                Ok((Some(Value::tuple(out)), IterState::Zip { inners, strict }))
            }
            IterState::Map { func, inners } => {
                let mut args = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok((None, IterState::Exhausted)),
                    }
                }
                let r = self.call(&func, args)?;
                Ok((Some(r), IterState::Map { func, inners }))
            }
            IterState::Filter { func, inner } => loop {
                match self.next(&inner)? {
                    Some(v) => {
                        let keep = if func.is_none() {
                            self.truthy(&v)?
                        } else {
                            let r = self.call(&func, vec![v.clone()])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            return Ok((Some(v), IterState::Filter { func, inner }));
                        }
                    }
                    None => return Ok((None, IterState::Exhausted)),
                }
            },
            IterState::Callable { func, sentinel } => {
                let v = self.call(&func, vec![])?;
                if self.eq(&v, &sentinel)? {
                    Ok((None, IterState::Exhausted))
                } else {
                    Ok((Some(v), IterState::Callable { func, sentinel }))
                }
            }
            IterState::SeqGetItem { obj, index } => match self.getitem(&obj, &Value::Int(index)) {
                Ok(v) => Ok((
                    Some(v),
                    IterState::SeqGetItem {
                        obj,
                        index: index + 1,
                    },
                )),
                Err(e) if e.is("IndexError") || e.is("StopIteration") => {
                    Ok((None, IterState::Exhausted))
                }
                Err(e) => Err(e),
            },
            other => Ok((None, other)),
        }
    }

    /// Collect every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.clone()),
            Value::Range(r) => {
                let n = r.len();
                if n > 100_000_000 {
                    return Err(crate::error::PyErr::bare("MemoryError"));
                }
                return Ok((0..n).map(|i| Value::Int(r.get(i))).collect());
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
}

impl Vm {
    /// `item in view` for a dict view.
    pub fn view_contains(&mut self, view: &Value, item: &Value) -> PyResult<bool> {
        let Some((d, kind)) = dict_view(view) else {
            return Ok(false);
        };
        match kind {
            ViewKind::Keys => self.contains(&Value::Dict(d), item),
            ViewKind::Items => {
                let Value::Tuple(t) = item else {
                    return Ok(false);
                };
                if t.items.len() != 2 {
                    return Ok(false);
                }
                let k = self.hkey(t.items[0].clone())?;
                let found = self.with_key_eq(|| d.map.borrow().get(&k).cloned())?;
                match found {
                    Some(v) => Ok(v.is(&t.items[1]) || self.eq(&v, &t.items[1])?),
                    None => Ok(false),
                }
            }
            ViewKind::Values => {
                for v in view_items(&d, kind) {
                    if v.is(item) || self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// A keys or items view, which behaves like a set in operators and comparisons.
    pub fn is_set_like_view(v: &Value) -> bool {
        matches!(dict_view(v), Some((_, ViewKind::Keys | ViewKind::Items)))
    }

    /// `set(v)`.
    fn as_set_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Set(_) => Ok(v.clone()),
            _ => {
                let set = Value::Type(crate::builtin_types::types().set.clone());
                self.call(&set, vec![v.clone()])
            }
        }
    }

    /// `&`, `|`, `-`, `^` with a keys/items view on either side: the result is a set.
    pub fn view_set_op(
        &mut self,
        op: pyjit_bytecode::BinOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        use pyjit_bytecode::BinOp;
        if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            || !(Self::is_set_like_view(a) || Self::is_set_like_view(b))
        {
            return Ok(None);
        }
        // A view on either side always gives a plain set, built as CPython's dict views
        // build it (which decides its order).
        let set = crate::methods::set::view_op(self, op, a, b)?;
        Ok(Some(Value::Set(Rc::new(crate::object::PySet::new(
            set, false,
        )))))
    }

    /// Comparisons of a keys/items view with a set or another such view, as sets.
    pub fn view_compare(
        &mut self,
        op: pyjit_bytecode::CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<Option<Value>> {
        let set_like = |v: &Value| Self::is_set_like_view(v) || matches!(v, Value::Set(_));
        if !(Self::is_set_like_view(a) || Self::is_set_like_view(b)) || !set_like(a) || !set_like(b)
        {
            return Ok(None);
        }
        let (sa, sb) = (self.as_set_value(a)?, self.as_set_value(b)?);
        self.compare(op, &sa, &sb).map(Some)
    }
}
