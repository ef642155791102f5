//! Filling and checking inline caches (see `cache.rs` for why they are always safe).
//!
//! The *checks* (`*_hit`) are small and run on every execution; the *fills* run the generic
//! operation and then record where the answer was found, if it is cacheable.

use crate::builtin_types::BuiltinTypes;
use crate::interp::cache::{key_is, last_key_addr, type_epoch, Cache, CacheSlot};
use crate::interp::eval::name_key;
use crate::interp::stats::Family;
use crate::object::{HKey, PyDict, PyType, TypeKind};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use std::rc::Rc;

/// The value a `LoadGlobal` cache entry designates, if the entry still holds.
///
/// The dicts are read without counting borrows (a counted borrow's increment, test and
/// decrement were a large part of a hit); a dict mutably borrowed at the moment is a miss.
///
/// # Safety
/// The caller drops the reference before anything can borrow the globals or builtins dict
/// mutably: it only copies, clones or compares the value (no Python code runs meanwhile).
#[inline(always)]
pub unsafe fn global_entry<'a>(
    c: Cache,
    globals: &'a PyDict,
    builtins: &'a PyDict,
    name: &Value,
) -> Option<&'a Value> {
    // SAFETY (each read): `try_borrow_unguarded` fails while the dict is mutably borrowed,
    // and the caller's contract keeps it unborrowed while the reference lives.
    let entry = match c {
        Cache::Global { index } => unsafe { globals.map.try_borrow_unguarded() }
            .ok()?
            .slot(index as usize),
        Cache::Builtin {
            index,
            globals_len,
            globals_last,
        } => {
            let g = unsafe { globals.map.try_borrow_unguarded() }.ok()?;
            if g.len() as u32 != globals_len || last_key_addr(g) != globals_last {
                return None;
            }
            unsafe { builtins.map.try_borrow_unguarded() }
                .ok()?
                .slot(index as usize)
        }
        _ => return None,
    };
    match entry {
        Some((k, v)) if key_is(&k.value, name) => Some(v),
        _ => None,
    }
}

/// A clone of the global a cache entry designates (for the JIT's guards).
pub fn global_value(c: Cache, globals: &PyDict, builtins: &PyDict, name: &Value) -> Option<Value> {
    // SAFETY: the value is only cloned.
    unsafe { global_entry(c, globals, builtins, name) }.cloned()
}

/// Apply `f` to the entry's value if its key is `name`.
#[inline(always)]
fn apply_if_key<R>(
    entry: Option<(&HKey, &Value)>,
    name: &Value,
    f: impl FnOnce(&Value) -> R,
) -> Option<R> {
    match entry {
        Some((k, v)) if key_is(&k.value, name) => Some(f(v)),
        _ => None,
    }
}

/// Rebind a module global in place through the cache; gives the value back on a miss.
#[inline]
pub fn store_global_hit(
    c: Cache,
    globals: &PyDict,
    name: &Value,
    v: Value,
) -> Result<Value, Value> {
    if let Cache::Global { index } = c {
        let mut m = globals.map.borrow_mut();
        if let Some((k, slot)) = m.slot_mut(index as usize) {
            if key_is(&k.value, name) {
                return Ok(std::mem::replace(slot, v));
            }
        }
    }
    Err(v)
}

/// The attribute an instance or module attribute cache entry designates, if the entry still
/// holds, handed to `f` while the dict is borrowed.
#[inline(always)]
pub fn with_attr<R>(c: Cache, obj: &Value, name: &Value, f: impl FnOnce(&Value) -> R) -> Option<R> {
    match (c, obj) {
        (
            Cache::InstanceAttr {
                class,
                epoch,
                index,
            },
            Value::Instance(i),
        ) => {
            if i.class_version() != class || type_epoch() != epoch {
                return None;
            }
            let m = i.dict.inline().map.borrow();
            apply_if_key(m.slot(index as usize), name, f)
        }
        (Cache::ModuleAttr { index }, Value::Module(md)) => {
            let m = md.dict.map.borrow();
            apply_if_key(m.slot(index as usize), name, f)
        }
        _ => None,
    }
}

