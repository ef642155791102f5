//! Helpers compiled traces call for heap operations (see `ir::Helper`), and the per-trace
//! run-time state they use.
//!
//! Every helper is `extern "sysv64" fn(rt, k, tag, a, b, c) -> Ret`: `rt` is the trace's
//! [`TraceRt`], `k` a pool descriptor index (or a local number), `tag` the `Value` tag the
//! result must have (or the operand's, for setters), `a b c` operand payloads (ints, float
//! bits, object pointers). `Ret` comes back in `rax:rdx`: the result payload and whether the
//! operation succeeded; a failed helper has changed nothing, and the trace exits to the
//! snapshot of the call.
//!
//! This module is `unsafe` because helpers rebuild borrowed `Value`s from the (tag, payload)
//! pairs the trace holds. The trace only ever holds pairs that were read from live `Value`s
//! of that tag, whose objects are kept alive as `pool.rs` explains.

use super::entry::{payload_bits, tag_of};
use super::TAG_FLOAT;
use crate::pool::{Also, Desc, Pool};
use pyjit_runtime::interp::cache::{key_is, type_epoch, Cache};
use pyjit_runtime::interp::frame::Frame;
use pyjit_runtime::interp::jit_hook::Resume;
use pyjit_runtime::interp::specialize::{self, global_entry, method_entry};
use pyjit_runtime::object::{PyType, TypeKind};
use pyjit_runtime::vm::Vm;
use pyjit_runtime::Value;
use std::mem::ManuallyDrop;

/// Run-time state of a compiled trace, at a fixed address the code embeds.
pub struct TraceRt {
    /// The frame's locals while the trace runs (set by the trampoline).
    pub locals: *mut Value,
    /// The frame the trace runs on (set with `locals`, see [`TraceRt::set_frame`]):
    /// `deref`, `deref.store` and `stack.get` read its cells and operand stack. Neither
    /// vector is resized while the trace runs (exits push onto the stack only after the
    /// code returned).
    pub frame: *const Frame,
    /// The VM the trace runs in, for residual calls (`pycall`); set by the JIT before each
    /// entry (the hook's `vm` argument), valid while the trace runs.
    pub vm: *mut Vm,
    /// The JIT running the trace, set with `vm` (null in tests): a residual call installs it
    /// in the VM again so the callee's loops can run their own traces (`jit::nested_call`).
    pub jit: *mut crate::jit::Jit,
    /// Objects `storeobj` took out of locals, released when the iteration ends.
    pub deferred: Vec<Value>,
    /// The outcome of a residual call the trace exits after (a result of another type than
    /// the trace expects, or an exception): `apply_exit` hands it to the interpreter.
    pub pending: Option<Resume>,
    /// The second part of the pair `iter.walk2` just stepped to, for `iter.aux`.
    pub aux: u64,
    pub pool: Pool,
    /// The object stores exits make before jumping into the code they are linked to
    /// (`objexit::link_stores`): each such exit's stub names its range.
    pub link_stores: Vec<super::objexit::LinkStore>,
    /// The value of [`PYTHON_RAN`] when this code last passed all its global guards (its
    /// preamble, or its whole path for a side trace): while the counter still has that
    /// value no Python code ran since, so no global can have been rebound, and the code
    /// skips those guards (see `x64.rs`, *Global guards across links*). Written by the
    /// machine code only; `u64::MAX` (never the counter's value) until then.
    pub globals_at: u64,
}

/// Counts the points after which Python code may have run while compiled code was not
/// looking: every entry into compiled code from Rust (the interpreter ran before it) and
/// every residual call (`pycall`). Linked jumps between compiled code do not count: the
/// only way compiled code runs Python code is a residual call (other helpers run none,
/// and finalizers wait for the interpreter's next finalization point).
pub static PYTHON_RAN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Python code may have run (see [`PYTHON_RAN`]).
#[inline(always)]
pub fn python_ran() {
    use std::sync::atomic::Ordering::Relaxed;
    PYTHON_RAN.store(PYTHON_RAN.load(Relaxed).wrapping_add(1), Relaxed);
}

impl TraceRt {
    /// Point the trace at the frame it is about to run on.
    pub fn set_frame(&mut self, f: &mut Frame) {
        self.locals = f.fast.as_mut_ptr();
        self.frame = f;
    }
}

#[repr(C)]
pub struct Ret {
    pub val: u64,
    pub ok: u64,
}

pub type HelperFn = extern "sysv64" fn(*mut TraceRt, u64, u64, u64, u64, u64) -> Ret;

pub(super) const FAIL: Ret = Ret { val: 0, ok: 0 };

pub(super) fn ok(val: u64) -> Ret {
    Ret { val, ok: 1 }
}

