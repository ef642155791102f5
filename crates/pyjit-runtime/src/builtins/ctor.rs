//! Calling a builtin type: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `range(...)`, ...

use crate::builtin_types::{type_name, type_of, types};
use crate::class::new_instance;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::interp::call::{arity, kwarg, no_kwargs, only_kwargs, str_key, KwArgs};
use crate::object::{HKey, PyDict, PyRange, PySet, PySlice, PyType, TypeKind};
use crate::ops::num::to_bigint;
use crate::value::Value;
use crate::vm::Vm;
use num_traits::{Signed, ToPrimitive};
use pyjit_numeric::{parse_float, Int};
use std::rc::Rc;

pub fn construct(vm: &mut Vm, cls: &Rc<PyType>, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let name = &*cls.name;
    match cls.kind {
        TypeKind::Object if !Rc::ptr_eq(cls, &types().object) => {
            // `bytes`, `complex`, ...: names that exist (for isinstance checks) but whose
            // values pyjit does not have.
            Err(PyErr::new(
                "NotImplementedError",
                format!("{name}() is not supported by pyjit"),
            ))
        }
        TypeKind::Object => {
            if !args.is_empty() || !kw.is_empty() {
                return Err(type_error("object() takes no arguments"));
            }
            Ok(Value::Instance(new_instance(cls)))
        }
        TypeKind::Type => {
            no_kwargs("type", &kw)?;
            match args.len() {
                1 => Ok(Value::Type(type_of(&args[0]))),
                3 => make_type(vm, &args, Vec::new(), None),
                _ => Err(type_error("type() takes 1 or 3 arguments")),
            }
        }
        TypeKind::Int => {
            only_kwargs("int", &kw, &["base"])?;
            arity("int", &args, 0, 2)?;
            let base = args.get(1).or_else(|| kwarg(&kw, "base")).cloned();
            let Some(base) = base else {
                return match args.first() {
                    None => Ok(Value::Int(0)),
                    Some(v) => vm.to_int(v),
                };
            };
            // CPython checks the base before looking at the value.
            let base = int_base(vm, &base)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match args.first() {
                Some(Value::Str(s)) => Ok(Int::parse(s.as_str(), base)?.into()),
                Some(_) => Err(type_error(
                    "int() can't convert non-string with explicit base",
                )),
                None => Err(type_error("int() missing string argument")),
            }
        }
        TypeKind::Float => {
            no_kwargs("float", &kw)?;
            arity("float", &args, 0, 1)?;
            match args.first() {
                None => Ok(Value::Float(0.0)),
                Some(Value::Str(s)) => Ok(Value::Float(parse_float(s.as_str())?)),
                Some(Value::Float(f)) => Ok(Value::Float(*f)),
                Some(v @ Value::Instance(_)) => match vm.call_special(v, "__float__", vec![])? {
                    Some(r) => Ok(r),
                    None => Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(v)
                    ))),
                },
                Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                    Ok(Value::Float(vm.to_f64(v)?))
                }
                Some(v) => Err(type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(v)
                ))),
            }
        }
        TypeKind::Bool => {
            no_kwargs("bool", &kw)?;
            arity("bool", &args, 0, 1)?;
            match args.first() {
                None => Ok(Value::Bool(false)),
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
            }
        }
        TypeKind::Str => {
            only_kwargs("str", &kw, &["object"])?;
            arity("str", &args, 0, 1)?;
            match args.first().or_else(|| kwarg(&kw, "object")) {
                None => Ok(Value::str("")),
                Some(v @ Value::Str(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::string(vm.to_str(v)?)),
            }
        }
        TypeKind::List => {
            no_kwargs("list", &kw)?;
            arity("list", &args, 0, 1)?;
            match args.first() {
                None => Ok(Value::list(Vec::new())),
                Some(v) => Ok(Value::list(vm.collect_hinted(v)?)),
            }
        }
        TypeKind::Tuple => {
            no_kwargs("tuple", &kw)?;
            arity("tuple", &args, 0, 1)?;
            match args.first() {
                None => Ok(Value::tuple(Vec::new())),
                Some(v @ Value::Tuple(_)) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.collect_hinted(v)?)),
            }
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            no_kwargs(name, &kw)?;
            arity(name, &args, 0, 1)?;
            if let (TypeKind::FrozenSet, Some(v @ Value::Set(f))) = (cls.kind, args.first()) {
                if f.frozen {
                    return Ok(v.clone()); // `frozenset(f)` is `f`, as in CPython
                }
            }
            let mut set = crate::object::Set::new();
            if let Some(v) = args.first() {
                crate::methods::set::update_table(vm, &mut set, v)?;
            }
            Ok(Value::Set(Rc::new(PySet::new(
                set,
                cls.kind == TypeKind::FrozenSet,
            ))))
        }
        TypeKind::Dict => {
            arity("dict", &args, 0, 1)?;
            let d = Rc::new(PyDict::new());
            crate::gc::track_dict(&d);
            if let Some(src) = args.first() {
                vm.dict_update_from(&d, src)?;
            }
            for (k, v) in kw {
                d.set_str(&k, v);
            }
            Ok(Value::Dict(d))
        }
        TypeKind::Range => {
            no_kwargs("range", &kw)?;
            let mut converted = Vec::with_capacity(args.len());
            for a in &args {
                converted.push(vm.index_operand(a)?);
            }
            let ints: PyResult<Vec<i64>> = converted.iter().map(range_arg).collect();
            let ints = ints?;
            let (start, stop, step) = match ints.len() {
                1 => (0, ints[0], 1),
                2 => (ints[0], ints[1], 1),
                3 => (ints[0], ints[1], ints[2]),
                0 => return Err(type_error("range expected at least 1 argument, got 0")),
                n => {
                    return Err(type_error(format!(
                        "range expected at most 3 arguments, got {n}"
                    )))
                }
            };
            if step == 0 {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(PyRange { start, stop, step })))
        }
        TypeKind::Slice => {
            no_kwargs("slice", &kw)?;
            arity("slice", &args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
        }
        TypeKind::Property => {
            only_kwargs("property", &kw, &["fget", "fset", "fdel", "doc"])?;
            let p = new_instance(cls);
            for (i, n) in ["fget", "fset", "fdel", "doc"].iter().enumerate() {
                let v = args
                    .get(i)
                    .or_else(|| kwarg(&kw, n))
                    .cloned()
                    .unwrap_or(Value::None);
                p.dict.set_str(n, v);
            }
            Ok(Value::Instance(p))
        }
        TypeKind::StaticMethod | TypeKind::ClassMethod => {
            no_kwargs(name, &kw)?;
            arity(name, &args, 1, 1)?;
            let p = new_instance(cls);
            p.dict.set_str("__func__", args[0].clone());
            Ok(Value::Instance(p))
        }
        TypeKind::Super => {
            if args.len() != 2 {
                return Err(PyErr::new("RuntimeError", "super(): no arguments"));
            }
            // CPython's `supercheck`: `obj` is an instance of `type` or a subclass of it.
            let Value::Type(this) = &args[0] else {
                return Err(type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    type_name(&args[0])
                )));
            };
            let fits = match &args[1] {
                // `super(T, None)` is an unbound super object in CPython, as `super(T)`.
                Value::None => {
                    return Err(PyErr::new(
                        "NotImplementedError",
                        "unbound super objects (super(type, None)) are not supported by pyjit",
                    ))
                }
                Value::Type(t) if t.is_subtype(this) => true,
                obj => crate::builtin_types::type_of(obj).is_subtype(this),
            };
            if !fits {
                return Err(type_error(
                    "super(type, obj): obj must be an instance or subtype of type",
                ));
            }
            Ok(new_super(cls, args[0].clone(), args[1].clone()))
        }
        _ => Err(type_error(format!("cannot create '{name}' instances"))),
    }
}

