//! The `abc` module: `ABC`, `ABCMeta` (accepted as a metaclass), `abstractmethod`.
//!
//! A class is abstract-aware when it derives from `ABC` or names `metaclass=ABCMeta`; its
//! `__abstractmethods__` (the names whose resolved attribute is marked abstract) is computed
//! when the class is created, and instantiating it fails while that set is non-empty.

use crate::builtin_types::{new_type, types};
use crate::builtins::func;
use crate::error::{type_error, PyErr, PyResult};
use crate::import::builtin_module;
use crate::object::{Module, PyDict, PyType, TypeKind};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

thread_local! {
    /// `(ABC, ABCMeta)`, created with the module.
    static CLASSES: RefCell<Option<(Rc<PyType>, Rc<PyType>)>> = const { RefCell::new(None) };
}

fn classes() -> (Rc<PyType>, Rc<PyType>) {
    CLASSES.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let t = types();
                let abc_dict = Rc::new(PyDict::new());
                abc_dict.set_str("__module__", Value::str("abc"));
                abc_dict.set_str("__slots__", Value::tuple(Vec::new()));
                abc_dict.set_str(
                    "__doc__",
                    Value::str("Helper class that provides a standard way to create an ABC using\ninheritance."),
                );
                abc_dict.set_str("__abstractmethods__", empty_frozenset());
                let abc = new_type("ABC", "abc", TypeKind::Object, vec![t.object.clone()], abc_dict, false)
                    .expect("ABC MRO");
                let meta_dict = Rc::new(PyDict::new());
                meta_dict.set_str("register", func("register", register));
                let meta = new_type(
                    "ABCMeta",
                    "abc",
                    TypeKind::Type,
                    vec![t.type_.clone()],
                    meta_dict,
                    true,
                )
                .expect("ABCMeta MRO");
                (abc, meta)
            })
            .clone()
    })
}

fn empty_frozenset() -> Value {
    Value::Set(Rc::new(crate::object::PySet::new(
        crate::object::dict_set_new(),
        true,
    )))
}

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let (abc, meta) = classes();
    builtin_module(
        vm,
        "abc",
        vec![
            ("ABC", Value::Type(abc)),
            ("ABCMeta", Value::Type(meta)),
            ("abstractmethod", func("abstractmethod", abstractmethod)),
        ],
    )
}

/// Whether `v` is `abc.ABCMeta` (allowed as a `metaclass=` keyword).
pub fn is_abcmeta(v: &Value) -> bool {
    let created = CLASSES.with(|c| c.borrow().clone());
    matches!((v, created), (Value::Type(t), Some((_, meta))) if Rc::ptr_eq(t, &meta))
}

/// Whether `v` is a class derived from `abc.ABCMeta` (a metaclass whose classes are
/// abstract-aware, as `numbers` makes).
pub fn derives_abcmeta(v: &Value) -> bool {
    let created = CLASSES.with(|c| c.borrow().clone());
    matches!((v, created), (Value::Type(t), Some((_, meta))) if t.is_subtype(&meta))
}

thread_local! {
    /// `(abc, subclass)` pairs made by `ABCMeta.register`, in registration order. Nearly
    /// every program has none, so `isinstance`'s false answers look at an empty list.
    static REGISTRY: RefCell<Vec<(Rc<PyType>, Rc<PyType>)>> = const { RefCell::new(Vec::new()) };
}

/// `Abc.register(subclass)`: `subclass` (and its subclasses) count as subclasses of `Abc`
/// and of `Abc`'s bases for `isinstance`/`issubclass`. Returns `subclass`, so it works as
/// a class decorator. (`__subclasshook__` is not consulted.)
fn register(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let (abc, sub) = match args {
        [Value::Type(abc), Value::Type(sub)] => (abc.clone(), sub.clone()),
        [_, _] => return Err(type_error("Can only register classes")),
        _ => {
            return Err(type_error(format!(
                "register() takes exactly one argument ({} given)",
                args.len().saturating_sub(1)
            )))
        }
    };
    if sub.is_subtype(&abc) {
        return Ok(args[1].clone());
    }
    if abc.is_subtype(&sub) {
        return Err(PyErr::new(
            "RuntimeError",
            "Refusing to create an inheritance cycle",
        ));
    }
    REGISTRY.with(|r| r.borrow_mut().push((abc, sub)));
    Ok(args[1].clone())
}