/// A borrowed view of the value with this tag and payload.
///
/// # Safety
/// `(tag, bits)` must be the tag and payload of a live `Value` (see the module docs).
pub(super) unsafe fn view(tag: u8, bits: u64) -> ManuallyDrop<Value> {
    // SAFETY: `Value` is `#[repr(C, u64)]`, 16 bytes: tag word at offset 0 (its low byte holds the tag), payload at 8 (checked
    // at start-up by `value_layout_ok`). The pair comes from a live value (caller's contract),
    // so the result is a bitwise copy of it; `ManuallyDrop` keeps the copy from releasing the
    // reference it does not own.
    unsafe { ManuallyDrop::new(std::mem::transmute::<[u64; 2], Value>([tag as u64, bits])) }
}

/// `f` of the items of the list whose payload the trace passes as `list`; `None` when the
/// list is borrowed mutably elsewhere (the helper then fails, having changed nothing).
///
/// # Safety
/// `list` is the payload of a live list (the trace holds it: its IR type says so).
#[inline(always)]
pub(super) unsafe fn with_items<R>(list: u64, f: impl FnOnce(&[Value]) -> Option<R>) -> Option<R> {
    // SAFETY: the caller's contract.
    let v = unsafe { view(super::TAG_LIST, list) };
    let Value::List(l) = &*v else { return None };
    let items = l.items.try_borrow().ok()?;
    f(&items)
}

/// `with_items`, with the items borrowed mutably.
///
/// # Safety
/// As for [`with_items`].
#[inline(always)]
pub(super) unsafe fn with_items_mut<R>(
    list: u64,
    f: impl FnOnce(&mut Vec<Value>) -> Option<R>,
) -> Option<R> {
    // SAFETY: the caller's contract.
    let v = unsafe { view(super::TAG_LIST, list) };
    let Value::List(l) = &*v else { return None };
    let mut items = l.items.try_borrow_mut().ok()?;
    f(&mut items)
}

/// A new reference to the value with this tag and payload.
///
/// # Safety
/// As for [`view`].
pub(crate) unsafe fn owned(tag: u8, bits: u64) -> Value {
    // SAFETY: the caller's contract; the clone takes a reference of its own.
    unsafe { (*view(tag, bits)).clone() }
}

/// Are these the same object (the same number, for ints, floats and bools)?
pub(super) fn same(a: &Value, b: &Value) -> bool {
    tag_of(a) == tag_of(b) && payload_bits(a) == payload_bits(b)
}

pub(super) fn desc(rt: *mut TraceRt, k: u64) -> Option<&'static Desc> {
    // SAFETY: `rt` is the `TraceRt` of the running trace (its address is embedded in the
    // code, and the `Compiled` that owns it outlives the call). The pool is not modified
    // while the trace runs; the returned reference does not outlive the helper call.
    unsafe { &*rt }.pool.descs.get(k as usize)
}

pub(crate) extern "sysv64" fn guard_global(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    match desc(rt, k) {
        Some(Desc::Global {
            cache,
            globals,
            builtins,
            name,
            expect,
        }) => {
            // SAFETY: the global is only compared.
            match unsafe { global_entry(*cache, globals, builtins, name) } {
                Some(v) if same(v, expect) => ok(0),
                _ => FAIL,
            }
        }
        _ => FAIL,
    }
}

pub(crate) extern "sysv64" fn guard_modattr(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    match desc(rt, k) {
        Some(Desc::ModAttr {
            cache,
            module,
            name,
            expect,
        }) => {
            let holds = match cache {
                Cache::ClassMethod { .. } => {
                    specialize::class_method_value(*cache, module, name).map(|v| same(&v, expect))
                }
                _ => specialize::with_attr(*cache, module, name, |v| same(v, expect)),
            };
            match holds {
                Some(true) => ok(0),
                _ => FAIL,
            }
        }
        _ => FAIL,
    }
}

pub(crate) extern "sysv64" fn guard_method(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    obj: u64,
    _: u64,
    _: u64,
) -> Ret {
    let Some(Desc::Method { more, .. }) = desc(rt, k) else {
        return FAIL;
    };
    if method_holds(rt, k, obj).ok == 0 {
        return FAIL;
    }
    for &m in more {
        if method_holds(rt, m.into(), obj).ok == 0 {
            return FAIL;
        }
    }
    ok(0)
}

/// One `guard.method` descriptor's check (`guard_method` runs it for its own descriptor and
/// the ones merged into it).
#[inline(always)]
fn method_holds(rt: *mut TraceRt, k: u64, obj: u64) -> Ret {
    let Some(Desc::Method {
        cache,
        name,
        expect,
        hit,
        ..
    }) = desc(rt, k)
    else {
        return FAIL;
    };
    // SAFETY: the trace passes the payload of an instance it holds (its IR type says so).
    let v = unsafe { view(super::TAG_INSTANCE, obj) };
    let Value::Instance(i) = &*v else {
        return FAIL;
    };
    // (A class version is never 0: `class_version` gives 0 for a borrowed class cell.)
    let now = (i.class_version(), type_epoch());
    if now.0 != 0 && hit.get() == now {
        return ok(0);
    }
    // The method is compared where the class dict has it, not cloned out of it.
    // SAFETY: the method is only compared.
    let r = match unsafe { method_entry(*cache, &v, name) }.map(|m| same(m, expect)) {
        Some(true) => ok(0),
        Some(false) => FAIL,
        None => guard_method_other(rt, k, obj),
    };
    if r.ok != 0 && now.0 != 0 {
        hit.set(now);
    }
    r
}