/// The `InstanceAttr` entries of `slot` applied to an instance whose table has moved to a
/// `__dict__` object (`InstDict::rc`: `copy.copy`, `vars(obj)`, `self.__dict__.update(...)`).
/// The hit paths read only the inline table, empty then, so every access to such an
/// instance misses; without this, each took the generic lookup and refilled the cache
/// (a loop reading two attributes of copied instances: 8x slower than before the tables
/// moved into instances). Out of line, on the miss path only: the hit paths, and so the
/// evaluation loop, are unchanged.
#[inline(never)]
fn shared_table_attr(slot: &CacheSlot, obj: &Value, name: &Value) -> Option<Value> {
    let Value::Instance(i) = obj else {
        return None;
    };
    if !i.dict.is_shared() {
        return None;
    }
    slot.probe(|c| match c {
        Cache::InstanceAttr {
            class,
            epoch,
            index,
        } if i.class_version() == class && type_epoch() == epoch => {
            let m = i.dict.map.try_borrow().ok()?;
            match m.slot(index as usize) {
                Some((k, v)) if key_is(&k.value, name) => Some(v.clone()),
                _ => None,
            }
        }
        _ => None,
    })
}

/// `shared_table_attr` for a store rebinding an existing attribute (gives `v` back
/// otherwise), as `store_attr_hit` does for an inline table.
#[inline(never)]
fn shared_table_store(slot: &CacheSlot, obj: &Value, name: &Value, v: Value) -> Result<(), Value> {
    let Value::Instance(i) = obj else {
        return Err(v);
    };
    if !i.dict.is_shared() {
        return Err(v);
    }
    let mut v = Some(v);
    let stored = slot.probe(|c| match c {
        Cache::InstanceAttr {
            class,
            epoch,
            index,
        } if i.class_version() == class && type_epoch() == epoch => {
            let mut m = i.dict.map.try_borrow_mut().ok()?;
            match m.slot_mut(index as usize) {
                Some((k, s)) if key_is(&k.value, name) => {
                    let old = std::mem::replace(s, v.take()?);
                    drop(m);
                    drop(old);
                    Some(())
                }
                _ => None,
            }
        }
        _ => None,
    });
    match (stored, v) {
        (Some(()), _) | (None, None) => Ok(()),
        (None, Some(v)) => Err(v),
    }
}

/// Attribute load through the cache: push the value on a hit.
#[inline]
pub fn attr_hit(c: Cache, obj: &Value, name: &Value, out: &mut Vec<Value>) -> bool {
    with_attr(c, obj, name, |v| crate::interp::frame::push_copy(out, v)).is_some()
}

/// A clone of the attribute a cache entry designates (for the JIT's guards).
pub fn attr_value(c: Cache, obj: &Value, name: &Value) -> Option<Value> {
    with_attr(c, obj, name, Value::clone)
}

