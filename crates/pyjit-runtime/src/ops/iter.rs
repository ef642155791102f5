//! Iteration: `iter()`, `next()`, and collecting an iterable into a `Vec`.

use crate::builtin_types::type_name;
use crate::error::{type_error, PyResult};
use crate::object::{IterState, PyIter};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn new_iter(state: IterState, type_name: &'static str) -> Value {
    Value::Iter(Rc::new(PyIter::new(state, type_name)))
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
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
            Value::Range(r) => new_iter(
                IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                },
                "range_iterator",
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
            Value::Dict(d) => new_iter(
                IterState::Values {
                    items: d.map.borrow().keys().map(|k| k.value.clone()).collect(),
                    index: 0,
                },
                "dict_keyiterator",
            ),
            Value::Set(s) => new_iter(
                IterState::Values {
                    items: s.set.borrow().iter().map(|k| k.value.clone()).collect(),
                    index: 0,
                },
                "set_iterator",
            ),
            Value::Iter(_) | Value::Generator(_) => v.clone(),
            Value::Instance(_) => return self.instance_iter(v),
            _ => {
                return Err(type_error(format!(
                    "'{}' object is not iterable",
                    type_name(v)
                )))
            }
        })
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
            IterState::Zip { inners } => {
                let mut out = Vec::with_capacity(inners.len());
                for i in &inners {
                    match self.next(i)? {
                        Some(v) => out.push(v),
                        None => return Ok((None, IterState::Exhausted)),
                    }
                }
                if inners.is_empty() {
                    return Ok((None, IterState::Exhausted));
                }
                Ok((Some(Value::tuple(out)), IterState::Zip { inners }))
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