/// `guard.method` of an instance of another class than the recorded one: it passes when
/// that class gives the same function `expect` for the name (inherited from a common base)
/// with what `Vm::load_method_fill` checks before caching a method — an ordinary class, no
/// instance ever had an attribute of that name, no `__getattribute__` of its own — at the
/// recorded type epoch. The answer is remembered in `also` by the class's version.
#[cold]
#[inline(never)]
fn guard_method_other(rt: *mut TraceRt, k: u64, obj: u64) -> Ret {
    let Some(Desc::Method {
        cache: Cache::Method { epoch, .. },
        name,
        expect,
        also,
        ..
    }) = desc(rt, k)
    else {
        return FAIL;
    };
    // SAFETY: as in `guard_method`.
    let v = unsafe { view(super::TAG_INSTANCE, obj) };
    let (Value::Instance(i), Some(text)) = (&*v, name.as_str()) else {
        return FAIL;
    };
    let Ok(c) = i.class.try_borrow() else {
        return FAIL;
    };
    if type_epoch() != *epoch {
        return FAIL;
    }
    let version = c.version.get();
    let hit = match also.get(version) {
        Some(answer) => answer,
        None => also.set(
            version,
            c.kind == TypeKind::Object
                && c.instances_never_have(text)
                && !matches!(c.lookup("__getattribute__"), Some(Value::Function(_)))
                && c.lookup(text).is_some_and(|m| same(&m, expect)),
        ),
    };
    if hit {
        ok(0)
    } else {
        FAIL
    }
}

/// The dict slot of instance attribute `k` of `obj`, if the cache entry holds.
fn with_attr<T>(
    rt: *mut TraceRt,
    k: u64,
    obj: u64,
    f: impl FnOnce(&mut Value) -> Option<T>,
) -> Option<T> {
    let Some(Desc::Attr {
        cache:
            Cache::InstanceAttr {
                class,
                epoch,
                index,
            },
        name,
    }) = desc(rt, k)
    else {
        return None;
    };
    // SAFETY: the trace passes the payload of an instance it holds (its IR type says so).
    let v = unsafe { view(super::TAG_INSTANCE, obj) };
    let Value::Instance(i) = &*v else { return None };
    if i.class.try_borrow().ok()?.version.get() != *class || type_epoch() != *epoch {
        return None;
    }
    let mut m = i.dict.map.try_borrow_mut().ok()?;
    let (key, slot) = m.slot_mut(*index as usize)?;
    if !key_is(&key.value, name) {
        return None;
    }
    f(slot)
}

/// The address of the `Value` of instance attribute `k` of `obj`, if the cache entry
/// holds. The address stays valid while the dict's key set does not change, which nothing a
/// trace does can cause; the trace reads and writes the value there inline.
pub(crate) extern "sysv64" fn attr_slot(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    obj: u64,
    _: u64,
    _: u64,
) -> Ret {
    with_attr(rt, k, obj, |v| Some(v as *mut Value as u64)).map_or(FAIL, ok)
}

/// How a dict table lays out its entries, measured once on a probe dict: the distance
/// between the key `Value`s of consecutive entries, and from an entry's key `Value` to its
/// value `Value`. `None` if the entries are not evenly spaced (then traces use `attr.slot`).
pub fn dict_layout() -> Option<(i64, i64)> {
    static LAYOUT: std::sync::OnceLock<Option<(i64, i64)>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let d = pyjit_runtime::object::PyDict::new();
        for (i, k) in ["a", "b", "c", "d"].iter().enumerate() {
            d.set_str(k, Value::Int(i as i64));
        }
        let m = d.map.borrow();
        let key = |i: usize| m.get_index(i).map(|(k, _)| &k.value as *const Value as i64);
        let val = |i: usize| m.get_index(i).map(|(_, v)| v as *const Value as i64);
        let stride = key(1)? - key(0)?;
        let val_off = val(0)? - key(0)?;
        let even = (0..4).all(|i| {
            key(i) == Some(key(0).unwrap_or(0) + stride * i as i64)
                && val(i) == key(i).map(|k| k + val_off)
        });
        (even && stride > 0).then_some((stride, val_off))
    })
}

/// `attr.base`: the address of the key `Value` of entry 0 of the instance's dict, if its
/// class has the recorded version, the type epoch is the recorded one and the dict has the
/// entries the trace addresses. The entries stay put while the trace runs (nothing in a
/// trace adds or removes attributes); `attr.at` then checks each key inline.
pub(crate) extern "sysv64" fn attr_base(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    obj: u64,
    _: u64,
    _: u64,
) -> Ret {
    let Some(Desc::AttrBase {
        class,
        epoch,
        max_index,
        ..
    }) = desc(rt, k)
    else {
        return FAIL;
    };
    // SAFETY: the trace passes the payload of an instance it holds (its IR type says so).
    let v = unsafe { view(super::TAG_INSTANCE, obj) };
    let Value::Instance(i) = &*v else { return FAIL };
    let recorded = matches!(i.class.try_borrow(),
        Ok(c) if c.version.get() == *class && type_epoch() == *epoch);
    if !recorded {
        // (The class is no longer borrowed here: the other path is a tail call.)
        return attr_base_other(rt, k, obj);
    }
    dict_base(i, *max_index)
}

