//! User classes: creating them (`class` statements), instantiating them, and the special
//! methods (`__add__`, `__eq__`, `__len__`, ...) through which operators reach them.

use crate::builtin_types::{new_type, type_name, type_of, types};
use crate::error::{type_error, PyErr, PyResult};
use crate::interp::call::KwArgs;
use crate::interp::frame::Frame;
use crate::object::{ExcState, Instance, PyDict, PyType, TypeKind};
use crate::ops::arith::UnaryKind;
use crate::value::Value;
use crate::vm::Vm;
use pyjit_bytecode::{BinOp, CmpOp};
use std::cell::RefCell;
use std::rc::Rc;

/// A fresh instance of `cls` with an empty `__dict__`.
pub fn new_instance(cls: &Rc<PyType>) -> Rc<Instance> {
    new_instance_sized(cls, cls.attr_hint.get() as usize)
}

/// `new_instance` with the attribute table sized for `attrs` attributes.
pub fn new_instance_sized(cls: &Rc<PyType>, attrs: usize) -> Rc<Instance> {
    let is_exc = cls.kind == TypeKind::BaseException;
    let inst = Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: crate::object::InstDict::with_capacity(attrs),
        exc: is_exc.then(|| Box::new(RefCell::new(ExcState::default()))),
        gc: crate::gc::GcLink::new(),
    });
    crate::gc::track_instance(&inst);
    inst
}

impl Vm {
    /// Look up a special method on the class of `v` (never on the instance).
    pub fn special(&self, v: &Value, name: &str) -> Option<Value> {
        let cls = type_of(v);
        if cls.is_builtin {
            return None;
        }
        cls.lookup(name)
    }

