//! Methods of the remaining builtin classes: generators, properties, `object`,
//! `BaseException`, `int`, `float`, `type`.

use super::add;
use crate::builtin_types::BuiltinTypes;
use crate::class::new_instance;
use crate::error::{type_error, PyResult};
use crate::interp::call::arity;
use crate::ops::num::to_bigint;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

pub fn install(t: &BuiltinTypes) {
    add(
        &t.generator,
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__next__", iter_next),
            ("__iter__", iter_self),
        ],
    );
    for (name, it) in &t.iterators {
        if !name.starts_with("dict_") || name.ends_with("iterator") {
            add(it, &[("__next__", iter_next), ("__iter__", iter_self)]);
        }
    }
    add(
        &t.property,
        &[
            ("setter", prop_setter),
            ("getter", prop_getter),
            ("deleter", prop_deleter),
        ],
    );
    add(
        &t.object,
        &[
            ("__init__", object_init),
            ("__new__", object_new),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__init_subclass__", object_init_subclass),
        ],
    );
    add(
        &t.exceptions["BaseException"],
        &[
            ("__init__", exc_init),
            ("with_traceback", exc_with_traceback),
            ("add_note", exc_add_note),
        ],
    );
    add(
        &t.int,
        &[
            ("bit_length", int_bit_length),
            ("bit_count", int_bit_count),
            ("as_integer_ratio", int_as_integer_ratio),
            ("conjugate", identity),
        ],
    );
    add(
        &t.float,
        &[
            ("is_integer", float_is_integer),
            ("as_integer_ratio", float_as_integer_ratio),
            ("hex", float_hex),
            ("fromhex", float_fromhex),
            ("conjugate", identity),
        ],
    );
    add(
        &t.type_,
        &[
            ("mro", type_mro),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__new__", crate::metaclass::type_new),
            ("__init__", crate::metaclass::type_init),
        ],
    );
    add(&t.range, &[("index", range_index), ("count", range_count)]);
    add(&t.slice, &[("indices", slice_indices)]);
}

/// `slice.indices(length)`: the bounds a sequence of that length would use (the step as
/// given, even when it is a big int).
fn slice_indices(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::interp::call::no_kwargs("indices", kw)?;
    arity("indices", &args[1.min(args.len())..], 1, 1)?;
    let Value::Slice(s) = &args[0] else {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let len = match &args[1] {
        Value::Int(n) if *n >= 0 => *n as usize,
        Value::Bool(b) => usize::from(*b),
        Value::Int(_) => return Err(crate::error::value_error("length should not be negative")),
        other => return Err(crate::error::not_an_integer(other)),
    };
    let si = crate::ops::subscript::slice_indices(s, len)?;
    let step = match &s.step {
        Value::None => Value::Int(1),
        Value::Bool(b) => Value::Int(i64::from(*b)),
        other => other.clone(),
    };
    Ok(Value::tuple(vec![
        Value::Int(si.start),
        Value::Int(si.stop),
        step,
    ]))
}

fn gen_of(args: &[Value]) -> PyResult<&Rc<crate::object::Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g),
        _ => Err(type_error("descriptor requires a 'generator' object")),
    }
}

/// `it.__next__()` of a generator or builtin iterator.
fn iter_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or(Value::None);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(crate::error::PyErr::bare("StopIteration")),
    }
}

/// `it.__iter__()`: an iterator is its own iterator.
fn iter_self(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let g = gen_of(args)?.clone();
    let v = args.get(1).cloned().unwrap_or(Value::None);
    vm.generator_send(&g, v, None)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let g = gen_of(args)?.clone();
    let exc = args.get(1).cloned().unwrap_or(Value::None);
    let exc = match (&exc, args.get(2)) {
        (Value::Type(_), Some(v)) if !v.is_none() => vm.call(&exc, vec![v.clone()])?,
        _ => exc,
    };
    let err = vm.make_exception(exc)?;
    vm.generator_send(&g, Value::None, Some(err))
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let g = gen_of(args)?.clone();
    vm.generator_close(&g)?;
    Ok(Value::None)
}