/// The address of the first entry of `i`'s attribute dict (`attr.base`'s result), if the
/// dict is not borrowed and holds an entry at `max_index`.
#[inline(always)]
fn dict_base(i: &pyjit_runtime::object::Instance, max_index: u32) -> Ret {
    let Ok(m) = i.dict.map.try_borrow() else {
        return FAIL;
    };
    if m.slots() <= max_index as usize {
        return FAIL;
    }
    m.slot(0)
        .map_or(FAIL, |(k, _)| ok(&k.value as *const Value as u64))
}

/// `attr.base` of an instance of another class than the recorded one: the same, if that
/// class's instance attributes are all plain dict entries too (`plain_class`), at the
/// recorded type epoch.
#[cold]
#[inline(never)]
fn attr_base_other(rt: *mut TraceRt, k: u64, obj: u64) -> Ret {
    let Some(Desc::AttrBase {
        epoch,
        max_index,
        also,
        ..
    }) = desc(rt, k)
    else {
        return FAIL;
    };
    // SAFETY: as in `attr_base`.
    let v = unsafe { view(super::TAG_INSTANCE, obj) };
    let Value::Instance(i) = &*v else { return FAIL };
    if i.exc.is_some() || type_epoch() != *epoch {
        return FAIL;
    }
    match i.class.try_borrow() {
        Ok(c) if plain_class(&c, also) => {}
        _ => return FAIL,
    }
    dict_base(i, *max_index)
}

/// Whether every instance attribute of class `c` is a plain dict entry, for reads and
/// stores (what `plain_instance_attr` checks per name, for all names: no descriptor anywhere
/// in the MRO, no `__setattr__`/`__getattribute__` of its own), so that `attr.base` recorded
/// for another class may hand out the dict of an instance of `c` too. Remembered in `also`.
#[cold]
#[inline(never)]
fn plain_class(c: &std::rc::Rc<PyType>, also: &Also) -> bool {
    let version = c.version.get();
    if let Some(answer) = also.get(version) {
        return answer;
    }
    let plain = c.kind == TypeKind::Object
        && c.mro().all(|t| {
            t.dict.map.borrow().iter().all(|(k, v)| match v {
                Value::Instance(_) => false,
                Value::Function(_) => !matches!(
                    k.value.as_str(),
                    Some("__setattr__" | "__getattribute__" | "__delattr__")
                ),
                _ => true,
            })
        });
    also.set(version, plain)
}

/// A number of the given tag.
pub(super) fn number(tag: u64, bits: u64) -> Value {
    if tag == TAG_FLOAT as u64 {
        Value::Float(f64::from_bits(bits))
    } else {
        Value::Int(bits as i64)
    }
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_))
}