    /// `special` through a small cache (operators on instances look up `__add__` & co. on
    /// every use: a string hash per class in the MRO). An entry is the class, the name and
    /// the type epoch it was found at; any class change anywhere bumps the epoch.
    fn special_cached(&mut self, v: &Value, name: &str) -> Option<Value> {
        let cls = type_of(v);
        if cls.is_builtin {
            return None;
        }
        let epoch = crate::interp::cache::type_epoch();
        // (Names are adjacent static strings: their addresses must be mixed, not shifted.)
        let mix = (Rc::as_ptr(&cls) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ (name.as_ptr() as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
        let at = (mix >> 58) as usize % SPECIAL_WAYS;
        if let Some(e) = &self.special_cache.entries[at] {
            if e.epoch == epoch && Rc::ptr_eq(&e.class, &cls) && &*e.name == name {
                return e.found.clone();
            }
        }
        let found = cls.lookup(name);
        self.special_cache.entries[at] = Some(SpecialEntry {
            class: cls,
            name: name.into(),
            epoch,
            found: found.clone(),
        });
        found
    }

    /// Call special method `name` of `v` if its class defines one.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &str,
        mut args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        match self.special_cached(v, name) {
            // A Python method runs in a pooled frame, its arguments bound straight into it.
            Some(Value::Function(func)) => {
                let n = args.len() + 1;
                let all = std::iter::once(v.clone()).chain(args);
                Ok(Some(self.call_positional(&func, all, n)?))
            }
            Some(m) => {
                args.insert(0, v.clone());
                Ok(Some(self.call(&m, args)?))
            }
            None => Ok(None),
        }
    }

    /// `call_special` with one argument (binary operators, comparisons), without a vector
    /// of its own.
    pub fn call_special1(&mut self, v: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
        let r = self.call_special1_or_null(v, name, arg)?;
        Ok((!r.is_null()).then_some(r))
    }

    /// `call_special1` with `Null` for "no such method" instead of an `Option`: the
    /// operator path moves results through three calls, and each `Option<Value>` layer was
    /// copied as a tag byte plus overlapping words that a later load could not forward from
    /// (a quarter of `instance_binary_op`'s samples in chaos).
    fn call_special1_or_null(&mut self, v: &Value, name: &str, arg: &Value) -> PyResult<Value> {
        match self.special_cached(v, name) {
            // A Python method runs in a pooled frame, its arguments bound straight into it.
            Some(Value::Function(func)) => self.call_positional(&func, [v.clone(), arg.clone()], 2),
            Some(m) => self.call(&m, vec![v.clone(), arg.clone()]),
            None => Ok(Value::Null),
        }
    }

    /// `cls(*args, **kwargs)`.
    pub fn instantiate(
        &mut self,
        cls: &Rc<PyType>,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        if cls.is_builtin && cls.kind != TypeKind::BaseException {
            return crate::builtins::construct(self, cls, args, kwargs);
        }
        if !cls.is_builtin {
            crate::modules::abc::check_instantiable(cls)?;
        }
        if cls.is_builtin {
            let os_error = types().exception("OSError");
            let errno = match args.first() {
                Some(Value::Int(n)) if args.len() >= 2 && cls.is_subtype(&os_error) => Some(*n),
                _ => None,
            };
            // `OSError(errno, strerror)` creates the subclass for that errno, as CPython does.
            let cls = match errno {
                Some(n) if Rc::ptr_eq(cls, &os_error) => types().exception(
                    crate::builtins::io::errno_class(i32::try_from(n).unwrap_or(0)),
                ),
                _ => cls.clone(),
            };
            let inst = new_instance(&cls);
            if errno.is_some() {
                inst.dict.set_str("errno", args[0].clone());
                inst.dict.set_str("strerror", args[1].clone());
                if let Some(f) = args.get(2) {
                    inst.dict.set_str("filename", f.clone());
                }
            }
            let args = if args.len() == 3 && errno.is_some() {
                args[..2].to_vec()
            } else {
                args
            };
            if let Some(s) = &inst.exc {
                s.borrow_mut().args = Value::tuple(args);
            }
            if !kwargs.is_empty() {
                return Err(type_error(format!(
                    "{}() takes no keyword arguments",
                    cls.name
                )));
            }
            return Ok(Value::Instance(inst));
        }
        let obj = if let Some(new) = cls
            .lookup("__new__")
            .filter(|v| matches!(v, Value::Function(_)) || cls.kind == TypeKind::Type)
        {
            let mut a = vec![Value::Type(cls.clone())];
            a.extend(args.iter().cloned());
            let obj = self.call_kw(&new, a, kwargs.clone())?;
            if !type_of(&obj).is_subtype(cls) {
                return Ok(obj);
            }
            obj
        } else {
            let inst = new_instance(cls);
            if let Some(s) = &inst.exc {
                s.borrow_mut().args = Value::tuple(args.clone());
            }
            Value::Instance(inst)
        };
        match cls.lookup("__init__") {
            Some(init @ (Value::Function(_) | Value::Builtin(_))) => {
                let mut a = vec![obj.clone()];
                a.extend(args);
                let r = self.call_kw(&init, a, kwargs)?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&r)
                    )));
                }
            }
            _ => {
                if (!args.is_empty() || !kwargs.is_empty())
                    && cls.kind != TypeKind::BaseException
                    && cls.lookup("__new__").is_none()
                {
                    return Err(type_error(format!("{}() takes no arguments", cls.name)));
                }
            }
        }
        Ok(obj)
    }

    /// Calling an instance: its class's `__call__`.
    pub fn call_instance(
        &mut self,
        obj: &Value,
        mut args: Vec<Value>,
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        if let Value::Instance(i) = obj {
            let kind = i.class.borrow().kind;
            if kind == TypeKind::StaticMethod || kind == TypeKind::ClassMethod {
                let f = i.dict.get_str("__func__").unwrap_or(Value::None);
                return self.call_kw(&f, args, kwargs);
            }
        }
        match self.special(obj, "__call__") {
            Some(m) => {
                args.insert(0, obj.clone());
                self.call_kw(&m, args, kwargs)
            }
            None => Err(type_error(format!(
                "'{}' object is not callable",
                type_name(obj)
            ))),
        }
    }

    /// `__build_class__(func, name, *bases, **kwds)`: run the class body and create the class.
    pub fn build_class(&mut self, args: &[Value], kwargs: &[(Rc<str>, Value)]) -> PyResult<Value> {
        let (Some(Value::Function(body)), Some(Value::Str(name))) = (args.first(), args.get(1))
        else {
            return Err(type_error("__build_class__: not enough arguments"));
        };
        let t = types();
        let mut uses_abcmeta = false;
        let mut explicit_meta = None;
        if let Some((_, meta)) = kwargs.iter().find(|(k, _)| &**k == "metaclass") {
            let exact_abcmeta = crate::modules::abc::is_abcmeta(meta);
            uses_abcmeta = exact_abcmeta || crate::modules::abc::derives_abcmeta(meta);
            match meta {
                _ if exact_abcmeta => {}
                Value::Type(m) if Rc::ptr_eq(m, &t.type_) => {}
                Value::Type(m) if m.is_subtype(&t.type_) && !m.is_builtin => {
                    explicit_meta = Some(m.clone());
                }
                _ => {
                    return Err(PyErr::new(
                        "NotImplementedError",
                        "metaclasses that are not classes derived from 'type' are not supported by pyjit",
                    ))
                }
            }
        }
        let class_kwargs: KwArgs = kwargs
            .iter()
            .filter(|(k, _)| &**k != "metaclass")
            .cloned()
            .collect();
        let bases_in = self.mro_entries(&args[2..])?;
        let mut bases = Vec::new();
        for b in &bases_in {
            match b {
                Value::Type(bt) => {
                    if bt.is_builtin
                        && !matches!(
                            bt.kind,
                            TypeKind::Object | TypeKind::BaseException | TypeKind::Type
                        )
                    {
                        return Err(PyErr::new(
                            "NotImplementedError",
                            format!(
                                "subclassing the builtin type '{}' is not supported by pyjit",
                                bt.name
                            ),
                        ));
                    }
                    bases.push(bt.clone());
                }
                other => {
                    return Err(type_error(format!(
                        "bases must be types, not {}",
                        type_name(other)
                    )))
                }
            }
        }
        let listed = Value::tuple(bases.iter().cloned().map(Value::Type).collect());
        if bases.is_empty() {
            bases.push(t.object.clone());
        }
        let meta = crate::metaclass::winning_meta(explicit_meta, &bases)?;
        let ns = match &meta {
            Some(m) => self.meta_prepare(m, &Value::Str(name.clone()), &listed, &class_kwargs)?,
            None => Rc::new(PyDict::new()),
        };
        let rt = self.code_rt(&body.code);
        let mut cells = Vec::new();
        for _ in 0..body.code.cellvars.len() {
            cells.push(Rc::new(RefCell::new(Value::Null)));
        }
        cells.extend(body.closure.iter().cloned());
        let frame = Frame {
            code: body.code.clone(),
            rt,
            globals: body.globals.clone(),
            locals: Some(ns.clone()),
            fast: Vec::new(),
            cells,
            stack: Vec::new(),
            blocks: Vec::new(),
            pc: 0,
            exc_pushed: 0,
            saved_exc: Vec::new(),
        };
        let cell = self.run_frame(frame)?;
        if let Some(m) = meta {
            // The metaclass makes the class: `meta(name, bases, ns, **kwargs)`.
            let args = vec![Value::Str(name.clone()), listed, Value::Dict(ns)];
            let made = self.call_kw(&Value::Type(m), args, class_kwargs)?;
            if let (true, Value::Type(cls)) = (uses_abcmeta, &made) {
                // A metaclass derived from `ABCMeta` makes abstract-aware classes.
                crate::modules::abc::init_abstract(cls, true);
            }
            if let (Value::Cell(c), Value::Type(_)) = (cell, &made) {
                *c.borrow_mut() = made.clone();
            }
            return Ok(made);
        }
        if uses_abcmeta {
            ns.set_str("__abc_meta__", Value::Bool(true));
        }
        let cls = self.finish_class(name.as_str(), bases, ns, class_kwargs)?;
        if let Value::Cell(c) = cell {
            *c.borrow_mut() = Value::Type(cls.clone());
        }
        Ok(Value::Type(cls))
    }

    /// The bases a `class` statement lists, with each non-class that has an
    /// `__mro_entries__` (a `GenericAlias`, `Base[int]`) replaced by what it returns.
    fn mro_entries(&mut self, listed: &[Value]) -> PyResult<Vec<Value>> {
        if listed.iter().all(|b| !matches!(b, Value::Instance(_))) {
            return Ok(listed.to_vec());
        }
        let all = Value::tuple(listed.to_vec());
        let mut out = Vec::new();
        for b in listed {
            match self.call_special1(b, "__mro_entries__", &all)? {
                Some(Value::Tuple(t)) => out.extend(t.items.iter().cloned()),
                Some(_) => return Err(type_error("__mro_entries__ must return a tuple")),
                None => out.push(b.clone()),
            }
        }
        Ok(out)
    }

    /// The namespace a metaclass's `__prepare__` gives a class body (a new dict without one).
    fn meta_prepare(
        &mut self,
        meta: &Rc<PyType>,
        name: &Value,
        bases: &Value,
        class_kwargs: &KwArgs,
    ) -> PyResult<Rc<PyDict>> {
        if meta.lookup("__prepare__").is_none() {
            return Ok(Rc::new(PyDict::new()));
        }
        let prepare = self.getattr(&Value::Type(meta.clone()), "__prepare__")?;
        match self.call_kw(
            &prepare,
            vec![name.clone(), bases.clone()],
            class_kwargs.clone(),
        )? {
            Value::Dict(d) => Ok(d),
            other => Err(PyErr::new(
                "NotImplementedError",
                format!(
                    "a __prepare__ namespace of type '{}' (not a dict) is not supported by pyjit",
                    type_name(&other)
                ),
            )),
        }
    }

    /// Create a class from its evaluated namespace (a `class` statement or `type(n, b, d)`)
    /// and run the bases' `__init_subclass__` hook.
    pub fn finish_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<PyType>>,
        ns: Rc<PyDict>,
        class_kwargs: KwArgs,
    ) -> PyResult<Rc<PyType>> {
        self.finish_class_meta(name, bases, ns, class_kwargs, None)
    }

    /// `finish_class` for a class whose metaclass is `meta` (`None`: `type`).
    pub fn finish_class_meta(
        &mut self,
        name: &str,
        bases: Vec<Rc<PyType>>,
        ns: Rc<PyDict>,
        class_kwargs: KwArgs,
        meta: Option<Rc<PyType>>,
    ) -> PyResult<Rc<PyType>> {
        let kind = if bases.iter().any(|b| b.kind == TypeKind::BaseException) {
            TypeKind::BaseException
        } else if crate::metaclass::is_metaclass_kind(&bases) {
            // A metaclass: its instances are classes, never made by the instance fast paths.
            TypeKind::Type
        } else {
            TypeKind::Object
        };
        // `__class_getitem__` is implicitly a classmethod, as `__init_subclass__` is.
        if let Some(f @ Value::Function(_)) = ns.get_str("__class_getitem__") {
            let cm = new_instance(&types().classmethod);
            cm.dict.set_str("__func__", f);
            ns.set_str("__class_getitem__", Value::Instance(cm));
        }
        // A class that defines `__eq__` but not `__hash__` is unhashable, as in CPython.
        if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
            ns.set_str("__hash__", Value::None);
        }
        let module = match ns.get_str("__module__") {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "__main__".into(),
        };
        let cls = new_type(name, &module, kind, bases, ns.clone(), false).map_err(type_error)?;
        if let Some(m) = meta {
            let _ = cls.meta.set(m);
        }
        cls.has_del.set(cls.lookup("__del__").is_some());
        let uses_abcmeta = ns
            .map
            .borrow_mut()
            .remove(&crate::interp::call::str_key("__abc_meta__"))
            .is_some();
        crate::modules::abc::init_abstract(&cls, uses_abcmeta);
        if let Some(Value::Str(q)) = ns.get_str("__qualname__") {
            *cls.qualname.borrow_mut() = q.as_str().into();
        }
        // Attributes that want to know their name and owner (`__set_name__`).
        for (k, v) in ns.entries() {
            if let Value::Instance(d) = &v {
                let hook = d.class.borrow().lookup("__set_name__");
                if let (Some(h), false) = (hook, d.class.borrow().is_builtin) {
                    self.call(&h, vec![v.clone(), Value::Type(cls.clone()), k])?;
                }
            }
        }
        // `__init_subclass__` of a base (implicitly a classmethod) sees the new class.
        let hook = cls
            .mro_rest
            .iter()
            .find_map(|t| t.dict.get_str("__init_subclass__"));
        let hook = match hook {
            Some(Value::Instance(i)) if i.class.borrow().kind == TypeKind::ClassMethod => {
                i.dict.get_str("__func__")
            }
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        };
        match hook {
            Some(f) => {
                self.call_kw(&f, vec![Value::Type(cls.clone())], class_kwargs)?;
            }
            None if !class_kwargs.is_empty() => {
                return Err(type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )));
            }
            None => {}
        }
        Ok(cls)
    }

    pub fn instance_truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special(v, "__bool__", vec![])? {
            return match r {
                Value::Bool(b) => Ok(b),
                other => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(&other)
                ))),
            };
        }
        if let Some(r) = self.call_special(v, "__len__", vec![])? {
            return Ok(self.len_result(r)? != 0);
        }
        Ok(true)
    }

    /// `list(x)`'s and `tuple(x)`'s items: for an instance with `__len__`, CPython asks it for
    /// a length hint (`PyObject_LengthHint`) after `iter(x)` and before the first item; its
    /// `ValueError` (negative) or `OverflowError` (huge) ends the call, a `TypeError` is
    /// ignored.
    pub fn collect_hinted(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if !matches!(v, Value::Instance(_)) {
            return self.collect(v);
        }
        let it = self.get_iter(v)?;
        let hint = match self.call_special(v, "__len__", vec![]) {
            Ok(Some(r)) => self.len_result(r).map(|_| ()),
            Ok(None) => Ok(()),
            Err(e) => Err(e),
        };
        match hint {
            Err(e) if !e.is("TypeError") => Err(e),
            _ => self.collect(&it),
        }
    }

    /// Validate what `__len__` returned.
    pub fn len_result(&mut self, r: Value) -> PyResult<i64> {
        match r {
            Value::Int(n) if n >= 0 => Ok(n),
            Value::Int(_) => Err(PyErr::new("ValueError", "__len__() should return >= 0")),
            Value::Bool(b) => Ok(i64::from(b)),
            // The sign is checked first, as in CPython's `slot_sq_length`.
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
                Err(PyErr::new("ValueError", "__len__() should return >= 0"))
            }
            Value::BigInt(_) => Err(crate::error::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            )),
            other => Err(crate::error::not_an_integer(&other)),
        }
    }

    pub fn instance_hash(&mut self, v: &Value) -> PyResult<i64> {
        let cls = type_of(v);
        match cls.lookup("__hash__") {
            Some(Value::None) => Err(type_error(format!("unhashable type: '{}'", cls.name))),
            Some(h @ (Value::Function(_) | Value::Builtin(_))) => {
                match self.call(&h, vec![v.clone()])? {
                    Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                    Value::BigInt(b) => Ok(crate::ops::compare::hash_big(&b)),
                    _ => Err(type_error("__hash__ method should return an integer")),
                }
            }
            _ => {
                if cls
                    .lookup("__eq__")
                    .is_some_and(|e| matches!(e, Value::Function(_)))
                {
                    return Err(type_error(format!("unhashable type: '{}'", cls.name)));
                }
                Ok((v.ptr().unwrap_or(0) >> 4) as i64)
            }
        }
    }

    /// Rich comparison through `__eq__`/`__lt__`/...; `None` when neither side implements it.
    pub fn instance_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        // CPython's `do_richcompare`: the right operand first when its type is a proper
        // subclass of the left one's, then the left, then the right (if not tried yet).
        let (ta, tb) = (type_of(a), type_of(b));
        let reflected_first = !Rc::ptr_eq(&ta, &tb) && !tb.is_builtin && tb.is_subtype(&ta);
        if reflected_first {
            if let Some(r) = self.compare_side(op.swapped(), b, a)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = self.compare_side(op, a, b)? {
            return Ok(Some(r));
        }
        if !reflected_first {
            if let Some(r) = self.compare_side(op.swapped(), b, a)? {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// One try of `x op y` through `x`'s class: its own method, or for `!=` without one
    /// `object.__ne__` (the inverse of `x.__eq__(y)` unless that is `NotImplemented`).
    /// `None` when it answers `NotImplemented`.
    fn compare_side(&mut self, op: CmpOp, x: &Value, y: &Value) -> PyResult<Option<Value>> {
        match self.call_special1(x, op.dunder(), y)? {
            Some(Value::NotImplemented) => return Ok(None),
            Some(r) => return Ok(Some(r)),
            None => {}
        }
        if op == CmpOp::Ne {
            if let Some(r) = self.call_special1(x, "__eq__", y)? {
                if !matches!(r, Value::NotImplemented) {
                    let t = self.truthy(&r)?;
                    return Ok(Some(Value::Bool(!t)));
                }
            }
        }
        Ok(None)
    }

    /// `a op b` (or `a op= b`) through the operands' special methods, in CPython's order;
    /// `Null` when none of them handles it (the caller raises the TypeError).
    pub fn instance_binary_op(
        &mut self,
        op: BinOp,
        a: &Value,
        b: &Value,
        inplace: bool,
    ) -> PyResult<Value> {
        let (name, rname, iname) = op.dunders();
        if inplace {
            let r = self.call_special1_or_null(a, iname, b)?;
            if !r.is_null() && !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let (ta, tb) = (type_of(a), type_of(b));
        let differ = !Rc::ptr_eq(&ta, &tb);
        // A subclass that overrides the reflected method gets the first try.
        let reflected_first = differ && !tb.is_builtin && tb.is_subtype(&ta) && {
            let mine = tb.lookup(rname);
            let theirs = ta.lookup(rname);
            match (&mine, &theirs) {
                (Some(x), Some(y)) => !x.is(y),
                (Some(_), None) => true,
                _ => false,
            }
        };
        if reflected_first {
            let r = self.call_special1_or_null(b, rname, a)?;
            if !r.is_null() && !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        let r = self.call_special1_or_null(a, name, b)?;
        if !r.is_null() && !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        if differ && !reflected_first {
            let r = self.call_special1_or_null(b, rname, a)?;
            if !r.is_null() && !matches!(r, Value::NotImplemented) {
                return Ok(r);
            }
        }
        Ok(Value::Null)
    }

    pub fn instance_unary_op(&mut self, kind: UnaryKind, v: &Value) -> PyResult<Value> {
        match self.call_special(v, kind.dunder(), vec![])? {
            Some(r) => Ok(r),
            None => Err(type_error(format!(
                "bad operand type for unary {}: '{}'",
                kind.symbol(),
                type_name(v)
            ))),
        }
    }

    pub fn instance_repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.call_special(v, "__repr__", vec![])? {
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__repr__ returned non-string (type {})",
                    type_name(&other)
                ))),
            };
        }
        self.default_repr(v)
    }

    /// The inherited `repr` of an instance (`object.__repr__`, or `BaseException.__repr__`
    /// for exceptions), ignoring any `__repr__` its class defines.
    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = type_of(v);
        if cls.kind == TypeKind::BaseException {
            let args = crate::error::exception_args(v);
            let parts: PyResult<Vec<String>> = args.iter().map(|a| self.repr(a)).collect();
            let parts = parts?;
            return Ok(if parts.len() == 1 {
                format!("{}({})", cls.name, parts[0])
            } else {
                format!("{}({})", cls.name, parts.join(", "))
            });
        }
        if cls.kind == TypeKind::Property {
            return Ok(format!("<property object at {:#x}>", v.ptr().unwrap_or(0)));
        }
        if cls.is_builtin {
            return Ok(format!(
                "<{} object at {:#x}>",
                cls.name,
                v.ptr().unwrap_or(0)
            ));
        }
        Ok(format!(
            "<{}.{} object at {:#x}>",
            cls.module,
            cls.qualname.borrow(),
            v.ptr().unwrap_or(0)
        ))
    }

    pub fn instance_str(&mut self, v: &Value) -> PyResult<String> {
        if let Some(r) = self.call_special(v, "__str__", vec![])? {
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__str__ returned non-string (type {})",
                    type_name(&other)
                ))),
            };
        }
        self.default_str(v)
    }

    /// The inherited `str` of an instance (`object.__str__`, which is its `repr`, or
    /// `BaseException.__str__`), ignoring any `__str__` its class defines.
    pub fn default_str(&mut self, v: &Value) -> PyResult<String> {
        if type_of(v).kind == TypeKind::BaseException {
            if let Some(m) = crate::ops::repr::os_error_message(v) {
                return Ok(m);
            }
            let args = crate::error::exception_args(v);
            return match args.len() {
                0 => Ok(String::new()),
                1 => {
                    let is_key = type_of(v).is_subtype(&types().exception("KeyError"));
                    if is_key {
                        self.repr(&args[0])
                    } else {
                        self.to_str(&args[0])
                    }
                }
                _ => self.repr(&Value::tuple(args)),
            };
        }
        self.instance_repr(v)
    }

    pub fn instance_getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special1(obj, "__getitem__", idx)? {
            return Ok(r);
        }
        if let Value::Instance(i) = obj {
            if i.class.borrow().kind == TypeKind::BaseException {
                return Err(type_error(format!(
                    "'{}' object is not subscriptable",
                    type_name(obj)
                )));
            }
        }
        Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name(obj)
        )))
    }

    pub fn instance_setitem(&mut self, obj: &Value, idx: &Value, v: Value) -> PyResult<()> {
        match self.call_special(obj, "__setitem__", vec![idx.clone(), v])? {
            Some(_) => Ok(()),
            None => Err(type_error(format!(
                "'{}' object does not support item assignment",
                type_name(obj)
            ))),
        }
    }

    pub fn instance_delitem(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        match self.call_special1(obj, "__delitem__", idx)? {
            Some(_) => Ok(()),
            None => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(obj)
            ))),
        }
    }

    pub fn instance_iter(&mut self, obj: &Value) -> PyResult<Value> {
        if let Some(r) = self.call_special(obj, "__iter__", vec![])? {
            let is_iter = matches!(r, Value::Iter(_) | Value::Generator(_))
                || self.special(&r, "__next__").is_some();
            if !is_iter {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name(&r)
                )));
            }
            return Ok(r);
        }
        if self.special(obj, "__getitem__").is_some() {
            return Ok(crate::ops::iter::new_iter(
                crate::object::IterState::SeqGetItem {
                    obj: obj.clone(),
                    index: 0,
                },
                "iterator",
            ));
        }
        Err(type_error(format!(
            "'{}' object is not iterable",
            type_name(obj)
        )))
    }

    pub fn instance_next(&mut self, obj: &Value) -> PyResult<Option<Value>> {
        match self.call_special(obj, "__next__", vec![]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name(obj)
            ))),
            Err(e) if e.is("StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn instance_contains(&mut self, obj: &Value, item: &Value) -> PyResult<bool> {
        if let Some(r) = self.call_special1(obj, "__contains__", item)? {
            return self.truthy(&r);
        }
        let it = self.get_iter(obj).map_err(|_| {
            type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(obj)
            ))
        })?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `with ctx:` — returns `(bound __exit__, result of __enter__)`.
    pub fn enter_context(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let (Some(enter), Some(exit)) = (
            self.special(ctx, "__enter__"),
            self.special(ctx, "__exit__"),
        ) else {
            if let Value::Instance(_) = ctx {
                let missed = if self.special(ctx, "__enter__").is_some() {
                    " (missed __exit__ method)"
                } else {
                    ""
                };
                return Err(type_error(format!(
                    "'{}' object does not support the context manager protocol{missed}",
                    type_name(ctx)
                )));
            }
            return self.builtin_context(ctx);
        };
        let exit = Value::BoundMethod(Rc::new(crate::object::BoundMethod {
            self_value: ctx.clone(),
            func: exit,
        }));
        let entered = self.call(&enter, vec![ctx.clone()])?;
        Ok((exit, entered))
    }

    /// Context managers implemented in Rust (files).
    fn builtin_context(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let enter = self.getattr(ctx, "__enter__").map_err(|_| {
            type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(ctx)
            ))
        })?;
        let exit = self.getattr(ctx, "__exit__")?;
        let entered = self.call(&enter, vec![])?;
        Ok((exit, entered))
    }
}

const SPECIAL_WAYS: usize = 64;

/// A direct-mapped cache of special-method lookups (`Vm::special_cached`).
pub struct SpecialCache {
    entries: Vec<Option<SpecialEntry>>,
}

impl Default for SpecialCache {
    fn default() -> Self {
        SpecialCache {
            entries: (0..SPECIAL_WAYS).map(|_| None).collect(),
        }
    }
}

struct SpecialEntry {
    class: Rc<PyType>,
    name: Box<str>,
    epoch: u64,
    found: Option<Value>,
}
