//! Builtins over iterables: `sorted`, `reversed`, `enumerate`, `zip`, `map`, `filter`,
//! `any`, `all`; and the stable merge sort behind `sorted` and `list.sort`.

use super::register;
use crate::builtin_types::type_name;
use crate::error::{type_error, PyResult};
use crate::interp::call::{arity, kwarg, no_kwargs, only_kwargs};
use crate::object::{IterState, PyDict};
use crate::ops::iter::new_iter;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(d: &PyDict) {
    register(d, "sorted", sorted);
    register(d, "reversed", reversed);
    register(d, "enumerate", enumerate);
    register(d, "zip", zip);
    register(d, "map", map);
    register(d, "filter", filter);
    register(d, "any", any);
    register(d, "all", all);
}

impl Vm {
    /// Sort `items` in place, stably, comparing with `<` only (as CPython's timsort does).
    pub fn sort_values(
        &mut self,
        items: &mut Vec<Value>,
        key: Option<&Value>,
        reverse: bool,
    ) -> PyResult<()> {
        let keys = match key {
            Some(k) => {
                let mut ks = Vec::with_capacity(items.len());
                for it in items.iter() {
                    ks.push(self.call(k, vec![it.clone()])?);
                }
                ks
            }
            None => items.clone(),
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            // Reverse first so equal elements keep their original order after the final
            // reversal, as CPython does.
            idx.reverse();
        }
        let mut buf = idx.clone();
        self.merge_sort(&mut idx, &mut buf, &keys)?;
        if reverse {
            idx.reverse();
        }
        let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
        *items = sorted;
        Ok(())
    }

    fn merge_sort(&mut self, v: &mut [usize], buf: &mut [usize], keys: &[Value]) -> PyResult<()> {
        let n = v.len();
        if n <= 1 {
            return Ok(());
        }
        if n <= 16 {
            // Insertion sort for short runs.
            for i in 1..n {
                let mut j = i;
                while j > 0 && self.less_than(&keys[v[j]], &keys[v[j - 1]])? {
                    v.swap(j, j - 1);
                    j -= 1;
                }
            }
            return Ok(());
        }
        let mid = n / 2;
        {
            let (l, r) = v.split_at_mut(mid);
            let (bl, br) = buf.split_at_mut(mid);
            self.merge_sort(l, bl, keys)?;
            self.merge_sort(r, br, keys)?;
        }
        buf[..n].copy_from_slice(v);
        let (mut i, mut j, mut k) = (0, mid, 0);
        while i < mid && j < n {
            if self.less_than(&keys[buf[j]], &keys[buf[i]])? {
                v[k] = buf[j];
                j += 1;
            } else {
                v[k] = buf[i];
                i += 1;
            }
            k += 1;
        }
        while i < mid {
            v[k] = buf[i];
            i += 1;
            k += 1;
        }
        while j < n {
            v[k] = buf[j];
            j += 1;
            k += 1;
        }
        Ok(())
    }
}

/// The `key=` and `reverse=` arguments of sorting.
pub fn sort_options(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<(Option<Value>, bool)> {
    only_kwargs(name, kw, &["key", "reverse"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    Ok((key, reverse))
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let (key, reverse) = sort_options(vm, "sort", kw)?;
    let mut items = vm.collect(&args[0])?;
    vm.sort_values(&mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("reversed", kw)?;
    arity("reversed", args, 1, 1)?;
    let v = &args[0];
    match v {
        Value::List(l) => Ok(new_iter(
            IterState::Reversed {
                seq: v.clone(),
                index: l.items.borrow().len(),
            },
            "list_reverseiterator",
        )),
        Value::Tuple(_) | Value::Str(_) | Value::Range(_) => {
            let items = vm.collect(v)?;
            let n = items.len();
            Ok(new_iter(
                IterState::Reversed {
                    seq: Value::list(items),
                    index: n,
                },
                "reversed",
            ))
        }
        Value::Iter(_) if crate::ops::iter::dict_view(v).is_some() => {
            let (d, kind) = crate::ops::iter::dict_view(v).expect("checked");
            let mut items = crate::ops::iter::view_items(&d, kind);
            items.reverse();
            Ok(new_iter(
                IterState::Values { items, index: 0 },
                match kind {
                    crate::object::ViewKind::Keys => "dict_reversekeyiterator",
                    crate::object::ViewKind::Values => "dict_reversevalueiterator",
                    crate::object::ViewKind::Items => "dict_reverseitemiterator",
                },
            ))
        }
        Value::Dict(d) => {
            let keys: Vec<Value> = d
                .map
                .borrow()
                .keys()
                .rev()
                .map(|k| k.value.clone())
                .collect();
            Ok(new_iter(
                IterState::Values {
                    items: keys,
                    index: 0,
                },
                "dict_reversekeyiterator",
            ))
        }
        _ if matches!(v, Value::Instance(_)) || crate::metaclass::has_meta(v) => {
            if let Some(r) = vm.call_special(v, "__reversed__", vec![])? {
                return Ok(r);
            }
            let n = vm.len(v)?;
            Ok(new_iter(
                IterState::Reversed {
                    seq: v.clone(),
                    index: n,
                },
                "reversed",
            ))
        }
        _ => Err(type_error(format!(
            "'{}' object is not reversible",
            type_name(v)
        ))),
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("enumerate", kw, &["start", "iterable"])?;
    let it = args.first().or_else(|| kwarg(kw, "iterable")).cloned();
    let Some(it) = it else {
        return Err(type_error(
            "enumerate() missing required argument 'iterable' (pos 1)",
        ));
    };
    let start = args
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    // Before the iterable, as in CPython's `enum_new_impl`: `start` must be an integer
    // (`__index__`), and a bool counts from 0 or 1.
    let start = match vm.index_operand(&start)? {
        Value::Bool(b) => Value::Int(i64::from(b)),
        v @ (Value::Int(_) | Value::BigInt(_)) => v,
        other => return Err(crate::error::not_an_integer(&other)),
    };
    let inner = vm.get_iter(&it)?;
    Ok(new_iter(
        IterState::Enumerate {
            inner,
            count: start,
        },
        "enumerate",
    ))
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    only_kwargs("zip", kw, &["strict"])?;
    let strict = match kw.iter().find(|(k, _)| &**k == "strict") {
        Some((_, v)) => vm.truthy(v)?,
        None => false,
    };
    let mut inners = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        inners.push(vm.get_iter(a).map_err(|e| {
            if e.is("TypeError") {
                type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?);
    }
    Ok(new_iter(IterState::Zip { inners, strict }, "zip"))
}

fn map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("map", kw)?;
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut inners = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        inners.push(vm.get_iter(a)?);
    }
    Ok(new_iter(
        IterState::Map {
            func: args[0].clone(),
            inners,
        },
        "map",
    ))
}

fn filter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("filter", kw)?;
    arity("filter", args, 2, 2)?;
    let inner = vm.get_iter(&args[1])?;
    Ok(new_iter(
        IterState::Filter {
            func: args[0].clone(),
            inner,
        },
        "filter",
    ))
}

fn any(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("any", kw)?;
    arity("any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("all", kw)?;
    arity("all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