pub(super) fn index(i: u64, len: usize) -> Option<usize> {
    let i = i as i64;
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

pub(crate) extern "sysv64" fn list_get(
    _: *mut TraceRt,
    _: u64,
    tag: u64,
    list: u64,
    i: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a list it holds.
    let bits = unsafe {
        with_items(list, |items| {
            match index(i, items.len()).map(|j| &items[j]) {
                Some(x) if tag_of(x) as u64 == tag => Some(payload_bits(x)),
                _ => None,
            }
        })
    };
    bits.map_or(FAIL, ok)
}

pub(crate) extern "sysv64" fn tuple_get(
    _: *mut TraceRt,
    _: u64,
    tag: u64,
    t: u64,
    i: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a tuple it holds.
    let v = unsafe { view(super::TAG_TUPLE, t) };
    let Value::Tuple(t) = &*v else { return FAIL };
    match index(i, t.items.len()).map(|j| &t.items[j]) {
        Some(x) if tag_of(x) as u64 == tag => ok(payload_bits(x)),
        _ => FAIL,
    }
}

pub(crate) extern "sysv64" fn list_set(
    _: *mut TraceRt,
    _: u64,
    tag: u64,
    list: u64,
    i: u64,
    val: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a list it holds.
    let done = unsafe {
        with_items_mut(list, |items| {
            let n = items.len();
            match index(i, n).map(|j| &mut items[j]) {
                Some(x) if is_number(x) => {
                    *x = number(tag, val);
                    Some(())
                }
                _ => None,
            }
        })
    };
    done.map_or(FAIL, |()| ok(0))
}

pub(crate) extern "sysv64" fn len(
    _: *mut TraceRt,
    _: u64,
    tag: u64,
    seq: u64,
    _: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a list, tuple, set or dict it holds, with its
    // tag.
    let v = unsafe { view(tag as u8, seq) };
    match &*v {
        Value::List(l) => l.items.try_borrow().map_or(FAIL, |i| ok(i.len() as u64)),
        Value::Tuple(t) => ok(t.items.len() as u64),
        v => len_table(v),
    }
}

/// `len` of a set or dict, out of line: with these arms in `len` itself, the list case
/// took two instructions more (nbody +0.05%).
#[cold]
#[inline(never)]
fn len_table(v: &Value) -> Ret {
    match v {
        Value::Set(s) => s.set.try_borrow().map_or(FAIL, |i| ok(i.len() as u64)),
        Value::Dict(d) => d.map.try_borrow().map_or(FAIL, |m| ok(m.len() as u64)),
        _ => FAIL,
    }
}

/// `math.<MATH_FNS[k]>(x)`, with the interpreter's error rules (`modules/math.rs`): a NaN
/// from a non-NaN argument or an infinity from a finite one fails (the interpreter raises).
pub(crate) extern "sysv64" fn math(_: *mut TraceRt, k: u64, _: u64, x: u64, _: u64, _: u64) -> Ret {
    let Some(&(_, f)) = crate::ir::MATH_FNS.get(k as usize) else {
        return FAIL;
    };
    let x = f64::from_bits(x);
    let r = f(x);
    if (r.is_nan() && !x.is_nan()) || (r.is_infinite() && x.is_finite()) {
        return FAIL;
    }
    ok(r.to_bits())
}

/// `storeobj`: local `k` takes a new reference to the object; the old value is released
/// when the iteration ends (`release`).
pub(crate) extern "sysv64" fn store_local(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    bits: u64,
    _: u64,
    _: u64,
) -> Ret {
    // SAFETY: `rt.locals` points to the frame's locals while the trace runs, and the trace's
    // entry requirements guarantee local `k` exists; `(tag, bits)` is a live value.
    unsafe {
        let rt = &mut *rt;
        let new = owned(tag as u8, bits);
        let old = std::mem::replace(&mut *rt.locals.add(k as usize), new);
        rt.deferred.push(old);
    }
    ok(0)
}

/// End of an iteration: release what `storeobj` took out of locals.
pub(crate) extern "sysv64" fn release(
    rt: *mut TraceRt,
    _: u64,
    _: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    // SAFETY: as in `desc`; no reference into `deferred` is live here.
    unsafe { &mut *rt }.deferred.clear();
    // A safe point for the cycle collector: across the back-edge the trace carries objects
    // only in locals, which the frame owns (see `pyjit_runtime::gc`).
    if pyjit_runtime::gc::pending() {
        pyjit_runtime::gc::collect();
    }
    ok(0)
}

/// The class of a `Desc::Class`, if it still has the recorded version and the type epoch is
/// the recorded one.
fn class_ok(rt: *mut TraceRt, k: u64) -> Option<&'static std::rc::Rc<PyType>> {
    let Some(Desc::Class {
        class: Value::Type(cls),
        version,
        epoch,
    }) = desc(rt, k)
    else {
        return None;
    };
    (cls.version.get() == *version && type_epoch() == *epoch).then_some(cls)
}

/// `guard.class`: class `k` is unchanged; with an instance operand (`tag` is then the
/// instance tag), that instance's class is exactly it.
pub(crate) extern "sysv64" fn guard_class(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    obj: u64,
    _: u64,
    _: u64,
) -> Ret {
    let Some(cls) = class_ok(rt, k) else {
        return FAIL;
    };
    if tag == super::TAG_INSTANCE as u64 {
        // SAFETY: with an operand, the trace passes the payload of an instance it holds.
        let v = unsafe { view(super::TAG_INSTANCE, obj) };
        let Value::Instance(i) = &*v else { return FAIL };
        let same = match i.class.try_borrow() {
            Ok(c) => std::rc::Rc::ptr_eq(&c, cls),
            Err(_) => false,
        };
        if !same {
            return FAIL;
        }
    }
    ok(0)
}

/// Keep `v` until the iteration ends (objects only): a local or the stack may still refer
/// to it as a payload the trace holds.
pub(crate) fn defer(rt: *mut TraceRt, v: Value) {
    if tag_of(&v) > super::TAG_PLAIN_MAX {
        // SAFETY: `rt` is the running trace's (see `desc`); no reference into `deferred` is
        // live here.
        unsafe { &mut *rt }.deferred.push(v);
    }
}

/// The payload of `v`, which the trace may use until the iteration ends (an object is kept
/// in `deferred`, the trace holding no reference of its own).
pub(crate) fn hand_out(rt: *mut TraceRt, v: Value) -> u64 {
    let bits = payload_bits(&v);
    defer(rt, v);
    bits
}

/// `new`: a fresh instance of class `k`, made as the interpreter makes one. The trace's
/// reference waits in `deferred` (released at the end of the iteration or at an exit, after
/// the exit's frame and stack took references of their own).
pub(crate) extern "sysv64" fn new(rt: *mut TraceRt, k: u64, _: u64, _: u64, _: u64, _: u64) -> Ret {
    let Some(Desc::Class {
        class: Value::Type(cls),
        ..
    }) = desc(rt, k)
    else {
        return FAIL;
    };
    let v = Value::Instance(pyjit_runtime::class::new_instance(cls));
    ok(hand_out(rt, v))
}