/// `Cls.register` for an abstract-aware class (one derived from `ABC` or made with
/// `ABCMeta`, which pyjit does not record as its metaclass): `ABCMeta.register` bound to it.
pub fn abc_method(cls: &Rc<PyType>, name: &str) -> Option<Value> {
    if name != "register" || cls.lookup("__abstractmethods__").is_none() {
        return None;
    }
    Some(Value::BoundMethod(Rc::new(crate::object::BoundMethod {
        self_value: Value::Type(cls.clone()),
        func: func("register", register),
    })))
}

/// Whether class `c` is a registered virtual subclass of `t`: `c` derives from a class
/// registered with `t` or with one of `t`'s subclasses.
pub fn registered(c: &Rc<PyType>, t: &Rc<PyType>) -> bool {
    REGISTRY.with(|r| {
        r.borrow()
            .iter()
            .any(|(abc, sub)| abc.is_subtype(t) && c.is_subtype(sub))
    })
}

/// `@abstractmethod`: mark a function (or property/classmethod/staticmethod) abstract.
fn abstractmethod(_vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let f = match args {
        [f] => f,
        _ => {
            return Err(type_error(format!(
                "abstractmethod() takes exactly one argument ({} given)",
                args.len()
            )))
        }
    };
    match f {
        Value::Function(func) => func.dict.set_str("__isabstractmethod__", Value::Bool(true)),
        Value::Instance(i) => i.dict.set_str("__isabstractmethod__", Value::Bool(true)),
        _ => {}
    }
    Ok(f.clone())
}

/// Whether a class attribute is abstract: a marked function, or a property / classmethod /
/// staticmethod wrapping one.
fn is_abstract(v: &Value) -> bool {
    match v {
        Value::Function(f) => matches!(
            f.dict.get_str("__isabstractmethod__"),
            Some(Value::Bool(true))
        ),
        Value::Instance(i) => {
            if matches!(
                i.dict.get_str("__isabstractmethod__"),
                Some(Value::Bool(true))
            ) {
                return true;
            }
            let kind = i.class.borrow().kind;
            match kind {
                TypeKind::Property => ["fget", "fset", "fdel"]
                    .iter()
                    .any(|k| i.dict.get_str(k).is_some_and(|f| is_abstract(&f))),
                TypeKind::ClassMethod | TypeKind::StaticMethod => {
                    i.dict.get_str("__func__").is_some_and(|f| is_abstract(&f))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// After a class is created: if it derives from `ABC` (or used `metaclass=ABCMeta`), record
/// its `__abstractmethods__`.
pub fn init_abstract(cls: &Rc<PyType>, uses_abcmeta: bool) {
    // `ABC` and classes made with `metaclass=ABCMeta` carry `__abstractmethods__`, and
    // their subclasses inherit the metaclass.
    let aware = uses_abcmeta
        || cls
            .mro_rest
            .iter()
            .any(|t| t.dict.get_str("__abstractmethods__").is_some());
    if !aware {
        return;
    }
    let mut names: Vec<String> = Vec::new();
    for t in cls.mro() {
        for k in t.dict.map.borrow().keys() {
            if let Some(n) = k.value.as_str() {
                if !names.iter().any(|x| x == n) {
                    names.push(n.to_string());
                }
            }
        }
    }
    let mut set = crate::object::dict_set_new();
    for n in names {
        if cls.lookup(&n).is_some_and(|v| is_abstract(&v)) {
            set.insert(crate::interp::call::str_key(&n));
        }
    }
    cls.dict.set_str(
        "__abstractmethods__",
        Value::Set(Rc::new(crate::object::PySet::new(set, true))),
    );
}

/// The error for instantiating a class with abstract methods, if it has any.
pub fn check_instantiable(cls: &Rc<PyType>) -> PyResult<()> {
    let Some(Value::Set(s)) = cls.dict.get_str("__abstractmethods__") else {
        return Ok(());
    };
    let mut names: Vec<String> = s
        .set
        .borrow()
        .iter()
        .filter_map(|k| k.value.as_str().map(str::to_string))
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        cls.name,
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}
