//! Attribute access: `getattr`, `setattr`, `delattr`, and the method-call shortcut
//! `load_method` that avoids creating a bound method for `obj.m(...)`.

use crate::builtin_types::{type_name, type_of, types};
use crate::error::{attribute_error, PyErr, PyResult};
use crate::object::{BoundMethod, Instance, PyType, TypeKind};
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `__get__` of a user-defined descriptor (an instance of a Python class defining
/// `__get__`), and whether it is a data descriptor (also defines `__set__` or `__delete__`).
fn descriptor_get(attr: &Value) -> Option<(Value, bool)> {
    let Value::Instance(d) = attr else {
        return None;
    };
    let dcls = d.class.borrow();
    if dcls.is_builtin {
        return None;
    }
    let get = dcls.lookup("__get__")?;
    let data = dcls.lookup("__set__").is_some() || dcls.lookup("__delete__").is_some();
    Some((get, data))
}

/// A method (`__set__`, `__delete__`) of a user-defined descriptor's class.
fn descriptor_method(attr: &Value, name: &str) -> Option<Value> {
    match attr {
        Value::Instance(d) if !d.class.borrow().is_builtin => d.class.borrow().lookup(name),
        _ => None,
    }
}

/// What a class attribute turns into when read through an instance or the class.
fn bind(attr: Value, obj: &Value, cls: &Rc<PyType>, through_instance: bool) -> BindResult {
    if let Some((get, _)) = descriptor_get(&attr) {
        let inst = if through_instance {
            obj.clone()
        } else {
            Value::None
        };
        return BindResult::Descriptor(get, vec![attr, inst, Value::Type(cls.clone())]);
    }
    match &attr {
        Value::Function(_) | Value::Builtin(_) if through_instance => {
            BindResult::Value(Value::BoundMethod(Rc::new(BoundMethod {
                self_value: obj.clone(),
                func: attr,
            })))
        }
        Value::Instance(i) => {
            let kind = i.class.borrow().kind;
            match kind {
                TypeKind::StaticMethod => {
                    BindResult::Value(i.dict.get_str("__func__").unwrap_or(Value::None))
                }
                TypeKind::ClassMethod => {
                    BindResult::Value(Value::BoundMethod(Rc::new(BoundMethod {
                        self_value: Value::Type(cls.clone()),
                        func: i.dict.get_str("__func__").unwrap_or(Value::None),
                    })))
                }
                TypeKind::Property if through_instance => {
                    BindResult::Property(i.dict.get_str("fget").unwrap_or(Value::None))
                }
                _ => BindResult::Value(attr),
            }
        }
        _ => BindResult::Value(attr),
    }
}

enum BindResult {
    Value(Value),
    /// A property getter to call with the instance.
    Property(Value),
    /// A descriptor's `__get__` and its arguments `(descriptor, instance or None, class)`.
    Descriptor(Value, Vec<Value>),
}

fn is_property(v: &Value) -> Option<Rc<Instance>> {
    match v {
        Value::Instance(i) if i.class.borrow().kind == TypeKind::Property => Some(i.clone()),
        _ => None,
    }
}

impl Vm {
    fn finish_bind(&mut self, b: BindResult, obj: &Value, name: &str) -> PyResult<Value> {
        match b {
            BindResult::Value(v) => Ok(v),
            BindResult::Property(fget) => {
                if fget.is_none() {
                    return Err(attribute_error(format!(
                        "property '{name}' of '{}' object has no getter",
                        type_name(obj)
                    )));
                }
                self.call(&fget, vec![obj.clone()])
            }
            BindResult::Descriptor(get, args) => self.call(&get, args),
        }
    }

    /// Attribute `attr` found on `cls` read through `obj`, an instance of `cls`.
    pub(crate) fn getattr_through(
        &mut self,
        attr: Value,
        obj: &Value,
        cls: &Rc<PyType>,
        name: &str,
    ) -> PyResult<Value> {
        let b = bind(attr, obj, cls, true);
        self.finish_bind(b, obj, name)
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(i) => self.instance_getattr(obj, i, name),
            Value::Type(t) => self.type_getattr(t, name),
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None => Err(crate::error::attribute_error_of(
                    obj,
                    name,
                    format!("module '{}' has no attribute '{name}'", m.name),
                )),
            },
            Value::Function(f) => {
                let v = match name {
                    "__name__" => Some(Value::str(&f.name.borrow())),
                    "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                    // `f.__module__ = ...` / `f.__doc__ = ...` (functools.wraps) land in f.dict.
                    "__module__" => Some(f.dict.get_str(name).unwrap_or_else(|| f.module.clone())),
                    "__doc__" => {
                        Some(
                            f.dict
                                .get_str(name)
                                .unwrap_or_else(|| match f.code.consts.first() {
                                    Some(pyjit_bytecode::Const::Str(s)) => Value::str(s),
                                    _ => Value::None,
                                }),
                        )
                    }
                    "__annotations__" => Some(f.dict.get_str(name).unwrap_or_else(|| {
                        // Created empty on first access, as in CPython.
                        let d = Value::Dict(Rc::new(crate::object::PyDict::new()));
                        f.dict.set_str(name, d.clone());
                        d
                    })),
                    "__defaults__" => Some(if f.defaults.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.defaults.clone())
                    }),
                    "__dict__" => Some(Value::Dict(f.dict.clone())),
                    "__code__" => Some(Value::Code(f.code.clone())),
                    _ => f.dict.get_str(name),
                };
                v.ok_or_else(|| no_attr(obj, name))
            }
            Value::BoundMethod(m) => match name {
                "__self__" => Ok(m.self_value.clone()),
                "__func__" => Ok(m.func.clone()),
                _ => self.getattr(&m.func.clone(), name),
            },
            Value::Builtin(b) => match name {
                "__name__" | "__qualname__" => Ok(Value::str(b.name)),
                "__self__" => Ok(b.bound.clone().unwrap_or(Value::None)),
                _ => Err(no_attr(obj, name)),
            },
            _ => {
                if name == "__class__" {
                    return Ok(Value::Type(type_of(obj)));
                }
                let cls = type_of(obj);
                if let Some(v) = self.builtin_value_attr(obj, name)? {
                    return Ok(v);
                }
                match cls.lookup(name) {
                    Some(attr) => {
                        let b = bind(attr, obj, &cls, true);
                        self.finish_bind(b, obj, name)
                    }
                    // What every object inherits (`(1).__repr__`, `None.__str__`).
                    None => match crate::methods::object_slot(name) {
                        Some(slot) => Ok(Value::BoundMethod(Rc::new(BoundMethod {
                            self_value: obj.clone(),
                            func: slot,
                        }))),
                        None => Err(no_attr(obj, name)),
                    },
                }
            }
        }
    }

    /// Data attributes of builtin values (`x.real`, `gen.__name__`, ...).
    fn builtin_value_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match (obj, name) {
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
                Some(match obj {
                    Value::Bool(b) => Value::Int(i64::from(*b)),
                    o => o.clone(),
                })
            }
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => {
                Some(Value::Int(1))
            }
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Generator(g), "__name__") => Some(Value::str(&g.name)),
            (Value::Generator(g), "__qualname__") => Some(Value::str(&g.qualname)),
            (Value::Range(r), "start") => Some(Value::Int(r.start)),
            (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
            (Value::Range(r), "step") => Some(Value::Int(r.step)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Code(c), "co_name") => Some(Value::str(&c.name)),
            (Value::Code(c), "co_filename") => Some(Value::str(&c.filename)),
            (Value::Code(c), "co_firstlineno") => Some(Value::Int(i64::from(c.first_line))),
            _ => None,
        })
    }

    fn instance_getattr(&mut self, obj: &Value, i: &Rc<Instance>, name: &str) -> PyResult<Value> {
        let cls = i.class.borrow().clone();
        if cls.kind == TypeKind::Super {
            return self.super_getattr(i, name);
        }
        let r = match cls.lookup("__getattribute__") {
            Some(ga @ Value::Function(_)) => self.call(&ga, vec![obj.clone(), Value::str(name)]),
            _ => self.generic_instance_getattr(obj, i, &cls, name),
        };
        match r {
            // Lookup failures (also from property getters and descriptors) fall back to
            // `__getattr__`.
            Err(e) if e.is("AttributeError") => match cls.lookup("__getattr__") {
                Some(ga) => self.call(&ga, vec![obj.clone(), Value::str(name)]),
                None => Err(e),
            },
            r => r,
        }
    }

    /// `object.__getattribute__`: class data descriptors (properties), the instance
    /// `__dict__`, then class attributes, without `__getattribute__`/`__getattr__` hooks.
    pub fn generic_instance_getattr(
        &mut self,
        obj: &Value,
        i: &Rc<Instance>,
        cls: &Rc<PyType>,
        name: &str,
    ) -> PyResult<Value> {
        let cls = cls.clone();
        match name {
            "__class__" => return Ok(Value::Type(cls)),
            "__dict__" => {
                cls.note_dict_exposed();
                return Ok(Value::Dict(i.dict.rc()));
            }
            _ => {}
        }
        if let Some(exc) = &i.exc {
            let st = exc.borrow();
            match name {
                "args" => return Ok(st.args.clone()),
                "__cause__" => return Ok(st.cause.clone().unwrap_or(Value::None)),
                "__context__" => return Ok(st.context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => return Ok(Value::Bool(st.suppress_context)),
                "__traceback__" => return Ok(crate::traceback::traceback_object(obj)),
                "value" if cls.is_subtype(&types().exception("StopIteration")) => {
                    if let Some(v) = i.dict.get_str("value") {
                        return Ok(v);
                    }
                    return Ok(match &st.args {
                        Value::Tuple(t) => t.items.first().cloned().unwrap_or(Value::None),
                        _ => Value::None,
                    });
                }
                // SystemExit.code: None without arguments, the argument, or all of them.
                "code" if cls.is_subtype(&types().exception("SystemExit")) => {
                    if let Some(v) = i.dict.get_str("code") {
                        return Ok(v);
                    }
                    return Ok(match &st.args {
                        Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
                        Value::Tuple(t) if t.items.is_empty() => Value::None,
                        other => other.clone(),
                    });
                }
                _ => {}
            }
        }
        let class_attr = cls.lookup(name);
        if let Some(p) = class_attr.as_ref().and_then(is_property) {
            let fget = p.dict.get_str("fget").unwrap_or(Value::None);
            return self.finish_bind(BindResult::Property(fget), obj, name);
        }
        if let Some((get, true)) = class_attr.as_ref().and_then(descriptor_get) {
            let args = vec![
                class_attr.clone().unwrap_or(Value::None),
                obj.clone(),
                Value::Type(cls.clone()),
            ];
            return self.call(&get, args);
        }
        if let Some(v) = i.dict.get_str(name) {
            return Ok(v);
        }
        if let Some(attr) = class_attr {
            let b = bind(attr, obj, &cls, true);
            return self.finish_bind(b, obj, name);
        }
        if let Some(slot) = crate::methods::object_slot(name) {
            return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                self_value: obj.clone(),
                func: slot,
            })));
        }
        Err(no_attr(obj, name))
    }

    fn type_getattr(&mut self, t: &Rc<PyType>, name: &str) -> PyResult<Value> {
        match name {
            "__name__" => return Ok(Value::str(&t.name)),
            "__qualname__" => return Ok(Value::str(&t.qualname.borrow())),
            "__module__" => {
                if let Some(v) = t.dict.get_str("__module__") {
                    return Ok(v);
                }
                return Ok(Value::str(&t.module));
            }
            "__mro__" => {
                return Ok(Value::tuple(t.mro().map(Value::Type).collect()));
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    t.bases.iter().cloned().map(Value::Type).collect(),
                ));
            }
            "__base__" => {
                return Ok(t
                    .bases
                    .first()
                    .cloned()
                    .map(Value::Type)
                    .unwrap_or(Value::None));
            }
            "__dict__" => return Ok(Value::Dict(t.dict.clone())),
            "__class__" => return Ok(Value::Type(type_of(&Value::Type(t.clone())))),
            "__doc__" => return Ok(t.dict.get_str("__doc__").unwrap_or(Value::None)),
            // A class's own annotations (not inherited), empty if it has none.
            "__annotations__" if !t.is_builtin => {
                return Ok(t.dict.get_str(name).unwrap_or_else(|| {
                    let d = Value::Dict(Rc::new(crate::object::PyDict::new()));
                    t.dict.set_str(name, d.clone());
                    d
                }))
            }
            _ => {}
        }
        match t.lookup(name) {
            Some(Value::Builtin(b))
                if t.is_builtin
                    && b.owner.is_none()
                    && !matches!(name, "fromkeys" | "maketrans" | "fromhex")
                    && t.dict.get_str(name).is_some() =>
            {
                // A method of a builtin type read through the type: a descriptor that
                // checks what it is applied to (`str.lower([])` is a TypeError).
                Ok(Value::Builtin(Rc::new(crate::object::BuiltinFunction {
                    name: b.name,
                    func: b.func,
                    bound: b.bound.clone(),
                    owner: Some(t.clone()),
                })))
            }
            Some(attr) => {
                let b = bind(attr, &Value::Type(t.clone()), t, false);
                self.finish_bind(b, &Value::Type(t.clone()), name)
            }
            None => {
                if let Some(meta) = t.meta.get() {
                    if let Some(r) = self.meta_getattr(t, meta, name) {
                        return r;
                    }
                }
                if let Some(slot) = crate::methods::object_slot(name) {
                    return Ok(slot);
                }
                if let Some(m) = crate::modules::abc::abc_method(t, name) {
                    return Ok(m);
                }
                // Methods of `type` itself (e.g. `C.mro()`), bound to the class.
                if let Some(m) = types().type_.dict.get_str(name) {
                    return Ok(Value::BoundMethod(Rc::new(BoundMethod {
                        self_value: Value::Type(t.clone()),
                        func: m,
                    })));
                }
                Err(attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    t.name
                )))
            }
        }
    }

    fn super_getattr(&mut self, sup: &Rc<Instance>, name: &str) -> PyResult<Value> {
        let this = sup.dict.get_str("__thisclass__");
        let obj = sup.dict.get_str("__self__").unwrap_or(Value::None);
        let Some(Value::Type(this)) = this else {
            return Err(attribute_error("super object is broken"));
        };
        // A class that is not a subclass of `this` is an instance of it (a metaclass's
        // method on its class), as CPython's `supercheck` decides.
        let (start_cls, through_instance) = match &obj {
            Value::Type(t) if t.is_subtype(&this) => (t.clone(), false),
            other => (type_of(other), true),
        };
        let mut after = false;
        for t in start_cls.mro() {
            if after {
                if name == "__dict__" && through_instance && introduces_dict(&t) {
                    // The `__dict__` descriptor of the class that gave instances their dict.
                    if let Value::Instance(i) = &obj {
                        i.class.borrow().note_dict_exposed();
                        return Ok(Value::Dict(i.dict.rc()));
                    }
                }
                if let Some(attr) = t.dict.get_str(name) {
                    let b = bind(attr, &obj, &start_cls, through_instance);
                    return self.finish_bind(b, &obj, name);
                }
            } else if Rc::ptr_eq(&t, &this) {
                after = true;
            }
        }
        if after {
            if let Some(slot) = crate::methods::object_slot(name) {
                let b = bind(slot, &obj, &start_cls, through_instance);
                return self.finish_bind(b, &obj, name);
            }
        }
        Err(attribute_error(format!(
            "'super' object has no attribute '{name}'"
        )))
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            let cls = i.class.borrow().clone();
            if let Some(sa @ Value::Function(_)) = cls.lookup("__setattr__") {
                self.call(&sa, vec![obj.clone(), Value::str(name), value])?;
                return Ok(());
            }
        }
        if let Some(sa) = Vm::meta_hook(obj, "__setattr__") {
            self.call(&sa, vec![obj.clone(), Value::str(name), value])?;
            return Ok(());
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__(obj, name, value)`: assignment without a user `__setattr__`.
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        if name == "__class__" {
            return match obj {
                Value::Instance(i) => set_instance_class(i, value),
                _ => set_builtin_class(obj, &value),
            };
        }
        match obj {
            Value::Instance(i) => {
                let cls = i.class.borrow().clone();
                if cls.kind == TypeKind::Super {
                    return Err(attribute_error(format!(
                        "'super' object has no attribute '{name}'"
                    )));
                }
                let class_attr = cls.lookup(name);
                if let Some(set) = class_attr
                    .as_ref()
                    .and_then(|a| descriptor_method(a, "__set__"))
                {
                    let d = class_attr.clone().unwrap_or(Value::None);
                    self.call(&set, vec![d, obj.clone(), value])?;
                    return Ok(());
                }
                if let Some(p) = class_attr.as_ref().and_then(is_property) {
                    let fset = p.dict.get_str("fset").unwrap_or(Value::None);
                    if fset.is_none() {
                        return Err(attribute_error(format!(
                            "property '{name}' of '{}' object has no setter",
                            cls.name
                        )));
                    }
                    self.call(&fset, vec![obj.clone(), value])?;
                    return Ok(());
                }
                if let Some(exc) = &i.exc {
                    let mut st = exc.borrow_mut();
                    match name {
                        "args" => {
                            st.args = value;
                            return Ok(());
                        }
                        "__cause__" => {
                            st.cause = (!value.is_none()).then_some(value);
                            st.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            st.context = (!value.is_none()).then_some(value);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if cls.is_builtin && cls.kind == TypeKind::Object {
                    // Plain `object()` instances have no `__dict__`.
                    return Err(no_attr(obj, name));
                }
                if cls.dict.get_str("__slots__").is_some() && !slot_allows(&cls, name) {
                    return Err(no_attr(obj, name));
                }
                // Interned keys make inline-cache key checks a pointer compare.
                let key = self.intern(name);
                cls.note_instance_attr(name);
                i.dict.set_name(key, value);
                Ok(())
            }
            Value::Type(t) if !t.is_builtin => {
                t.dict.set_str(name, value);
                t.version.set(crate::builtin_types::next_version());
                crate::interp::cache::bump_type_epoch();
                Ok(())
            }
            Value::Type(t) => Err(PyErr::new(
                "TypeError",
                format!(
                    "cannot set '{name}' attribute of immutable type '{}'",
                    t.name
                ),
            )),
            Value::Function(f) => {
                match name {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *f.name.borrow_mut() = s.as_str().into();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *f.qualname.borrow_mut() = s.as_str().into();
                        }
                    }
                    _ => f.dict.set_str(name, value),
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str(name, value);
                Ok(())
            }
            _ => Err(no_attr(obj, name)),
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(i) = obj {
            let cls = i.class.borrow().clone();
            if let Some(da @ Value::Function(_)) = cls.lookup("__delattr__") {
                self.call(&da, vec![obj.clone(), Value::str(name)])?;
                return Ok(());
            }
        }
        if let Some(da) = Vm::meta_hook(obj, "__delattr__") {
            self.call(&da, vec![obj.clone(), Value::str(name)])?;
            return Ok(());
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__(obj, name)`: deletion without a user `__delattr__`.
    pub fn generic_delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let dict = match obj {
            Value::Instance(i) => {
                let cls = i.class.borrow().clone();
                let class_attr = cls.lookup(name);
                if let Some(del) = class_attr
                    .as_ref()
                    .and_then(|a| descriptor_method(a, "__delete__"))
                {
                    let d = class_attr.clone().unwrap_or(Value::None);
                    self.call(&del, vec![d, obj.clone()])?;
                    return Ok(());
                }
                if let Some(p) = class_attr.as_ref().and_then(is_property) {
                    let fdel = p.dict.get_str("fdel").unwrap_or(Value::None);
                    if fdel.is_none() {
                        return Err(attribute_error(format!(
                            "property '{name}' of '{}' object has no deleter",
                            cls.name
                        )));
                    }
                    self.call(&fdel, vec![obj.clone()])?;
                    return Ok(());
                }
                // (Deleted in place: the instance's table is no dict object of its own
                // unless Python asked for one, `InstDict`.)
                let key = crate::interp::call::str_key(name);
                if i.dict.map.borrow_mut().remove(&key).is_none() {
                    return Err(no_attr(obj, name));
                }
                return Ok(());
            }
            Value::Type(t) if !t.is_builtin => {
                t.version.set(crate::builtin_types::next_version());
                crate::interp::cache::bump_type_epoch();
                t.dict.clone()
            }
            Value::Type(t) => {
                return Err(PyErr::new(
                    "TypeError",
                    format!(
                        "cannot set '{name}' attribute of immutable type '{}'",
                        t.name
                    ),
                ))
            }
            Value::Module(m) => m.dict.clone(),
            Value::Function(f) => f.dict.clone(),
            _ => return Err(no_attr(obj, name)),
        };
        let key = crate::interp::call::str_key(name);
        if dict.map.borrow_mut().remove(&key).is_none() {
            return Err(no_attr(obj, name));
        }
        Ok(())
    }

    /// For `obj.name(...)`: the callable and the self to pass (or `Null` for none).
    pub fn load_method(&mut self, obj: Value, name: &str) -> PyResult<(Value, Value)> {
        match &obj {
            Value::Instance(i) => {
                let cls = i.class.borrow().clone();
                let hooked = matches!(cls.lookup("__getattribute__"), Some(Value::Function(_)));
                if cls.kind != TypeKind::Super && !hooked {
                    if let Some(f @ Value::Function(_)) = cls.lookup(name) {
                        if i.dict.is_empty() || i.dict.get_str(name).is_none() {
                            return Ok((f, obj));
                        }
                    }
                }
            }
            Value::Str(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Tuple(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Generator(_) => {
                if let Some(m @ Value::Builtin(_)) = type_of(&obj).lookup(name) {
                    return Ok((m, obj));
                }
            }
            _ => {}
        }
        let v = self.getattr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// Whether `obj` has attribute `name` (`hasattr`).
    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        if surely_missing(obj, name) {
            return Ok(false);
        }
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(e) if e.is("AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// Whether `obj.name` is certainly missing, decided without building the `AttributeError`
/// (`getattr` with a default, `hasattr`): `obj` is an instance of Python classes only, none
/// of which defines `__getattr__` or `__getattribute__`, and neither its dict nor any class
/// in the MRO has `name`. Dunder names (which the instance machinery answers itself) and
/// exception instances are left to the general path.
pub fn surely_missing(obj: &Value, name: &str) -> bool {
    let Value::Instance(i) = obj else {
        return false;
    };
    if name.starts_with("__") || i.exc.is_some() || i.dict.get_str(name).is_some() {
        return false;
    }
    let Ok(cls) = i.class.try_borrow() else {
        return false;
    };
    for t in cls.mro() {
        if t.is_builtin {
            if t.kind == TypeKind::Object {
                continue;
            }
            return false;
        }
        if t.dict.get_str(name).is_some()
            || t.dict.get_str("__getattr__").is_some()
            || t.dict.get_str("__getattribute__").is_some()
            || t.dict.get_str("__slots__").is_some()
        {
            return false;
        }
    }
    true
}

/// Whether instances of `cls` (whose own class body defines `__slots__`) may have attribute
/// `name`: only when every class in the MRO declares `__slots__` is the set of instance
/// attributes restricted to the declared names (otherwise instances have a `__dict__`).
/// `obj.__class__ = new` for an instance of a user class: allowed, as in CPython, when both
/// classes are user classes of the same layout (the same kind of builtin base, both with or
/// both without `__dict__`, the same `__slots__` along their MROs). Every class-based inline
/// cache and trace guard is invalidated (the type epoch), since they may have assumed this
/// instance's class.
/// Whether the class `t` holds the `__dict__` descriptor of its instances, as CPython puts it
/// in the first class of a hierarchy that gives instances a dict: a plain Python class
/// without `__slots__` whose bases are all builtin (`object`).
fn introduces_dict(t: &PyType) -> bool {
    !t.is_builtin
        && t.kind == TypeKind::Object
        && t.dict.get_str("__slots__").is_none()
        && t.bases.iter().all(|b| b.is_builtin)
}

fn set_instance_class(i: &Instance, value: Value) -> PyResult<()> {
    let old = i.class.borrow().clone();
    let new = match &value {
        Value::Type(t) => t.clone(),
        v => {
            return Err(PyErr::new(
                "TypeError",
                format!(
                    "__class__ must be set to a class, not '{}' object",
                    type_name(v)
                ),
            ))
        }
    };
    if new.is_builtin || old.is_builtin {
        return Err(PyErr::new(
            "TypeError",
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    // The classes along each MRO that declare `__slots__`: CPython compares the slots they
    // add by name; pyjit accepts only the same declaring classes and says so otherwise.
    let slots = |t: &Rc<PyType>| -> Vec<*const PyType> {
        t.mro()
            .filter(|c| c.dict.get_str("__slots__").is_some())
            .map(|c| Rc::as_ptr(&c))
            .collect()
    };
    if slots(&new) != slots(&old) {
        return Err(PyErr::new(
            "NotImplementedError",
            "__class__ assignment between classes with different __slots__ is not supported \
             by pyjit",
        ));
    }
    if new.kind != old.kind {
        return Err(PyErr::new(
            "TypeError",
            format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name, old.name
            ),
        ));
    }
    *i.class.borrow_mut() = new;
    crate::interp::cache::bump_type_epoch();
    Ok(())
}

/// `obj.__class__ = new` for anything but an instance: never allowed for builtin values; for
/// classes (a metaclass change) pyjit says it does not support it.
fn set_builtin_class(obj: &Value, value: &Value) -> PyResult<()> {
    if !matches!(value, Value::Type(_)) {
        return Err(PyErr::new(
            "TypeError",
            format!(
                "__class__ must be set to a class, not '{}' object",
                type_name(value)
            ),
        ));
    }
    match obj {
        Value::Type(t) if !t.is_builtin => Err(PyErr::new(
            "NotImplementedError",
            "assigning __class__ of a class is not supported by pyjit",
        )),
        _ => Err(PyErr::new(
            "TypeError",
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        )),
    }
}

fn slot_allows(cls: &Rc<PyType>, name: &str) -> bool {
    for t in cls.mro() {
        if t.is_builtin {
            if t.kind == TypeKind::Object {
                continue;
            }
            return true;
        }
        if let Some(Value::Str(m)) = t.dict.get_str("__module__") {
            // pyjit's own library emulates some builtin types (namedtuple) with classes
            // that declare `__slots__` but keep their state in attributes.
            if crate::import::is_lib_module(m.as_str()) {
                return true;
            }
        }
        let slots = match t.dict.get_str("__slots__") {
            None => return true,
            Some(Value::Str(s)) => vec![Value::Str(s)],
            Some(Value::Tuple(tu)) => tu.items.clone(),
            Some(Value::List(l)) => l.items.borrow().clone(),
            Some(_) => return true,
        };
        let bare = t.name.trim_start_matches('_');
        for s in slots {
            let Some(s) = s.as_str() else { continue };
            if s == "__dict__" {
                return true;
            }
            let mangled = if !bare.is_empty() && s.starts_with("__") && !s.ends_with("__") {
                format!("_{bare}{s}")
            } else {
                s.to_string()
            };
            if mangled == name {
                return true;
            }
        }
    }
    false
}

pub fn no_attr(obj: &Value, name: &str) -> PyErr {
    let msg = match obj {
        Value::Type(t) => format!("type object '{}' has no attribute '{name}'", t.name),
        _ => format!("'{}' object has no attribute '{name}'", type_name(obj)),
    };
    crate::error::attribute_error_of(obj, name, msg)
}