/// `setattr`: attribute `k` of a fresh instance (`a`) becomes the value `(tag, val)`, with a
/// reference of the dict's own — the interpreter's plain instance store (`generic_setattr`),
/// which the recorder checked applies (no `__setattr__`, descriptor or `__slots__`).
pub(crate) extern "sysv64" fn setattr(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    obj: u64,
    val: u64,
    _: u64,
) -> Ret {
    let Some(Desc::SetAttr { name, noted }) = desc(rt, k) else {
        return FAIL;
    };
    // SAFETY: the trace passes the payload of an instance it holds and the tag and payload
    // of a live value (or a number it computed).
    let (o, v) = unsafe { (view(super::TAG_INSTANCE, obj), owned(tag as u8, val)) };
    let Value::Instance(i) = &*o else { return FAIL };
    if let (Ok(c), Value::Str(s)) = (i.class.try_borrow(), name) {
        let at = std::rc::Rc::as_ptr(&*c) as usize;
        if noted.get() != (at, c.version.get()) {
            c.note_instance_attr(s.as_str());
            noted.set((at, c.version.get()));
        }
    }
    i.dict.set_name(name.clone(), v);
    ok(0)
}

/// `list.append(v)` (`a` the list, `(tag, val)` the value): the list takes a new reference.
pub(crate) extern "sysv64" fn list_append(
    _: *mut TraceRt,
    _: u64,
    tag: u64,
    list: u64,
    val: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payload of a list it holds and the tag and payload of a
    // live value (or a number it computed).
    let v = unsafe { owned(tag as u8, val) };
    // SAFETY: as above.
    let done = unsafe {
        with_items_mut(list, |items| {
            items.push(v);
            Some(())
        })
    };
    done.map_or(FAIL, |()| ok(0))
}

/// `attr.store`: the attribute `Value` at `p` (an address from `attr.at`/`attr.slot`)
/// becomes `(tag, val)`, with a reference of its own. The old value moves to `deferred`,
/// released when the iteration ends, so objects only it kept alive stay valid for the rest
/// of the iteration. When it is the last reference to an instance of a class with
/// `__del__` or to a generator — not counting the trace's own in `deferred`, which go when
/// the iteration ends — nothing is stored and the trace exits: the interpreter makes the
/// store and runs the finalizer at once, where CPython does.
pub(crate) extern "sysv64" fn attr_store(
    rt: *mut TraceRt,
    _: u64,
    tag: u64,
    p: u64,
    val: u64,
    _: u64,
) -> Ret {
    // SAFETY: `p` is the address of a live attribute `Value` inside an instance dict the
    // trace checked (`attr.at`/`attr.slot`: nothing in a trace adds or removes attributes,
    // so it stays valid); no other reference to that `Value` is live while the helper runs.
    // `(tag, val)` is a live value (or a number the trace computed); no reference into
    // `deferred` is live here.
    unsafe {
        let rt = &mut *rt;
        let slot = &mut *(p as *mut Value);
        let count = match &*slot {
            Value::Instance(i) if i.class.try_borrow().map_or(true, |c| c.has_del.get()) => {
                Some(std::rc::Rc::strong_count(i))
            }
            Value::Generator(g) => Some(std::rc::Rc::strong_count(g)),
            _ => None,
        };
        if let Some(count) = count {
            // The trace's own references (`deferred`: a residual call's result, an earlier
            // store's old value) go when the iteration ends: freed then unless someone else
            // holds one.
            let ours = rt.deferred.iter().filter(|d| same(d, slot)).count();
            if count <= 1 + ours {
                return FAIL;
            }
        }
        let old = std::mem::replace(slot, owned(tag as u8, val));
        rt.deferred.push(old);
    }
    ok(0)
}