/// The instance attribute an `InstanceAttr` entry designates, if the entry still holds:
/// the class version and type epoch recorded, the dict not mutably borrowed and the key at
/// the recorded slot the name. The one check behind both `LoadAttr` hit paths
/// (`attr_hit_in_place` and the fused `LoadFast` + `LoadAttr`'s `eval::attr_push_at`),
/// each of which does its own write. Inlined and closure-free: the closure form
/// (`with_attr`) cost 12 more instructions per hit (cachegrind), on the most frequent cache
/// of object-heavy code.
///
/// The dict is read without counting a borrow (its increment, test and decrement cost as
/// much again on this path); a dict mutably borrowed at the moment is a miss.
///
/// # Safety
/// The caller drops the reference before anything can borrow the instance's dict mutably:
/// it only copies or clones the value (no Python code runs meanwhile).
#[inline(always)]
pub unsafe fn instance_attr<'a>(c: Cache, obj: &'a Value, name: &Value) -> Option<&'a Value> {
    match (c, obj) {
        (
            Cache::InstanceAttr {
                class,
                epoch,
                index,
            },
            Value::Instance(i),
        ) => {
            if i.class_version() != class || type_epoch() != epoch {
                return None;
            }
            // SAFETY: `try_borrow_unguarded` fails while the dict is mutably borrowed, and
            // the caller's contract keeps it unborrowed while the reference lives.
            let Ok(m) = (unsafe { i.dict.inline().map.try_borrow_unguarded() }) else {
                return None;
            };
            match m.slot(index as usize) {
                Some((k, v)) if key_is(&k.value, name) => Some(v),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `LoadAttr` through the cache, in place: on a hit the object on top of the stack (`top`)
/// is replaced by its attribute. Inlined into the evaluation loop — the hottest cache of
/// object-heavy programs — and free of intermediate copies of the object or the result.
#[inline(always)]
pub fn attr_hit_in_place(c: Cache, top: &mut Value, name: &Value) -> bool {
    let v = match (c, &*top) {
        // SAFETY (`instance_attr`): the reference is only cloned.
        (Cache::InstanceAttr { .. }, obj @ Value::Instance(_)) => {
            match unsafe { instance_attr(c, obj, name) } {
                Some(v) => v.clone(),
                None => return false,
            }
        }
        (Cache::ModuleAttr { index }, Value::Module(md)) => {
            match md.dict.map.borrow().slot(index as usize) {
                Some((k, v)) if key_is(&k.value, name) => v.clone(),
                _ => return false,
            }
        }
        _ => return false,
    };
    Value::release(std::mem::replace(top, v));
    true
}

/// Store into an instance attribute through the cache; gives the value back on a miss.
/// Rebinding an existing attribute is inlined into the evaluation loop; adding one (an
/// `__init__` filling a fresh instance) goes out of line.
#[inline(always)]
pub fn store_attr_hit(c: Cache, obj: &Value, name: &Value, v: Value) -> Result<(), Value> {
    if let Cache::InstanceAdd { .. } = c {
        return store_attr_add(c, obj, name, v);
    }
    if let (
        Cache::InstanceAttr {
            class,
            epoch,
            index,
        },
        Value::Instance(i),
    ) = (c, obj)
    {
        if i.class_version() == class && type_epoch() == epoch {
            let mut m = i.dict.inline().map.borrow_mut();
            if let Some((k, slot)) = m.slot_mut(index as usize) {
                if key_is(&k.value, name) {
                    // The old value released inline (a number or a shared object: no
                    // out-of-line drop call).
                    slot.assign(v);
                    return Ok(());
                }
            }
        }
    }
    Err(v)
}

/// `store_attr_hit` for an `InstanceAdd` entry: the attribute is new to the instance.
#[inline(never)]
fn store_attr_add(c: Cache, obj: &Value, name: &Value, v: Value) -> Result<(), Value> {
    if let (Cache::InstanceAdd { class, epoch, len }, Value::Instance(i)) = (c, obj) {
        if i.class_version() == class && type_epoch() == epoch {
            // (If the key is there after all — same length, other keys — the insert just
            // rebinds it, which is what the store means anyway: the class version rules out
            // a descriptor for the name.)
            let mut m = i.dict.map.borrow_mut();
            if m.len() == len as usize {
                // Through `put`, not `insert`: `insert` hands back the old value as an
                // `Option<Value>` in memory, whose `None` is a single tag byte; the 16-byte
                // reload of it could not be forwarded from the store buffer (half of this
                // function's samples in raytrace, whose `__init__`s add attributes).
                m.put_inline(name_key(name), v);
                return Ok(());
            }
        }
    }
    Err(v)
}

/// The builtin class whose methods a value of this variant uses (sets are left out: set and
/// frozenset share a variant but not their methods).
#[inline]
pub fn builtin_receiver<'t>(types: &'t BuiltinTypes, obj: &Value) -> Option<&'t Rc<PyType>> {
    Some(match obj {
        Value::Str(_) => &types.str_,
        Value::List(_) => &types.list,
        Value::Dict(_) => &types.dict,
        Value::Tuple(_) => &types.tuple,
        Value::Int(_) => &types.int,
        Value::Float(_) => &types.float,
        Value::Set(s) if s.frozen => &types.frozenset,
        Value::Set(_) => &types.set,
        _ => return None,
    })
}

/// `Cls.name` for `Cls.name(...)` through a `ClassMethod` entry: pushes the function (a
/// plain function as it is, a static method's `__func__`) when the entry still holds.
#[inline]
pub fn class_method_hit(c: Cache, obj: &Value, name: &Value, out: &mut Vec<Value>) -> bool {
    match class_method_value(c, obj, name) {
        Some(f) => {
            out.push(f);
            true
        }
        None => false,
    }
}

/// The function a `ClassMethod` entry designates for class `obj` (a plain function as it
/// is, a static method's `__func__`), if the entry still holds (for `class_method_hit` and
/// the JIT's guard of `Cls.helper(...)`).
#[inline]
pub fn class_method_value(c: Cache, obj: &Value, name: &Value) -> Option<Value> {
    let Cache::ClassMethod {
        class,
        epoch,
        mro_pos,
        index,
    } = c
    else {
        return None;
    };
    let Value::Type(cls) = obj else {
        return None;
    };
    if cls.version.get() != class || type_epoch() != epoch {
        return None;
    }
    let owner = mro_at(cls, mro_pos)?;
    let m = owner.dict.map.borrow();
    apply_if_key(m.slot(index as usize), name, |v| match v {
        Value::Function(_) => Some(v.clone()),
        Value::Instance(sm) if sm.class.borrow().kind == TypeKind::StaticMethod => {
            match static_func(sm) {
                Some(f @ Value::Function(_)) => Some(f),
                _ => None,
            }
        }
        _ => None,
    })
    .flatten()
}

/// A static method object's `__func__`. The constructor stores it first, so slot 0 is
/// tried before a lookup by name, which hashes the name each time: for deltablue's
/// `Strength.stronger(a, b)` hits (18k per round) this step went from 194 to 56
/// instructions.
#[inline]
fn static_func(sm: &crate::object::Instance) -> Option<Value> {
    if let Some((k, v)) = sm.dict.map.borrow().slot(0) {
        if matches!(&k.value, Value::Str(s) if s.as_str() == "__func__") {
            return Some(v.clone());
        }
    }
    sm.dict.get_str("__func__")
}

/// `super().name` for `super().name(...)` through a `SuperMethod` entry: pushes the function
/// and the instance the super object is bound to (the call's self). The super object's
/// dict holds `__thisclass__` then `__self__` (`builtins::construct`); each is checked by
/// key.
#[inline]
pub fn super_method_hit(c: Cache, obj: &Value, name: &Value, out: &mut Vec<Value>) -> bool {
    let Cache::SuperMethod {
        this,
        class,
        epoch,
        mro_pos,
        index,
    } = c
    else {
        return false;
    };
    let Value::Instance(sup) = obj else {
        return false;
    };
    if sup.class.borrow().kind != TypeKind::Super || type_epoch() != epoch {
        return false;
    }
    let d = sup.dict.map.borrow();
    let (Some((k0, Value::Type(t))), Some((k1, inst @ Value::Instance(i)))) =
        (d.slot(0), d.slot(1))
    else {
        return false;
    };
    let key = |k: &HKey, s: &str| matches!(&k.value, Value::Str(x) if x.as_str() == s);
    if Rc::as_ptr(t) as usize != this || !key(k0, "__thisclass__") || !key(k1, "__self__") {
        return false;
    }
    let cls = i.class.borrow();
    if cls.version.get() != class {
        return false;
    }
    let Some(owner) = mro_at(&cls, mro_pos) else {
        return false;
    };
    let m = owner.dict.map.borrow();
    match m.slot(index as usize) {
        Some((k, f @ Value::Function(_))) if key_is(&k.value, name) => {
            out.push(f.clone());
            out.push(inst.clone());
            true
        }
        _ => false,
    }
}

/// Fill a `SuperMethod` entry for `super(this, inst).name` if it finds a plain function.
fn super_method_entry(sup: &crate::object::Instance, text: &str) -> Option<Cache> {
    let this = match sup.dict.get_str("__thisclass__")? {
        Value::Type(t) => t,
        _ => return None,
    };
    let Value::Instance(i) = sup.dict.get_str("__self__")? else {
        return None;
    };
    let cls = i.class.borrow().clone();
    let start = cls.mro().position(|t| Rc::ptr_eq(&t, &this))?;
    for (pos, t) in cls.mro().enumerate().skip(start + 1) {
        if let Some(index) = t.dict.index_of_str(text) {
            let is_function = matches!(
                t.dict.map.borrow().slot(index),
                Some((_, Value::Function(_)))
            );
            return is_function.then(|| Cache::SuperMethod {
                this: Rc::as_ptr(&this) as usize,
                class: cls.version.get(),
                epoch: type_epoch(),
                mro_pos: pos as u32,
                index: index as u32,
            });
        }
    }
    None
}

/// A clone of the method a cache entry designates (for the JIT's guards).
pub fn method_value(c: Cache, obj: &Value, name: &Value) -> Option<Value> {
    // SAFETY: the function is only cloned.
    unsafe { method_entry(c, obj, name) }.cloned()
}

/// The class attribute a `Method` cache entry designates for `obj`, if the entry still
/// holds. The class and its dict are read without counting borrows (see `global_entry`).
///
/// # Safety
/// The caller drops the reference before anything can borrow `obj`'s class or a class dict
/// mutably: it only copies, clones or compares the value (no Python code runs meanwhile).
#[inline(always)]
pub unsafe fn method_entry<'a>(c: Cache, obj: &'a Value, name: &Value) -> Option<&'a Value> {
    let Cache::Method {
        class,
        epoch,
        mro_pos,
        index,
    } = c
    else {
        return None;
    };
    let Value::Instance(i) = obj else {
        return None;
    };
    if i.class_version() != class || type_epoch() != epoch {
        return None;
    }
    // SAFETY (both reads): `try_borrow_unguarded` fails while the cell is mutably borrowed,
    // and the caller's contract keeps it unborrowed while the reference lives.
    let cls = unsafe { i.class.try_borrow_unguarded() }.ok()?;
    // No instance attribute can shadow the method: the entry was filled when no instance of
    // the class had ever had one of that name, and a first such store changes the version.
    let owner = mro_at(cls, mro_pos)?;
    let m = unsafe { owner.dict.map.try_borrow_unguarded() }.ok()?;
    match m.slot(index as usize) {
        Some((k, v)) if key_is(&k.value, name) => Some(v),
        _ => None,
    }
}