thread_local! {
    /// The keys of a super object's two attributes, made once: a new string and its hash
    /// per `super()` call (`PyDict::set_str`) cost ~440 instructions each.
    static SUPER_KEYS: (HKey, HKey) = (str_key("__thisclass__"), str_key("__self__"));
}

/// `super(this, obj)`, `obj` checked against `this` already: a `super` instance whose dict
/// holds `__thisclass__` then `__self__` (the order `super_method_hit` reads them in).
pub fn new_super(cls: &Rc<PyType>, this: Value, obj: Value) -> Value {
    // (Sized for its two entries: made empty, its first entry allocated the table.)
    let p = crate::class::new_instance_sized(cls, 2);
    SUPER_KEYS.with(|(k0, k1)| {
        let mut m = p.dict.map.borrow_mut();
        m.put_new(k0.clone(), this);
        m.put_new(k1.clone(), obj);
    });
    Value::Instance(p)
}

fn range_arg(v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::BigInt(_) => Err(PyErr::new(
            "NotImplementedError",
            "range() beyond 64-bit integers is not supported by pyjit",
        )),
        other => Err(crate::error::not_an_integer(other)),
    }
}

/// `type(name, bases, ns)`, and `type.__new__(meta, name, bases, ns, **kwargs)` for a
/// metaclass.
pub fn make_type(
    vm: &mut Vm,
    args: &[Value],
    kwargs: crate::interp::call::KwArgs,
    meta: Option<Rc<crate::object::PyType>>,
) -> PyResult<Value> {
    let (Value::Str(name), Value::Tuple(bases), Value::Dict(ns)) = (&args[0], &args[1], &args[2])
    else {
        return Err(type_error("type() argument types are (str, tuple, dict)"));
    };
    let mut bs = Vec::new();
    for b in &bases.items {
        match b {
            Value::Type(t)
                if t.is_builtin
                    && !matches!(
                        t.kind,
                        TypeKind::Object | TypeKind::BaseException | TypeKind::Type
                    ) =>
            {
                return Err(PyErr::new(
                    "NotImplementedError",
                    format!(
                        "subclassing the builtin type '{}' is not supported by pyjit",
                        t.name
                    ),
                ));
            }
            Value::Type(t) => bs.push(t.clone()),
            other => {
                return Err(type_error(format!(
                    "bases must be types, not {}",
                    type_name(other)
                )))
            }
        }
    }
    if bs.is_empty() {
        bs.push(types().object.clone());
    }
    let dict = Rc::new(PyDict::from_map(ns.map.borrow().clone()));
    if dict.get_str("__module__").is_none() {
        dict.set_str("__module__", Value::str("__main__"));
    }
    vm.finish_class_meta(name.as_str(), bs, dict, kwargs, meta)
        .map(Value::Type)
}