/// `pycall`: call function `k` (a `Desc::PyCall`) with the operands as positional
/// arguments through the interpreter, as its `Call`/`CallMethod` would
/// (`Vm::call_positional`: the same binding, recursion check, pooled frame and traceback). A result of tag `tag` is returned
/// (the trace owns it until the iteration ends, in `deferred`); a result of another tag, or
/// an exception, waits in `pending` and the call fails — the trace exits to the call's
/// snapshot, after the call instruction, and `apply_exit` gives the interpreter the value to
/// push or the exception to raise. The call is never made twice.
///
/// With a local's number plus one in the high half of `k` (`Cg::fuse_store`: the trace's
/// next instruction is `storeobj` of the result into that local), a result of tag `tag`
/// goes into the local instead, whose old value waits in `deferred` (`store_local`).
pub(crate) extern "sysv64" fn pycall(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    a: u64,
    b: u64,
    c: u64,
) -> Ret {
    let store = (k >> 32) as usize;
    let k = k & u64::from(u32::MAX);
    let (func, tags, loops) = match desc(rt, k) {
        Some(Desc::PyCall { func, tags, loops }) => (func, tags, loops),
        // (The trace calls `backend/gen.rs` directly: `Cg::helper_fn`.)
        Some(&Desc::GenNext { pair, .. }) => {
            return match pair {
                false => super::gen::gen_step_helper::<false>(rt, k, tag, a, b, c),
                true => super::gen::gen_step_helper::<true>(rt, k, tag, a, b, c),
            }
        }
        _ => return FAIL,
    };
    let Value::Function(func) = func else {
        return FAIL;
    };
    let func = func.clone();
    let argc = tags.iter().take_while(|&&t| t != 0).count();
    // SAFETY: the trace passes the payloads of live values with the tags the recorder saw
    // (their IR types), which `tags` lists; `owned` takes a reference of its own to each.
    let words = [a, b, c];
    let args = words[..argc]
        .iter()
        .zip(tags)
        .map(|(&bits, &t)| unsafe { owned(t, bits) });
    // SAFETY: `rt.vm` is the VM running the trace (the hook's argument, set before every entry,
    // while the JIT is out of `Vm::jit`); nothing else uses it while the trace runs. The
    // callee cannot reach the trace's frame (only `rt.locals`, which it never sees), and the
    // references the trace holds are owned elsewhere (`pool.rs`; the recorder keeps what the
    // callee could free). It reaches the JIT only through `nested_call`'s hook, which never
    // enters or frees this trace (see there); `rt.jit` is set with `rt.vm`.
    let r = unsafe {
        let (vm, jit) = (
            (*rt).vm,
            if *loops {
                (*rt).jit
            } else {
                std::ptr::null_mut()
            },
        );
        crate::jit::nested_call(jit, vm, || (*vm).call_positional(&func, args, argc))
    };
    python_ran();
    // SAFETY: as in `desc`; no reference into `deferred` or `pending` is live here.
    let rt = unsafe { &mut *rt };
    match r {
        Ok(v) if tag_of(&v) as u64 == tag => {
            let bits = payload_bits(&v);
            if store != 0 {
                // SAFETY: `rt.locals` points to the frame's locals while the trace runs, and
                // the trace's entry requirements guarantee the local it stores exists.
                let slot = unsafe { &mut *rt.locals.add(store - 1) };
                rt.deferred.push(std::mem::replace(slot, v));
            } else if tag > super::TAG_PLAIN_MAX as u64 {
                rt.deferred.push(v);
            }
            ok(bits)
        }
        Ok(v) => {
            rt.pending = Some(Resume::Push(v));
            FAIL
        }
        Err(e) => {
            rt.pending = Some(Resume::Raise(e));
            FAIL
        }
    }
}

/// `keep`: the trace takes a reference to each operand (tags in `Desc::Keep` `k`), released
/// when the iteration ends.
pub(crate) extern "sysv64" fn keep(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    a: u64,
    b: u64,
    c: u64,
) -> Ret {
    let Some(Desc::Keep { tags }) = desc(rt, k) else {
        return FAIL;
    };
    let tags = *tags;
    // SAFETY: as in `desc`; no reference into `deferred` is live here.
    let rt = unsafe { &mut *rt };
    for (&bits, t) in [a, b, c].iter().zip(tags) {
        if t != 0 {
            // SAFETY: the trace passes the payloads of live objects with these tags.
            rt.deferred.push(unsafe { owned(t, bits) });
        }
    }
    ok(0)
}

/// `deref`: the content of cell `k` of the running frame, if it has tag `tag` (borrowed:
/// the cell owns it, and only `deref.store` or a residual call, both barriers, rebind it).
pub(crate) extern "sysv64" fn deref(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    // SAFETY: as in `desc`; `frame` is the running frame (`set_frame`), which lives while
    // the trace runs and which nothing writes meanwhile but the trace's own slot stores
    // (locals) — its cells and stack are only read here.
    let Some(cell) = (unsafe { &*(*rt).frame }).cells.get(k as usize) else {
        return FAIL;
    };
    let Ok(v) = cell.try_borrow() else {
        return FAIL;
    };
    if tag_of(&v) as u64 != tag {
        return FAIL;
    }
    ok(payload_bits(&v))
}

/// `deref.store`: cell `k` takes a new reference to `(tag, val)`; the old value waits in
/// `deferred` until the iteration ends (what the trace read from it stays valid). Fails,
/// storing nothing, when the old value is an instance or a generator: it may be the last
/// reference to something with a finalizer, which the interpreter then runs at once.
pub(crate) extern "sysv64" fn deref_store(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    val: u64,
    _: u64,
    _: u64,
) -> Ret {
    // SAFETY: as in `deref` (the cell's content changes through its `RefCell`, not the
    // frame); no reference into `deferred` is live here.
    let rt = unsafe { &mut *rt };
    let Some(cell) = (unsafe { &*rt.frame }).cells.get(k as usize) else {
        return FAIL;
    };
    let Ok(mut slot) = cell.try_borrow_mut() else {
        return FAIL;
    };
    if matches!(&*slot, Value::Instance(_) | Value::Generator(_)) {
        return FAIL;
    }
    // SAFETY: `(tag, val)` is a live value (or a number the trace computed).
    let old = std::mem::replace(&mut *slot, unsafe { owned(tag as u8, val) });
    drop(slot);
    rt.deferred.push(old);
    ok(0)
}

