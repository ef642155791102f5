//! `obj[index]`, `obj[index] = v`, `del obj[index]`, with slices.

use crate::builtin_types::type_name;
use crate::error::{index_error, key_error, type_error, value_error, PyErr, PyResult};
use crate::object::{PyRange, PySlice};
use crate::value::Value;
use crate::vm::Vm;
use num_traits::Signed;
use std::rc::Rc;

/// Resolved slice bounds for a sequence of length `len` (CPython's `PySlice_AdjustIndices`).
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl SliceIndices {
    pub fn len(&self) -> usize {
        if self.step > 0 {
            if self.stop > self.start {
                ((self.stop - self.start - 1) / self.step + 1) as usize
            } else {
                0
            }
        } else if self.stop < self.start {
            ((self.start - self.stop - 1) / (-self.step) + 1) as usize
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len()).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// An index operand as i64 (ints, bools; big ints saturate so they fail bounds checks).
pub fn index_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => None,
    }
}

fn slice_part(v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        other => match index_value(other) {
            Some(i) => Ok(Some(i)),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

pub fn slice_indices(s: &PySlice, len: usize) -> PyResult<SliceIndices> {
    let len = len as i64;
    let step = slice_part(&s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(i) if i < 0 => (i.saturating_add(len)).max(lower),
        Some(i) => i.min(upper),
    };
    let start = adjust(slice_part(&s.start)?, if step < 0 { upper } else { lower });
    let stop = adjust(slice_part(&s.stop)?, if step < 0 { lower } else { upper });
    Ok(SliceIndices { start, stop, step })
}

/// Normalize a possibly negative index into `0..len`.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (j >= 0 && (j as usize) < len).then_some(j as usize)
}

/// A big-int index of a list, tuple or string: CPython converts it to a machine index
/// first, and that fails with an `IndexError` of its own.
fn no_index_sized(obj: &Value) -> PyResult<()> {
    if matches!(obj, Value::List(_) | Value::Tuple(_) | Value::Str(_)) {
        return Err(index_error("cannot fit 'int' into an index-sized integer"));
    }
    Ok(())
}

fn index_type_error(container: &str, idx: &Value) -> PyErr {
    type_error(format!(
        "{container} indices must be integers or slices, not {}",
        type_name(idx)
    ))
}

impl Vm {
    /// An instance used as an integer (`__index__`): its int value; anything else unchanged.
    pub fn index_operand(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Instance(_) = v {
            if let Some(r) = self.call_special(v, "__index__", vec![])? {
                return match r {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(r),
                    other => Err(type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name(&other)
                    ))),
                };
            }
        }
        Ok(v.clone())
    }

    /// Whether `obj[idx]` on a builtin sequence should go through `idx.__index__()`.
    fn wants_index(obj: &Value, idx: &Value) -> bool {
        matches!(idx, Value::Instance(_))
            && matches!(
                obj,
                Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_)
            )
    }

    pub fn getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        if let Value::BigInt(_) = idx {
            no_index_sized(obj)?;
        }
        if Self::wants_index(obj, idx) {
            let i = self.index_operand(idx)?;
            if !matches!(i, Value::Instance(_)) {
                return self.getitem(obj, &i);
            }
        }
        match obj {
            Value::List(l) => {
                if let Some(i) = index_value(idx) {
                    let items = l.items.borrow();
                    return match norm_index(i, items.len()) {
                        Some(j) => Ok(items[j].clone()),
                        None => Err(index_error("list index out of range")),
                    };
                }
                if let Value::Slice(s) = idx {
                    let items = l.items.borrow();
                    let si = slice_indices(s, items.len())?;
                    return Ok(Value::list(
                        si.indices().map(|j| items[j].clone()).collect(),
                    ));
                }
                Err(index_type_error("list", idx))
            }
            Value::Tuple(t) => {
                if let Some(i) = index_value(idx) {
                    return match norm_index(i, t.items.len()) {
                        Some(j) => Ok(t.items[j].clone()),
                        None => Err(index_error("tuple index out of range")),
                    };
                }
                if let Value::Slice(s) = idx {
                    let si = slice_indices(s, t.items.len())?;
                    return Ok(Value::tuple(
                        si.indices().map(|j| t.items[j].clone()).collect(),
                    ));
                }
                Err(index_type_error("tuple", idx))
            }
            Value::Str(s) => {
                if let Some(i) = index_value(idx) {
                    let n = s.char_len();
                    return match norm_index(i, n).and_then(|j| s.char_at(j)) {
                        Some(c) => Ok(Value::string(c.to_string())),
                        None => Err(index_error("string index out of range")),
                    };
                }
                if let Value::Slice(sl) = idx {
                    if s.is_ascii() {
                        let bytes = s.as_str().as_bytes();
                        let si = slice_indices(sl, bytes.len())?;
                        if si.step == 1 {
                            let (a, b) = (si.start as usize, (si.start as usize + si.len()));
                            return Ok(Value::str(&s.as_str()[a..b]));
                        }
                        let out: String = si.indices().map(|j| bytes[j] as char).collect();
                        return Ok(Value::string(out));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let si = slice_indices(sl, chars.len())?;
                    let out: String = si.indices().map(|j| chars[j]).collect();
                    return Ok(Value::string(out));
                }
                Err(type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(idx)
                )))
            }
            Value::Dict(d) => {
                let found = self.dict_lookup(d, idx)?;
                match found {
                    Some(v) => Ok(v),
                    None => Err(key_error(idx.clone())),
                }
            }
            Value::Range(r) => {
                if let Some(i) = index_value(idx) {
                    let n = r.len() as usize;
                    return match norm_index(i, n) {
                        Some(j) => Ok(Value::Int(r.get(j as i64))),
                        None => Err(index_error("range object index out of range")),
                    };
                }
                if let Value::Slice(s) = idx {
                    let si = slice_indices(s, r.len() as usize)?;
                    // A step past 64 bits (the slice's, saturated by `slice_indices`, or the
                    // product) would need a big-int range, as `range(2**64)` would.
                    let exact_step = !matches!(s.step, Value::BigInt(_));
                    let made = (|| {
                        let start = r.start.checked_add(si.start.checked_mul(r.step)?)?;
                        let step = r.step.checked_mul(si.step)?;
                        let stop = r.start.checked_add(si.stop.checked_mul(r.step)?)?;
                        Some(PyRange { start, stop, step })
                    })();
                    return match made {
                        Some(range) if exact_step => Ok(Value::Range(Rc::new(range))),
                        _ => Err(PyErr::new(
                            "NotImplementedError",
                            "range() beyond 64-bit integers is not supported by pyjit",
                        )),
                    };
                }
                Err(index_type_error("range", idx))
            }
            Value::Instance(_) => self.instance_getitem(obj, idx),
            Value::Type(_) => self.class_subscript(obj, idx),
            _ => Err(type_error(format!(
                "'{}' object is not subscriptable",
                type_name(obj)
            ))),
        }
    }

    pub fn setitem(&mut self, obj: &Value, idx: &Value, value: Value) -> PyResult<()> {
        if let (Value::List(_), Value::BigInt(_)) = (obj, idx) {
            no_index_sized(obj)?;
        }
        if Self::wants_index(obj, idx) {
            let i = self.index_operand(idx)?;
            if !matches!(i, Value::Instance(_)) {
                return self.setitem(obj, &i, value);
            }
        }
        match obj {
            Value::List(l) => {
                if let Some(i) = index_value(idx) {
                    let mut items = l.items.borrow_mut();
                    let n = items.len();
                    return match norm_index(i, n) {
                        Some(j) => {
                            items[j] = value;
                            Ok(())
                        }
                        None => Err(index_error("list assignment index out of range")),
                    };
                }
                if let Value::Slice(s) = idx {
                    // As CPython: the slice is checked before the value is made a sequence,
                    // whose error names the kind of slice.
                    let step = slice_indices(s, l.items.borrow().len())?.step;
                    let new_items = self.collect(&value).map_err(|e| {
                        if crate::interp::star_args::not_iterable(&e, &value) {
                            type_error(if step == 1 {
                                "can only assign an iterable"
                            } else {
                                "must assign iterable to extended slice"
                            })
                        } else {
                            e
                        }
                    })?;
                    let mut items = l.items.borrow_mut();
                    let si = slice_indices(s, items.len())?;
                    if si.step == 1 {
                        let start = si.start as usize;
                        let stop = (si.stop.max(si.start)) as usize;
                        items.splice(start..stop, new_items);
                        return Ok(());
                    }
                    if new_items.len() != si.len() {
                        return Err(value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            si.len()
                        )));
                    }
                    let idxs: Vec<usize> = si.indices().collect();
                    for (j, v) in idxs.into_iter().zip(new_items) {
                        items[j] = v;
                    }
                    return Ok(());
                }
                Err(index_type_error("list", idx))
            }
            Value::Dict(d) => self.dict_store(d, idx.clone(), value),
            Value::Instance(_) => self.instance_setitem(obj, idx, value),
            _ => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        if let (Value::List(_), Value::BigInt(_)) = (obj, idx) {
            no_index_sized(obj)?;
        }
        if Self::wants_index(obj, idx) {
            let i = self.index_operand(idx)?;
            if !matches!(i, Value::Instance(_)) {
                return self.delitem(obj, &i);
            }
        }
        match obj {
            Value::List(l) => {
                if let Some(i) = index_value(idx) {
                    let mut items = l.items.borrow_mut();
                    let n = items.len();
                    return match norm_index(i, n) {
                        Some(j) => {
                            crate::object::remove_at(&mut items, j);
                            Ok(())
                        }
                        None => Err(index_error("list assignment index out of range")),
                    };
                }
                if let Value::Slice(s) = idx {
                    let mut items = l.items.borrow_mut();
                    let si = slice_indices(s, items.len())?;
                    let mut remove: Vec<usize> = si.indices().collect();
                    remove.sort_unstable();
                    let mut k = 0;
                    let mut i = 0;
                    items.retain(|_| {
                        let keep = !(k < remove.len() && remove[k] == i);
                        if !keep {
                            k += 1;
                        }
                        i += 1;
                        keep
                    });
                    return Ok(());
                }
                Err(index_type_error("list", idx))
            }
            Value::Dict(d) => {
                let removed = self.dict_remove(d, idx)?;
                match removed {
                    Some(_) => Ok(()),
                    None => Err(key_error(idx.clone())),
                }
            }
            Value::Instance(_) => self.instance_delitem(obj, idx),
            _ => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(obj)
            ))),
        }
    }
}
