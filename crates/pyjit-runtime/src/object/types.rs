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

/// `repr(C)`: the class cell first, then the attribute table (`InstDict`, the map's borrow
/// counter and entries at its start), so that what a cached attribute access reads is on
/// the allocation's first cache line (with the `Rc` counts: 64 bytes of the 128).
#[repr(C)]
pub struct Instance {
    pub class: RefCell<Rc<PyType>>,
    pub dict: InstDict,
    /// An exception's state, boxed: inline it made every instance ~150 bytes (mimalloc's
    /// 160-byte class) where the other fields take 40, so instances of ordinary classes
    /// spread over four times the cache lines (see "deltablue" in docs/architecture.md).
    pub exc: Option<Box<RefCell<ExcState>>>,
    /// The cycle collector's registry index (`crate::gc`).
    pub gc: crate::gc::GcLink,
}

/// An instance's attribute table, held in the instance (CPython 3.11 keeps the values in
/// the object too) rather than behind an `Rc<PyDict>` of its own: that was a separate
/// allocation, so every attribute access touched one more cache line (the dict's borrow
/// counter and entries pointer) — a twelfth of deltablue's D1 misses. A dict object is made
/// only when Python asks for one (`__dict__`, `vars()`: `rc`); the table then moves into
/// it, the inline one is left empty, and every access goes through `Deref` to the shared
/// one from then on.
///
/// Cache hits read the inline table directly (`inline`): once the table has moved, the
/// inline one has no slots, so a hit's slot check fails and the access takes the generic
/// path, which derefs. The JIT's inline attribute reads rely on the same (they check the
/// slot count: `backend/layout.rs`).
#[derive(Default)]
#[repr(C)]
pub struct InstDict {
    own: PyDict,
    shared: std::cell::OnceCell<Rc<PyDict>>,
}

impl std::ops::Deref for InstDict {
    type Target = PyDict;
    #[inline(always)]
    fn deref(&self) -> &PyDict {
        match self.shared.get() {
            Some(d) => d,
            None => &self.own,
        }
    }
}

impl InstDict {
    /// A table presized for `n` attributes (`Map::with_capacity`).
    pub fn with_capacity(n: usize) -> Self {
        InstDict {
            own: PyDict::with_capacity(n),
            shared: std::cell::OnceCell::new(),
        }
    }

    /// The inline table, for cache hits that check a key at a recorded slot: empty once the
    /// table has moved to a dict object (see the type's comment), so such a check fails.
    #[inline(always)]
    pub fn inline(&self) -> &PyDict {
        &self.own
    }

    /// The table as a dict object (`__dict__`, `vars()`), made on the first request by
    /// moving the inline table into it.
    pub fn rc(&self) -> Rc<PyDict> {
        self.shared
            .get_or_init(|| {
                let map = std::mem::take(&mut *self.own.map.borrow_mut());
                Rc::new(PyDict::from_map(map))
            })
            .clone()
    }

    /// Whether the table has moved to a dict object (`rc`).
    #[inline]
    pub fn is_shared(&self) -> bool {
        self.shared.get().is_some()
    }

    /// The table if no one but the instance refers to it (the collector reads it as part of
    /// the instance); `None` when a dict object made for it is referred to elsewhere too.
    pub fn private(&self) -> Option<&PyDict> {
        match self.shared.get() {
            None => Some(&self.own),
            Some(d) if Rc::strong_count(d) == 1 => Some(d),
            Some(_) => None,
        }
    }
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
                dict: std::mem::take(&mut self.dict),
                exc: self.exc.take(),
                gc: crate::gc::GcLink::new(),
            };
            crate::generator::queue_finalizer(crate::generator::Finalizer::Del(Rc::new(revived)));
        }
    }
}