/// Entry `d` of the running frame's operand stack (an iterator or value below the loop
/// header's depth), borrowed from the frame.
pub(crate) fn frame_stack<'a>(rt: *mut TraceRt, d: u64) -> Option<&'a Value> {
    // SAFETY: `rt.frame` is the frame the trace runs on (`TraceRt::set_frame`), which lives
    // while the trace runs; its stack is not resized meanwhile, and entries below the loop's
    // depth are only read by the helpers (an iterator's state is a `RefCell`).
    unsafe { &*(*rt).frame }.stack.get(d as usize)
}

/// `stack.get`: the payload of operand-stack entry `k` of the running frame (below the loop
/// header's depth, owned by the frame), if it has tag `tag`.
pub(crate) extern "sysv64" fn stack_get(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    let Some(v) = frame_stack(rt, k) else {
        return FAIL;
    };
    if tag_of(v) as u64 != tag {
        return FAIL;
    }
    ok(payload_bits(v))
}

/// `contains`: `item in container` (`not in` with bit 16 of `k`) as 0/1, when
/// `Vm::contains_simple` can answer it (no Python code, no exception); fails otherwise.
pub(crate) extern "sysv64" fn contains(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    container: u64,
    item: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes payloads of live values with the tags the recorder saw,
    // which `k` carries.
    let (c, i) = unsafe { (view(k as u8, container), view((k >> 8) as u8, item)) };
    // An int in a set (nqueens' three `in`s an iteration): one probe, comparing ints inline
    // (anything it cannot answer takes the general path below).
    if let (Value::Set(s), &Value::Int(n)) = (&*c, &*i) {
        if let Some(b) = pyjit_runtime::object::quick_set_contains_int(s, n) {
            return ok((b != (k >> 16 & 1 == 1)) as u64);
        }
    }
    // SAFETY: `rt.vm` is the VM running the trace (see `pycall`); `contains_simple` runs no
    // Python code and only hashes simple values with it.
    let r = unsafe { (*(*rt).vm).contains_simple(&c, &i) };
    match r {
        Some(b) => ok((b != (k >> 16 & 1 == 1)) as u64),
        None => FAIL,
    }
}

/// `build`: a new list or tuple (bit 0 of `k`) of the `(k >> 1) & 3` operands, whose tags
/// are the bytes of `k >> 8`. The trace owns it (`deferred`) until the iteration ends.
pub(crate) extern "sysv64" fn build(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    a: u64,
    b: u64,
    c: u64,
) -> Ret {
    let n = ((k >> 1) & 3) as usize;
    let words = [a, b, c];
    let items: Vec<Value> = (0..n)
        // SAFETY: the trace passes payloads of live values (or numbers it computed) with
        // these tags.
        .map(|i| unsafe { owned((k >> (8 + 8 * i)) as u8, words[i]) })
        .collect();
    let v = if k & 1 == 1 {
        Value::tuple(items)
    } else {
        Value::list(items)
    };
    ok(hand_out(rt, v))
}

/// The helper implementing an IR helper call.
pub fn of(h: crate::ir::Helper) -> HelperFn {
    use super::containers::*;
    use crate::ir::Helper::*;
    match h {
        GuardGlobal => guard_global,
        GuardModAttr => guard_modattr,
        GuardMethod => guard_method,
        AttrSlot => attr_slot,
        AttrBase => attr_base,
        ListGet => list_get,
        TupleGet => tuple_get,
        ListSet => list_set,
        Len => len,
        Math => math,
        GuardClass => guard_class,
        New => new,
        SetAttr => setattr,
        ListAppend => list_append,
        AttrStore => attr_store,
        PyCall => pycall,
        Keep => keep,
        Deref => deref,
        DerefStore => deref_store,
        StackGet => stack_get,
        Contains => contains,
        Build => build,
        ListPop => list_pop,
        ListInsert => list_insert,
        ListRemove => list_remove,
        ListIndex => list_index,
        GuardSet => guard_set,
        SetAdd => set_add,
        SetDiscard => set_discard,
        SetRemove => set_remove,
        DictGet => dict_get,
        DictSet => dict_set,
        Pow => pow,
        ListRepeat => list_repeat,
        UnpackRest => unpack_rest,
        StrMod => str_mod,
        IterNew => super::iters::iter_new,
        IterStep => super::iters::iter_step,
        IterReset => super::iters::iter_reset,
        IterWalk => super::walk::iter_walk,
        IterWalk2 => super::walk::iter_walk2,
        IterAux => super::walk::iter_aux,
        IterCount => super::gen::iter_count,
        StrCmp => super::walk::str_cmp,
    }
}
