//! The heap a trace refers to: constant objects and the descriptors of its helper calls.
//!
//! A trace handles heap objects as *borrowed* references: an `obj.T` IR value is the pointer
//! payload of a `Value`, and the trace never counts references on it. That is sound because
//! every such object has an owner for as long as the trace can use it:
//!
//! * objects read from a frame slot, an operand-stack entry or a container (a list item, a
//!   tuple item, an instance attribute) are owned by it, and a trace never overwrites an
//!   object in a container (its heap stores replace ints and floats by ints and floats);
//! * a local a trace overwrites (`storeobj`) releases its old object only when the iteration
//!   ends, or when the trace exits after the exit has pushed its stack entries;
//! * objects a trace treats as constants — a global or module attribute whose identity is
//!   guarded (`math`, `math.sqrt`, a function being inlined) — are kept alive by this pool,
//!   which lives as long as the compiled trace.
//!
//! Exits that put an object on the operand stack push a new reference (a clone).

use pyjit_runtime::interp::cache::{type_epoch, Cache};
use pyjit_runtime::object::{PyDict, PyType};
use pyjit_runtime::Value;
use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

/// What a helper call with pool index `k` checks.
#[derive(Clone)]
pub enum Desc {
    /// A `LoadGlobal` through the interpreter's `Global`/`Builtin` cache entry, which must
    /// still give `expect` (the same object: compared by tag and payload).
    Global {
        cache: Cache,
        globals: Rc<PyDict>,
        builtins: Rc<PyDict>,
        name: Value,
        expect: Value,
    },
    /// A module attribute through a `ModuleAttr` cache entry, or the function of a constant
    /// class's `Cls.helper(...)` through a `ClassMethod` entry (`module` is then the class),
    /// which must still give `expect`.
    ModAttr {
        cache: Cache,
        module: Value,
        name: Value,
        expect: Value,
    },
    /// A method through a `Method` cache entry, which must still give `expect` for the
    /// receiver.
    Method {
        cache: Cache,
        name: Value,
        expect: Value,
        also: Box<Also>,
        /// The (class version, type epoch) of the last instance the full check passed for:
        /// the lookup depends on nothing else (a class's dict changes only with its version
        /// and the epoch), so an instance whose class has them passes at once.
        hit: std::cell::Cell<(u64, u64)>,
        /// The descriptors of later `guard.method`s of the same receiver that `fold` merged
        /// into this one (`Folder::method_guard`): this guard checks them too, so one helper
        /// call answers for every method a trace looks up on an object.
        more: Vec<u32>,
    },
    /// An instance attribute through an `InstanceAttr` cache entry.
    Attr { cache: Cache, name: Value },
    /// The dict entries of an instance of a class at this version and type epoch, with at
    /// least `max_index + 1` entries (`attr.base`).
    AttrBase {
        class: u64,
        epoch: u64,
        max_index: u32,
        also: Box<Also>,
    },
    /// A user class (`Value::Type`) still at this version and type epoch (`guard.class`,
    /// `new`): what the recorder looked up on it — its `__init__`, a special method, the
    /// absence of descriptors for the attributes a fresh instance gets — still holds.
    Class {
        class: Value,
        version: u64,
        epoch: u64,
    },
    /// An attribute stored into an instance the trace allocated (`setattr`). `noted`: the
    /// class (address) and its version when the helper last found `name` among the names
    /// its instances have (`PyType::note_instance_attr`, a scan): while both are the same,
    /// it still is (names are never removed; a new class gets a new version).
    SetAttr {
        name: Value,
        noted: std::cell::Cell<(usize, u64)>,
    },
    /// A residual call (`pycall`) of the Python function `func` with the operands as
    /// arguments, whose `Value` tags are `tags`. `loops`: the callee's code has a loop, or
    /// the recorded call took a back-edge further down; only then does the call re-enter the
    /// JIT (`jit::nested_call`), which costs a few instructions per call.
    PyCall {
        func: Value,
        tags: [u8; 3],
        loops: bool,
    },
    /// A generator stepped by a loop's `ForIter` through the interpreter (`pycall` with this
    /// descriptor, see `backend/gen.rs`): the iterator is at index `d` of the frame's
    /// operand stack; `loops` as for `PyCall` (the recorded generator's code has a loop).
    /// `pair`: the iterator is an `enumerate` of the generator, whose pairs the loop
    /// unpacks at once: the result is the item, `iter.count` reads its count.
    GenNext { d: u32, loops: bool, pair: bool },
    /// The `Value` tags of a `keep`'s operands.
    Keep { tags: [u8; 3] },
    /// `iter.reset`: the iterator at index `d` of the frame's stack starts again over a new
    /// range or sequence, and the loop trace whose `ctx` is at `ctx` gets its words (at
    /// `next_at` and `other_at`, 0: none) as its entry would (`EntryReq::prepare`).
    IterReset {
        ctx: *mut u64,
        d: u32,
        kind: crate::backend::entry::IterKind,
        next_at: usize,
        other_at: usize,
    },
}