fn prop_with(args: &[Value], slot: &str) -> PyResult<Value> {
    let Some(Value::Instance(p)) = args.first() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let cls = p.class.borrow().clone();
    let n = new_instance(&cls);
    for k in ["fget", "fset", "fdel", "doc"] {
        n.dict.set_str(k, p.dict.get_str(k).unwrap_or(Value::None));
    }
    n.dict
        .set_str(slot, args.get(1).cloned().unwrap_or(Value::None));
    Ok(Value::Instance(n))
}

fn prop_setter(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(args, "fset")
}

fn prop_getter(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(args, "fget")
}

fn prop_deleter(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    prop_with(args, "fdel")
}

/// `object.__init__(self, *args)`: rejects arguments unless `__new__` is overridden.
fn object_init(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let t = crate::builtin_types::types();
        let cls = crate::builtin_types::type_of(args.first().unwrap_or(&Value::None));
        let is_object_slot = |name: &str| match (cls.lookup(name), t.object.dict.get_str(name)) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        };
        if !is_object_slot("__init__") {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if is_object_slot("__new__") {
            return Err(type_error(format!("{}() takes no arguments", cls.name)));
        }
    }
    Ok(Value::None)
}

fn attr_name_arg(args: &[Value], n: usize, what: &str) -> PyResult<(Value, String)> {
    if args.len() != n {
        return Err(type_error(format!(
            "expected {} arguments, got {}",
            n - 1,
            args.len().saturating_sub(1)
        )));
    }
    match &args[1] {
        Value::Str(s) => Ok((args[0].clone(), s.as_str().to_string())),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'{what}",
            crate::builtin_types::type_name(other)
        ))),
    }
}

/// `object`'s slot methods that are not entries of its dictionary (the interpreter implements
/// them directly), for explicit access: `super().__repr__()`, `object.__eq__(a, b)`,
/// `self.__str__()`. Operators never go through these.
pub fn object_slot(name: &str) -> Option<Value> {
    thread_local! {
        static SLOTS: std::cell::RefCell<Vec<(&'static str, Value)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    // The same object every time, so that `object.__eq__ is object.__eq__`.
    if let Some(v) = SLOTS.with(|s| {
        s.borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }) {
        return Some(v);
    }
    let v = make_object_slot(name)?;
    let key = match &v {
        Value::Builtin(b) => b.name,
        _ => return Some(v),
    };
    SLOTS.with(|s| s.borrow_mut().push((key, v.clone())));
    Some(v)
}

fn make_object_slot(name: &str) -> Option<Value> {
    let f: crate::object::BuiltinFn = match name {
        "__repr__" => object_repr,
        "__str__" => object_str,
        "__eq__" => object_eq,
        "__ne__" => object_ne,
        "__lt__" | "__le__" | "__gt__" | "__ge__" => object_not_implemented,
        "__hash__" => object_hash,
        "__format__" => object_format,
        "__getattribute__" => object_getattribute,
        _ => return None,
    };
    let name: &'static str = match name {
        "__repr__" => "__repr__",
        "__str__" => "__str__",
        "__eq__" => "__eq__",
        "__ne__" => "__ne__",
        "__lt__" => "__lt__",
        "__le__" => "__le__",
        "__gt__" => "__gt__",
        "__ge__" => "__ge__",
        "__hash__" => "__hash__",
        "__format__" => "__format__",
        _ => "__getattribute__",
    };
    Some(crate::builtins::func(name, f))
}

fn self_arg<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    args.first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = self_arg(args, "__repr__")?;
    let s = match v {
        Value::Instance(_) => vm.default_repr(v)?,
        other => vm.repr(other)?,
    };
    Ok(Value::string(s))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = self_arg(args, "__str__")?;
    let s = match v {
        Value::Instance(_) => vm.default_str(v)?,
        other => vm.to_str(other)?,
    };
    Ok(Value::string(s))
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity("__eq__", &args[1.min(args.len())..], 1, 1)?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity("__ne__", &args[1.min(args.len())..], 1, 1)?;
    let eq = match vm.call_special(&args[0], "__eq__", vec![args[1].clone()])? {
        Some(r) => r,
        None => super::operators::builtin_eq(vm, &args[0], &args[1])?,
    };
    if matches!(eq, Value::NotImplemented) {
        return Ok(eq);
    }
    Ok(Value::Bool(!vm.truthy(&eq)?))
}