/// The class at position `pos` of `cls`'s MRO (0 is `cls` itself).
#[inline(always)]
fn mro_at(cls: &PyType, pos: u32) -> Option<&PyType> {
    match pos {
        0 => Some(cls),
        p => cls.mro_rest.get(p as usize - 1).map(|t| &**t),
    }
}

/// Whether attribute `name` of instances of a class can be cached as a plain dict slot.
fn plain_instance_attr(obj: &Value, name: &str) -> Option<(u64, usize)> {
    let Value::Instance(i) = obj else {
        return None;
    };
    if i.exc.is_some() || name.starts_with("__") {
        return None;
    }
    let cls = i.class.borrow();
    if cls.kind != TypeKind::Object {
        return None;
    }
    if let Some(Value::Instance(_)) = cls.lookup(name) {
        // A property or user descriptor on the class may take precedence over the dict.
        return None;
    }
    let user_hook = |n: &str| matches!(cls.lookup(n), Some(Value::Function(_)));
    if user_hook("__setattr__") || user_hook("__getattribute__") {
        return None;
    }
    let index = i.dict.index_of_str(name)?;
    Some((cls.version.get(), index))
}

/// The slot of `name` in a module's dict, for a `ModuleAttr` entry. A native module's
/// keys (`math`, `sys`, ...) were made apart from the interner, like the builtins' (see
/// `load_global_fill`): the stored key becomes the site's interned, equal name, so the
/// hit's `key_is` is a pointer compare, not a `memcmp` (`math.sqrt` in nbody: 50 000 a
/// quick run). A dict borrowed meanwhile keeps its key.
fn module_index(dict: &PyDict, name: &Value, text: &str) -> Option<usize> {
    match dict.map.try_borrow_mut() {
        Ok(mut m) => m.get_full_key_mut(&name_key(name)).map(|(index, key, _)| {
            if matches!(name, Value::Str(_)) {
                key.value = name.clone();
            }
            index
        }),
        Err(_) => dict.index_of_str(text),
    }
}

