//! Classes (builtin and user-defined) and instances of user classes.

use crate::object::PyDict;
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which builtin type a class is (or derives its layout from); `Object` for plain classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Iterator,
    Generator,
    Cell,
    Code,
    Ellipsis,
    NotImplementedType,
    BaseException,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
}

pub struct PyType {
    pub name: Rc<str>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<str>,
    pub kind: TypeKind,
    pub bases: Vec<Rc<PyType>>,
    /// The method resolution order, not including the type itself.
    pub mro_rest: Vec<Rc<PyType>>,
    pub dict: Rc<PyDict>,
    /// Bumped whenever the class or one of its bases changes, for inline caches.
    pub version: Cell<u64>,
    pub is_builtin: bool,
    /// How many attributes instances tend to get (sizes new instance dicts).
    pub attr_hint: Cell<u32>,
    /// `__init__` as resolved at a type epoch: the fast instantiation path reuses it.
    pub init_cache: RefCell<Option<(u64, Option<Value>)>>,
    /// The class (or a base) defines `__del__`: its instances are finalized when freed.
    pub has_del: Cell<bool>,
    /// Every attribute name ever stored in an instance's own dict (the first store of a new
    /// name bumps `version`), and whether some instance's `__dict__` was handed out (after
    /// which anything may be in it). Together they let a cached method call skip looking
    /// for an instance attribute that would shadow the method (see `Vm::load_method_fill`).
    pub inst_names: RefCell<Vec<Rc<str>>>,
    pub dict_exposed: Cell<bool>,
    /// The class's metaclass when it is not `type` (a subclass of `type`, set once by
    /// `type.__new__`): `type(cls)`, and where operators on the class look for methods.
    pub meta: std::cell::OnceCell<Rc<PyType>>,
}

impl PyType {
    /// An instance of this class gets attribute `name` in its own dict.
    pub fn note_instance_attr(&self, name: &str) {
        if !self.inst_names.borrow().iter().any(|n| &**n == name) {
            self.inst_names.borrow_mut().push(name.into());
            self.version.set(crate::builtin_types::next_version());
        }
    }

    /// An instance's `__dict__` escapes to the program (`obj.__dict__`, `vars(obj)`).
    pub fn note_dict_exposed(&self) {
        if !self.dict_exposed.get() {
            self.dict_exposed.set(true);
            self.version.set(crate::builtin_types::next_version());
        }
    }

    /// Whether no instance can have an attribute `name` of its own (so a method of that
    /// name found on the class is what `instance.name` gives).
    pub fn instances_never_have(&self, name: &str) -> bool {
        !self.dict_exposed.get() && !self.inst_names.borrow().iter().any(|n| &**n == name)
    }

    /// The MRO including the type itself.
    pub fn mro(self: &Rc<Self>) -> impl Iterator<Item = Rc<PyType>> + '_ {
        std::iter::once(self.clone()).chain(self.mro_rest.iter().cloned())
    }

    /// Find an attribute along the MRO.
    pub fn lookup(self: &Rc<Self>, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        self.mro_rest.iter().find_map(|t| t.dict.get_str(name))
    }

    pub fn is_subtype(self: &Rc<Self>, other: &Rc<PyType>) -> bool {
        Rc::ptr_eq(self, other) || self.mro_rest.iter().any(|t| Rc::ptr_eq(t, other))
    }
}

/// State carried by exception instances.
#[derive(Default)]
pub struct ExcState {
    pub args: Value,
    /// (filename, line, function name), innermost first.
    pub traceback: Vec<(Rc<str>, u32, Rc<str>)>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// Where a "Did you mean" suggestion is looked for (`NameError`, `AttributeError`).
    pub hint: Option<crate::suggest::Hint>,
}

pub struct Instance {
    pub class: RefCell<Rc<PyType>>,
    pub dict: Rc<PyDict>,
    /// An exception's state, boxed: inline it made every instance ~150 bytes (mimalloc's
    /// 160-byte class) where the other fields take 40, so instances of ordinary classes
    /// spread over four times the cache lines (see "deltablue" in docs/architecture.md).
    pub exc: Option<Box<RefCell<ExcState>>>,
    /// The cycle collector's registry index (`crate::gc`).
    pub gc: crate::gc::GcLink,
}

impl Instance {
    /// The version of this instance's class (0, which no class has, while `__class__` is
    /// being reassigned). Read without counting a borrow of `class`: an inline cache's
    /// check of it runs on every cached attribute access, where the count's increment,
    /// test and decrement were a fifth of the instructions.
    #[inline(always)]
    pub fn class_version(&self) -> u64 {
        // SAFETY: `try_borrow_unguarded` fails while `class` is mutably borrowed; the shared
        // reference it gives lives only for the `version` read below, during which no code
        // runs that could borrow `class` mutably.
        match unsafe { self.class.try_borrow_unguarded() } {
            Ok(c) => c.version.get(),
            Err(_) => 0,
        }
    }
}

impl Drop for Instance {
    /// An instance of a class with `__del__` is revived (same class and `__dict__`) and
    /// queued for `Vm::run_pending_finalizers`, which calls `__del__` once.
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
        let cls = self.class.get_mut();
        if cls.has_del.get() {
            let revived = Instance {
                class: RefCell::new(cls.clone()),
                dict: self.dict.clone(),
                exc: self.exc.take(),
                gc: crate::gc::GcLink::new(),
            };
            crate::generator::queue_finalizer(crate::generator::Finalizer::Del(Rc::new(revived)));
        }
    }
}