/// How many other class versions a class-checking helper remembers.
pub(crate) const ALSO: usize = 4;

/// The versions of other classes a class-checking helper (`guard.method`, `attr.base`) has
/// checked at run time, and whether they give the recorded answer too (the same inherited
/// method, plain dict attributes): a polymorphic receiver (richards' four `Task` subclasses
/// calling `is_runnable`) then passes the guard, and one that does not fails it, without a
/// full check per call. Valid at the descriptor's type epoch only, which the helpers check
/// first (class versions are global, and a class changes its version when something its
/// answer depends on changes).
#[derive(Clone)]
pub struct Also {
    yes: Cell<[u64; ALSO]>,
    no: Cell<[u64; ALSO]>,
}

impl Default for Also {
    fn default() -> Self {
        Also {
            yes: Cell::new([u64::MAX; ALSO]),
            no: Cell::new([u64::MAX; ALSO]),
        }
    }
}

impl Also {
    /// What was found for `version`, if it was checked.
    pub fn get(&self, version: u64) -> Option<bool> {
        if self.yes.get().contains(&version) {
            Some(true)
        } else if self.no.get().contains(&version) {
            Some(false)
        } else {
            None
        }
    }

    /// The address of the `ALSO` versions known to give the recorded answer (consecutive
    /// words, `u64::MAX` when unused), which `guard.method`'s machine code compares
    /// (`Cg::guard_method_fast`).
    pub fn yes_ptr(&self) -> *const u64 {
        self.yes.as_ptr() as *const u64
    }

    /// The address of the `ALSO` versions known to give another answer (`yes_ptr`).
    pub fn no_ptr(&self) -> *const u64 {
        self.no.as_ptr() as *const u64
    }

    /// Remember the answer for `version` (forgetting the oldest one when full) and return it.
    pub fn set(&self, version: u64, answer: bool) -> bool {
        let cell = if answer { &self.yes } else { &self.no };
        let mut a = cell.get();
        a.copy_within(0..ALSO - 1, 1);
        a[0] = version;
        cell.set(a);
        answer
    }
}

#[derive(Default, Clone)]
pub struct Pool {
    /// Objects used as constants.
    pub objs: Vec<Value>,
    pub descs: Vec<Desc>,
}

impl fmt::Debug for Pool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Pool({} objects, {} descriptors)",
            self.objs.len(),
            self.descs.len()
        )
    }
}

impl Pool {
    pub fn desc(&mut self, d: Desc) -> u32 {
        self.descs.push(d);
        self.descs.len() as u32 - 1
    }

    /// The descriptor of instance attribute `name` through `cache`, shared with an identical
    /// earlier one (so the slot addresses of a load and a store of `a.x` are one value).
    pub fn attr_desc(&mut self, cache: Cache, name: Value) -> u32 {
        let same = |d: &Desc| match (d, cache) {
            (
                Desc::Attr {
                    cache:
                        Cache::InstanceAttr {
                            class: c1,
                            epoch: e1,
                            index: i1,
                        },
                    name: n1,
                },
                Cache::InstanceAttr {
                    class,
                    epoch,
                    index,
                },
            ) => {
                (*c1, *e1, *i1) == (class, epoch, index)
                    && pyjit_runtime::interp::cache::key_is(n1, &name)
            }
            _ => false,
        };
        match self.descs.iter().position(same) {
            Some(k) => k as u32,
            None => self.desc(Desc::Attr { cache, name }),
        }
    }

    /// The `Desc::Class` of `class` at its current version and the current type epoch,
    /// shared with an identical earlier one (so its guards hash-cons).
    pub fn class_desc(&mut self, class: &Rc<PyType>) -> u32 {
        let (version, epoch) = (class.version.get(), type_epoch());
        let same = |d: &Desc| match d {
            Desc::Class {
                class: Value::Type(c),
                version: v,
                epoch: e,
            } => Rc::ptr_eq(c, class) && (*v, *e) == (version, epoch),
            _ => false,
        };
        match self.descs.iter().position(same) {
            Some(k) => k as u32,
            None => self.desc(Desc::Class {
                class: Value::Type(class.clone()),
                version,
                epoch,
            }),
        }
    }

    /// The `Desc::SetAttr` of `name`, shared with an earlier one.
    pub fn setattr_desc(&mut self, name: &Value) -> u32 {
        let same = |d: &Desc| matches!(d, Desc::SetAttr { name: n, .. } if payload_eq(n, name));
        match self.descs.iter().position(same) {
            Some(k) => k as u32,
            None => self.desc(Desc::SetAttr {
                name: name.clone(),
                noted: Default::default(),
            }),
        }
    }

    /// Keep `v` alive for the trace's lifetime.
    pub fn keep(&mut self, v: &Value) {
        self.objs.push(v.clone());
    }
}

/// The same string object.
fn payload_eq(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Str(x), Value::Str(y)) if Rc::ptr_eq(x, y))
}