impl Vm {
    pub fn load_global_fill(
        &mut self,
        globals: &PyDict,
        name: &Value,
        slot: &CacheSlot,
    ) -> PyResult<Value> {
        self.stats.fill(Family::LoadGlobal);
        let k = name_key(name);
        if let Some((index, _, v)) = globals.map.borrow().get_full(&k) {
            slot.fill(Cache::Global {
                index: index as u32,
            });
            return Ok(v.clone());
        }
        let found = match self.builtins.map.try_borrow_mut() {
            // The builtins' keys were made apart from the interner: the stored key becomes
            // the call site's (interned, equal) name, so that the cache hit's key check
            // (`key_is`) is a pointer compare instead of a string compare (~25
            // instructions per `len(x)`). Seeding the interner with the builtins' names
            // instead cost every program ~130k instructions at startup.
            Ok(mut m) => m.get_full_key_mut(&k).map(|(index, key, v)| {
                if matches!(name, Value::Str(_)) {
                    key.value = name.clone();
                }
                (index, v.clone())
            }),
            Err(_) => self
                .builtins
                .map
                .borrow()
                .get_full(&k)
                .map(|(index, _, v)| (index, v.clone())),
        };
        if let Some((index, v)) = found {
            let g = globals.map.borrow();
            slot.fill(Cache::Builtin {
                index: index as u32,
                globals_len: g.len() as u32,
                globals_last: last_key_addr(&g),
            });
            return Ok(v.clone());
        }
        Err(crate::error::name_error(name.as_str().unwrap_or("?")))
    }