fn object_not_implemented(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let v = self_arg(args, "__hash__")?;
    Ok(Value::Int((v.ptr().unwrap_or(0) >> 4) as i64))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity("__format__", &args[1.min(args.len())..], 1, 1)?;
    match &args[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::string(vm.to_str(&args[0])?)),
        Value::Str(_) => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            crate::builtin_types::type_name(&args[0])
        ))),
        other => Err(type_error(format!(
            "__format__() argument must be str, not {}",
            crate::builtin_types::type_name(other)
        ))),
    }
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (obj, name) = attr_name_arg(args, 2, "")?;
    match &obj {
        Value::Instance(i) => {
            let cls = i.class.borrow().clone();
            vm.generic_instance_getattr(&obj, i, &cls, &name)
        }
        other => vm.getattr(other, &name),
    }
}

/// `object.__init_subclass__()`: the default hook accepts no keyword arguments.
fn object_init_subclass(_vm: &mut Vm, _args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("__init_subclass__() takes no keyword arguments"));
    }
    Ok(Value::None)
}

/// `object.__setattr__(obj, name, value)`.
fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (obj, name) = attr_name_arg(args, 3, "")?;
    vm.generic_setattr(&obj, &name, args[2].clone())?;
    Ok(Value::None)
}

/// `object.__delattr__(obj, name)`.
fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (obj, name) = attr_name_arg(args, 2, "")?;
    vm.generic_delattr(&obj, &name)?;
    Ok(Value::None)
}

/// `object.__new__(cls)`: a new, uninitialized instance of the Python class `cls`.
fn object_new(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(cls)) if !cls.is_builtin => Ok(Value::Instance(new_instance(cls))),
        Some(Value::Type(cls)) if cls.kind == crate::object::TypeKind::Object => {
            Ok(Value::Instance(new_instance(cls)))
        }
        Some(Value::Type(cls)) => Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name, cls.name
        ))),
        Some(other) => Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            crate::builtin_types::type_name(other)
        ))),
        None => Err(type_error("object.__new__(): not enough arguments")),
    }
}

fn exc_init(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.first() {
        if let Some(s) = &i.exc {
            s.borrow_mut().args = Value::tuple(args[1..].to_vec());
        }
    }
    Ok(Value::None)
}

/// `e.add_note(note)` (3.11): notes are printed after the exception's message.
fn exc_add_note(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    arity("add_note", &args[1.min(args.len())..], 1, 1)?;
    let Value::Instance(i) = &args[0] else {
        return Err(type_error("descriptor 'add_note' requires an exception"));
    };
    let note = match &args[1] {
        Value::Str(_) => args[1].clone(),
        other => {
            return Err(type_error(format!(
                "note must be a str, not '{}'",
                crate::builtin_types::type_name(other)
            )))
        }
    };
    match i.dict.get_str("__notes__") {
        Some(Value::List(l)) => l.items.borrow_mut().push(note),
        Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
        None => {
            i.class.borrow().note_instance_attr("__notes__");
            i.dict.set_str("__notes__", Value::list(vec![note]))
        }
    }
    Ok(Value::None)
}

fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn int_bit_length(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = args.first().and_then(to_bigint).unwrap_or_default();
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let b = args.first().and_then(to_bigint).unwrap_or_default();
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

/// `(n).as_integer_ratio()`: `(n, 1)`, with a bool's value as an int.
fn int_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let n = match args.first() {
        Some(Value::Bool(b)) => Value::Int(i64::from(*b)),
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => v.clone(),
        _ => {
            return Err(type_error(
                "descriptor 'as_integer_ratio' requires a 'int' object",
            ))
        }
    };
    Ok(Value::tuple(vec![n, Value::Int(1)]))
}

/// `x.as_integer_ratio()` (`pyjit_numeric::float_as_integer_ratio`).
fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Float(x)) = args.first() else {
        return Err(type_error(
            "descriptor 'as_integer_ratio' requires a 'float' object",
        ));
    };
    let (numer, denom) = pyjit_numeric::float_as_integer_ratio(*x)?;
    Ok(Value::tuple(vec![numer.into(), denom.into()]))
}

/// `x.hex()` (`pyjit_numeric::float_hex`).
fn float_hex(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let Some(Value::Float(x)) = args.first() else {
        return Err(type_error("descriptor 'hex' requires a 'float' object"));
    };
    Ok(Value::string(pyjit_numeric::float_hex(*x)))
}

/// `float.fromhex(s)`, called on the class or on an instance.
fn float_fromhex(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::interp::call::no_kwargs("float.fromhex", kw)?;
    let rest = match args.first() {
        Some(Value::Float(_)) => &args[1..],
        _ => args,
    };
    arity("fromhex", rest, 1, 1)?;
    let Value::Str(s) = &rest[0] else {
        // CPython's message for an argument that is not a str.
        return Err(type_error("bad argument type for built-in operation"));
    };
    Ok(Value::Float(pyjit_numeric::float_fromhex(s.as_str())?))
}

fn identity(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn float_is_integer(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Float(f)) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        _ => Err(type_error(
            "descriptor 'is_integer' requires a 'float' object",
        )),
    }
}

fn type_mro(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(t)) => Ok(Value::list(t.mro().map(Value::Type).collect())),
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    }
}

/// `type.__instancecheck__(cls, obj)`: the check without any metaclass hook, as an
/// overriding `__instancecheck__` calls it.
fn type_instancecheck(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [Value::Type(t), v] => {
            let vt = crate::builtin_types::type_of(v);
            Ok(Value::Bool(
                vt.is_subtype(t) || crate::modules::abc::registered(&vt, t),
            ))
        }
        _ => Err(type_error(
            "type.__instancecheck__() takes a class and one argument",
        )),
    }
}

/// `type.__subclasscheck__(cls, sub)`, likewise.
fn type_subclasscheck(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match args {
        [Value::Type(t), Value::Type(c)] => Ok(Value::Bool(
            c.is_subtype(t) || crate::modules::abc::registered(c, t),
        )),
        [Value::Type(_), _] => Err(type_error("issubclass() arg 1 must be a class")),
        _ => Err(type_error(
            "type.__subclasscheck__() takes a class and one argument",
        )),
    }
}

/// The position of `v` in a range, if it is one of its values.
fn range_position(args: &[Value]) -> PyResult<(Option<i64>, Value)> {
    let (Some(Value::Range(r)), Some(v)) = (args.first(), args.get(1)) else {
        return Err(type_error("range.index() takes exactly one argument"));
    };
    let i = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        _ => return Ok((None, v.clone())),
    };
    let inside = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    let pos = (inside && (i - r.start) % r.step == 0).then(|| (i - r.start) / r.step);
    Ok((pos, v.clone()))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match range_position(args)? {
        (Some(p), _) => Ok(Value::Int(p)),
        (None, v) => Err(crate::error::value_error(format!(
            "{} is not in range",
            vm.repr(&v)?
        ))),
    }
}

fn range_count(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::Int(i64::from(range_position(args)?.0.is_some())))
}
