//! `list` and `tuple` methods.

use super::add;
use crate::builtin_types::BuiltinTypes;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::call::{arity, no_kwargs};
use crate::ops::subscript::index_value;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(t: &BuiltinTypes) {
    add(
        &t.list,
        &[
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("sort", sort),
            ("reverse", reverse),
            ("copy", copy),
            ("clear", clear),
        ],
    );
    add(&t.tuple, &[("index", index), ("count", count)]);
}

fn list_of<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Rc<crate::object::PyList>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        other => Err(type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            other.map_or("NoneType".into(), crate::builtin_types::type_name)
        ))),
    }
}

pub(crate) fn append(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.append", kw)?;
    arity("list.append", &args[1.min(args.len())..], 1, 1)?;
    list_of("append", args)?
        .items
        .borrow_mut()
        .push(args[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.extend", kw)?;
    arity("list.extend", &args[1.min(args.len())..], 1, 1)?;
    let items = vm.collect(&args[1])?;
    list_of("extend", args)?.items.borrow_mut().extend(items);
    Ok(Value::None)
}

/// A big-int position argument: CPython's argument conversion to a machine size fails.
fn too_large(v: &Value) -> PyResult<()> {
    if let Value::BigInt(_) = v {
        return Err(crate::error::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    Ok(())
}

fn insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.insert", kw)?;
    arity("insert", &args[1.min(args.len())..], 2, 2)?;
    let l = list_of("insert", args)?;
    // An instance with `__index__` is an index too.
    let at = vm.index_operand(&args[1])?;
    too_large(&at)?;
    let Some(i) = index_value(&at) else {
        return Err(crate::error::not_an_integer(&at));
    };
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    crate::object::insert_at(&mut items, j as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    // `l.pop()` and `l.pop(i)` with an int `i` in range (deltablue's `todo.pop(0)`): none of
    // the checks and conversions below can fail; any other call takes them.
    if kw.is_empty() {
        let (l, i) = match args {
            [Value::List(l)] => (l, None),
            [Value::List(l), Value::Int(i)] => (l, Some(*i)),
            _ => return pop_checked(vm, args, kw),
        };
        let mut items = l.items.borrow_mut();
        let n = items.len() as i64;
        let i = i.unwrap_or(n - 1);
        let j = if i < 0 { i + n } else { i };
        if (0..n).contains(&j) {
            return Ok(crate::object::remove_at(&mut items, j as usize));
        }
    }
    pop_checked(vm, args, kw)
}

/// `list.pop` with every check and conversion, in CPython's order.
#[inline(never)]
fn pop_checked(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.pop", kw)?;
    arity("pop", &args[1.min(args.len())..], 0, 1)?;
    let l = list_of("pop", args)?;
    // The argument is converted before the list is looked at, as in CPython.
    let i = match args.get(1) {
        None => None,
        Some(v) => {
            // An instance with `__index__` is an index too.
            let v = &vm.index_operand(v)?;
            too_large(v)?;
            Some(index_value(v).ok_or_else(|| crate::error::not_an_integer(v))?)
        }
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let i = i.unwrap_or(n - 1);
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(crate::object::remove_at(&mut items, j as usize))
}

fn remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.remove", kw)?;
    arity("list.remove", &args[1.min(args.len())..], 1, 1)?;
    let l = list_of("remove", args)?;
    match vm.list_find(l, &args[1], 0, usize::MAX)? {
        Some(i) => {
            // Dropped after the borrow ends: the item's `__del__` may use the list.
            let v = crate::object::remove_at(&mut l.items.borrow_mut(), i);
            drop(v);
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("index", kw)?;
    arity("index", &args[1.min(args.len())..], 1, 3)?;
    let n = match &args[0] {
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        _ => 0,
    } as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v.map(index_value) {
            Some(Some(i)) if i < 0 => Ok((i + n).max(0)),
            Some(Some(i)) => Ok(i.min(n)),
            Some(None) => Err(type_error(
                "slice indices must be integers or have an __index__ method",
            )),
            None => Ok(d),
        }
    };
    let start = norm(args.get(2), 0)? as usize;
    let stop = norm(args.get(3), n)? as usize;
    let found = match &args[0] {
        // Scanned in place (no copy of the list); an `__eq__` that shrinks the list ends
        // the scan early, as in CPython.
        Value::List(l) => vm.list_find(l, &args[1], start, stop)?,
        Value::Tuple(t) => {
            let mut found = None;
            for (i, v) in t.items.iter().enumerate().take(stop).skip(start) {
                if v.is(&args[1]) || vm.eq(v, &args[1])? {
                    found = Some(i);
                    break;
                }
            }
            found
        }
        _ => None,
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(match &args[0] {
            Value::Tuple(_) => value_error("tuple.index(x): x not in tuple"),
            // `repr` runs the item's `__repr__`, as CPython's `%R` does.
            _ => value_error(format!("{} is not in list", vm.repr(&args[1])?)),
        }),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("count", kw)?;
    arity("count", &args[1.min(args.len())..], 1, 1)?;
    let mut n = 0;
    match &args[0] {
        Value::List(l) => {
            // In place, the length re-read at every step (an `__eq__` may change the list).
            let mut from = 0;
            while let Some(i) = vm.list_find(l, &args[1], from, usize::MAX)? {
                n += 1;
                from = i + 1;
            }
        }
        Value::Tuple(t) => {
            for v in &t.items {
                if v.is(&args[1]) || vm.eq(v, &args[1])? {
                    n += 1;
                }
            }
        }
        _ => {}
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("sort", &args[1.min(args.len())..], 0, 0)
        .map_err(|_| type_error("sort() takes no positional arguments"))?;
    let l = list_of("sort", args)?.clone();
    let (key, reverse) = crate::builtins::sort_options(vm, "sort", kw)?;
    // CPython empties the list while sorting, so mutation during the sort is detected.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = vm.sort_values(&mut items, key.as_ref(), reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.reverse", kw)?;
    list_of("reverse", args)?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.copy", kw)?;
    Ok(Value::list(list_of("copy", args)?.items.borrow().clone()))
}

fn clear(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("list.clear", kw)?;
    list_of("clear", args)?.items.borrow_mut().clear();
    Ok(Value::None)
}