    pub fn load_attr_fill(
        &mut self,
        obj: &Value,
        name: &Value,
        slot: &CacheSlot,
    ) -> PyResult<Value> {
        if let Some(v) = shared_table_attr(slot, obj, name) {
            return Ok(v);
        }
        let text = name.as_str().unwrap_or("");
        let v = self.getattr(obj, text)?;
        match obj {
            Value::Instance(_) => {
                if let Some((class, index)) = plain_instance_attr(obj, text) {
                    self.stats.fill(Family::LoadAttr);
                    slot.fill(Cache::InstanceAttr {
                        class,
                        epoch: type_epoch(),
                        index: index as u32,
                    });
                }
            }
            Value::Module(m) => {
                if let Some(index) = module_index(&m.dict, name, text) {
                    self.stats.fill(Family::LoadAttr);
                    slot.fill(Cache::ModuleAttr {
                        index: index as u32,
                    });
                }
            }
            _ => {}
        }
        Ok(v)
    }

    pub fn store_attr_fill(
        &mut self,
        obj: &Value,
        name: &Value,
        v: Value,
        slot: &CacheSlot,
    ) -> PyResult<()> {
        let Err(v) = shared_table_store(slot, obj, name, v) else {
            return Ok(());
        };
        let text = name.as_str().unwrap_or("");
        let len_before = match obj {
            Value::Instance(i) if !i.dict.contains_str(text) => Some(i.dict.len()),
            _ => None,
        };
        self.setattr(obj, text, v)?;
        if let (Some(len), Some(_), Value::Instance(i)) =
            (len_before, plain_instance_attr(obj, text), obj)
        {
            // The store added the attribute: cache the transition for the next new instance.
            let cls = i.class.borrow();
            if cls.attr_hint.get() < (len + 1) as u32 {
                cls.attr_hint.set((len + 1) as u32);
            }
            self.stats.fill(Family::StoreAttr);
            slot.fill(Cache::InstanceAdd {
                class: cls.version.get(),
                epoch: type_epoch(),
                len: len as u32,
            });
            return Ok(());
        }
        if let Some((class, index)) = plain_instance_attr(obj, text) {
            self.stats.fill(Family::StoreAttr);
            slot.fill(Cache::InstanceAttr {
                class,
                epoch: type_epoch(),
                index: index as u32,
            });
        }
        Ok(())
    }