impl Vm {
    /// `int(v)` for a non-string.
    pub fn to_int(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
            Value::Float(f) => Ok(Int::from_f64(*f)?.into()),
            Value::Str(s) => Ok(Int::parse(s.as_str(), 10)?.into()),
            Value::Instance(_) => {
                for m in ["__int__", "__index__", "__trunc__"] {
                    if let Some(r) = self.call_special(v, m, vec![])? {
                        return Ok(r);
                    }
                }
                Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(v)
                )))
            }
            _ => Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(v)
            ))),
        }
    }

    /// `dict.update(src)` / `dict(src)`: a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &PyDict, src: &Value) -> PyResult<()> {
        if matches!(src, Value::Dict(_)) || self.special(src, "keys").is_some() {
            let entries = self.mapping_items(src)?;
            d.map.borrow_mut().extend(entries);
            return Ok(());
        }
        let items = self.collect(src)?;
        for (i, item) in items.into_iter().enumerate() {
            let pair = self.collect(&item).map_err(|_| {
                type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
            })?;
            if pair.len() != 2 {
                return Err(value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut it = pair.into_iter();
            let (k, v) = (it.next().unwrap_or_default(), it.next().unwrap_or_default());
            let k = self.hkey(k)?;
            let k = self.resolve_key(&d.map, k)?;
            d.map_mut()?.insert(k, v);
        }
        Ok(())
    }
}

/// The `base` argument of `int(x, base)` as a machine int (huge values are clipped, as
/// CPython's `PyNumber_AsSsize_t` does, so that they fail the range check).
fn int_base(vm: &mut Vm, base: &Value) -> PyResult<i64> {
    match vm.index_operand(base)? {
        Value::Int(b) => Ok(b),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        other => Err(crate::error::not_an_integer(&other)),
    }
}

/// An int argument as i64 (for builtins that need machine-sized counts).
pub fn small_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::BigInt(b) => b.to_i64(),
        _ => to_bigint(v).and_then(|b| b.to_i64()),
    }
}