    pub fn load_method_fill(
        &mut self,
        obj: Value,
        name: &Value,
        slot: &CacheSlot,
    ) -> PyResult<(Value, Value)> {
        let text = name.as_str().unwrap_or("");
        // `load_method` consumes the object; a module is kept to cache `module.function`.
        let module = match &obj {
            Value::Module(md) => Some(md.clone()),
            _ => None,
        };
        let class = match &obj {
            Value::Type(t) if !t.is_builtin => Some(t.clone()),
            _ => None,
        };
        let sup = match &obj {
            Value::Instance(i) if i.class.borrow().kind == TypeKind::Super => Some(i.clone()),
            _ => None,
        };
        let (m, s) = self.load_method(obj, text)?;
        if let (Some(t), Value::Builtin(b)) = (builtin_receiver(&self.types, &s), &m) {
            // Only the class's own method (not, say, a bound builtin some other path made):
            // the entry relies on the class's dict holding it.
            let own = t.dict.get_str(text);
            if matches!(&own, Some(Value::Builtin(o)) if Rc::ptr_eq(o, b)) {
                self.stats.fill(Family::LoadMethod);
                slot.fill(Cache::BuiltinMethod {
                    tag: std::mem::discriminant(&s),
                    frozen: matches!(&s, Value::Set(x) if x.frozen),
                    method: Rc::as_ptr(b),
                });
            }
        }
        if let (Some(md), Value::Null) = (&module, &s) {
            if let Some(index) = module_index(&md.dict, name, text) {
                self.stats.fill(Family::LoadMethod);
                slot.fill(Cache::ModuleAttr {
                    index: index as u32,
                });
            }
        }
        if let Some(sup) = &sup {
            if let Some(c) = super_method_entry(sup, text) {
                self.stats.fill(Family::LoadMethod);
                slot.fill(c);
            }
        }
        if let (Some(cls), Value::Function(_), Value::Null) = (&class, &m, &s) {
            // `Cls.f(...)` or `Cls.static_f(...)`: cache where the class's MRO has it, if that
            // is what `class_method_hit` will read (a function or a static method's).
            for (pos, t) in cls.mro().enumerate() {
                if let Some(index) = t.dict.index_of_str(text) {
                    let mut probe = Vec::new();
                    let c = Cache::ClassMethod {
                        class: cls.version.get(),
                        epoch: type_epoch(),
                        mro_pos: pos as u32,
                        index: index as u32,
                    };
                    if class_method_hit(c, &Value::Type(cls.clone()), name, &mut probe) {
                        self.stats.fill(Family::LoadMethod);
                        slot.fill(c);
                    }
                    break;
                }
            }
        }
        if let (Value::Instance(i), Value::Function(_)) = (&s, &m) {
            let cls = i.class.borrow().clone();
            if cls.kind != TypeKind::Super && cls.instances_never_have(text) {
                for (pos, t) in cls.mro().enumerate() {
                    if let Some(index) = t.dict.index_of_str(text) {
                        self.stats.fill(Family::LoadMethod);
                        slot.fill(Cache::Method {
                            class: cls.version.get(),
                            epoch: type_epoch(),
                            mro_pos: pos as u32,
                            index: index as u32,
                        });
                        break;
                    }
                }
            }
        }
        Ok((m, s))
    }
}
