//! The cycle collector: frees reference cycles that reference counting cannot.
//!
//! Trial deletion (as CPython's `gc`), with `Rc::strong_count` as the reference count:
//!
//! * **Tracked objects.** Instances, lists, dicts and functions made by the paths that call
//!   `track_*` are in a per-thread registry: a `Vec` of their addresses, each object's
//!   `GcLink` field holding its index there (a push and a store). The object's `Drop` takes
//!   it out (`untrack`: its entry becomes 0, in O(1); `Registry::compact` squeezes the
//!   zeros out once they outnumber the live entries, keeping the order), so the registry
//!   holds only live tracked objects and pins no memory. Tuples, sets, cells and bound
//!   methods are not registered; the collector finds those reachable from a tracked object
//!   while it traverses. Types, modules, generators, iterators and exception state are
//!   never traversed: what they refer to counts as referenced from outside, so nothing they
//!   reach is freed (conservative, never wrong).
//! * **Collection.** The nodes are the tracked objects (after a `compact`: node index =
//!   registry index = the `GcLink`, so finding a tracked child hashes nothing) and every
//!   traversable object reachable from them (untracked ones are found through an address
//!   map). A node's references from other nodes are counted; a node with more references
//!   than that (`strong_count` minus internal ones) is referenced from outside — a frame, a
//!   global, a cache, a trace, anything not traversed — and is a root, as is a node whose
//!   `RefCell` is borrowed right now (its contents cannot be read) and an instance of a
//!   class with `__del__` (CPython would finalize such a cycle; pyjit leaves it alive).
//!   Everything reachable from a root survives; the rest is referenced only by other
//!   garbage, and is freed by emptying its containers (lists, dicts, sets, cells), which
//!   breaks the cycles.
//! * **When.** When the registry has grown past `max(MIN_THRESHOLD, k × survivors of the
//!   last collection)` a collection is due (k = 2, doubled up to 8 after each collection
//!   that freed almost nothing). It runs at the next safe point: the VM's finalization
//!   points (`Vm::run_pending_finalizers`) and the JIT's iteration-end release, where no
//!   `RefCell` borrow of the running code is held and every object a trace holds is owned
//!   by something the collector sees as a root. The growing threshold keeps the total work
//!   linear in the number of allocations.

use crate::object::{Function, Instance, PyDict, PyList};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::mem::{offset_of, ManuallyDrop};
use std::rc::Rc;

/// Hashes node addresses (already unique; multiplied to spread the low bits).
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    fn write_usize(&mut self, i: usize) {
        let x = (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = x ^ (x >> 32);
    }
}

type AddrMap = HashMap<usize, u32, BuildHasherDefault<AddrHasher>>;

/// The smallest number of tracked objects that makes a collection due.
const MIN_THRESHOLD: usize = 10_000;

/// The most the registry may grow past the last collection's survivors before the next one
/// (see `Registry::growth`). A program that builds a large live structure and no garbage
/// (float: 800 000 points in a list) made 18 collections that freed nothing, 16% of its
/// time; backing off after fruitless collections makes that 2. The cap bounds how much
/// cyclic garbage can pile up once collections become fruitful again: 8 times the live set.
const MAX_GROWTH: usize = 8;

/// Dead registry entries below which `untrack` never compacts.
const COMPACT_MIN: usize = 1024;

/// `GcLink` of an object not in the registry.
const NOT_TRACKED: usize = usize::MAX;

/// The collector's field in each object it can track (instances, lists, dicts, functions):
/// the object's index in the registry, or `NOT_TRACKED`. Set by `track_*`, cleared by the
/// object's `Drop` (`untrack`), which zeroes the entry in O(1).
pub struct GcLink(Cell<usize>);

impl GcLink {
    pub const fn new() -> Self {
        GcLink(Cell::new(NOT_TRACKED))
    }

    /// The registry index, if tracked.
    #[inline]
    fn index(&self) -> Option<usize> {
        let i = self.0.get();
        (i != NOT_TRACKED).then_some(i)
    }
}

impl Default for GcLink {
    fn default() -> Self {
        GcLink::new()
    }
}

// Registry entries: the address of the object's `GcLink` (inside its `Rc`), with the
// object's kind in the low two bits (a `GcLink` is 8-aligned). `compact` updates an
// entry's index through the address alone, with no dispatch on the kind; the object is the
// address minus the field's offset. The address is computed from `Rc::as_ptr` (not from a
// reference to the field), so a pointer rebuilt from it may reach the whole object.
const INSTANCE: usize = 0;
const LIST: usize = 1;
const DICT: usize = 2;
const FUNCTION: usize = 3;
const KIND: usize = 3;
const _: () = assert!(std::mem::align_of::<GcLink>() > KIND);

/// The registry's invariant, on which every `unsafe` below rests: an entry is the address
/// (other than 0) of the `GcLink` of an object of the entry's kind that lives in an `Rc` allocation whose
/// value has not been dropped, and that `GcLink` holds the entry's index. `track` adds
/// entries only for objects already in an `Rc` (whose value never moves: nothing takes a
/// tracked object out of its `Rc` — no `Rc::try_unwrap`, `into_inner` or `get_mut` on these
/// types — and only this module can change a `GcLink`), and the first thing each tracked
/// type's `Drop` does is `untrack`, which removes the entry before the value is torn down
/// and its memory freed. So an entry's strong count is at least 1. Every `Rc` here is
/// thread-bound, as is the registry.
struct Registry {
    /// Entries in registration order; 0 where an object was dropped (`untrack`), until
    /// `compact` squeezes those out.
    objects: Vec<usize>,
    /// How many entries are 0.
    dead: usize,
    /// Number of tracked objects at which a collection is due.
    threshold: usize,
    /// `MIN_THRESHOLD`; with `PYJIT_GC_THRESHOLD=n`, `n`, and a collection is due whenever
    /// `n` objects survived since the last one (`n = 1` collects at nearly every safe point:
    /// a stress test for the collector).
    min_threshold: usize,
    /// The next collection is due when the registry is `growth` times the survivors of the
    /// last one: 2 after a collection that freed something, doubled (up to `MAX_GROWTH`)
    /// after each one that freed almost nothing.
    growth: usize,
    stress: bool,
    configured: bool,
}

thread_local! {
    // (`ManuallyDrop`: a thread-local without a destructor needs no liveness check on each
    // access, and objects dropped by other thread-locals' destructors can still untrack.
    // The registry's `Vec` is leaked when a thread ends.)
    static REGISTRY: ManuallyDrop<RefCell<Registry>> = const {
        ManuallyDrop::new(RefCell::new(Registry {
            objects: Vec::new(),
            dead: 0,
            // 0: the first registration reads `PYJIT_GC_THRESHOLD` (`Registry::due`).
            threshold: 0,
            min_threshold: MIN_THRESHOLD,
            growth: 2,
            stress: false,
            configured: false,
        }))
    };
    /// A collection is due at the next safe point.
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// `gc.disable()` turns automatic collection off (`gc.collect()` still runs).
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// Collections run so far, and objects they freed (for `--jit-stats`-like reports).
    static STATS: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
    /// The working vectors of the last collection, empty, kept for the next (`Scratch`).
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// A collection's working vectors, kept (emptied) from one collection to the next. Made
/// anew each time, they grew by reallocation — in deltablue some 700 reallocations per
/// collection, copying 2.4 MB (a sixth of its instructions) into fresh memory the kernel
/// had to zero (`clear_page_erms`, 3% of its time). Between collections they hold no
/// values; a collection takes them out of the thread-local and puts them back when done.
#[derive(Default)]
struct Scratch {
    nodes: Vec<Value>,
    index: AddrMap,
    starts: Vec<u32>,
    targets: Vec<u32>,
    opaque: Vec<bool>,
    internal: Vec<usize>,
    reachable: Vec<bool>,
    stack: Vec<u32>,
    trash: Vec<Value>,
}

// Out of line: inlined into the interpreter's dispatch loop (`Value::list`, `MakeFunction`),
// its code changed register allocation there (generators +1.5% instructions, all of them
// in `dispatch`).
#[inline(never)]
fn track(link: &GcLink, entry: usize) {
    if link.index().is_some() {
        return;
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let i = r.objects.len();
        r.objects.push(entry);
        link.0.set(i);
        if i - r.dead >= r.threshold {
            r.due();
        }
    });
}

/// Take a dropped object out of the registry: the first thing the `Drop` of every tracked
/// type does (see `Registry`).
#[inline]
pub fn untrack(link: &GcLink) {
    let Some(i) = link.index() else { return };
    link.0.set(NOT_TRACKED);
    REGISTRY.with(|r| {
        // (Never borrowed here: no registry borrow spans code that drops a value, and a
        // failed borrow aborts rather than leave a dangling entry.)
        let mut r = r.borrow_mut();
        r.objects[i] = 0;
        r.dead += 1;
        if r.dead > COMPACT_MIN && r.dead * 2 > r.objects.len() {
            r.compact();
        }
    });
}

/// A new strong reference to the object a registry entry points to.
///
/// # Safety
/// `entry` must satisfy the invariant on `Registry`.
unsafe fn value_of(entry: usize) -> Value {
    let link = entry & !KIND;
    // SAFETY: `link` is the `GcLink` field of an object of this kind in an `Rc` whose
    // strong count is at least 1 (the invariant on `Registry`), so the field's address
    // minus its offset is what `Rc::as_ptr` returned for that `Rc`; incrementing the count
    // first makes the `Rc` rebuilt by `from_raw` an owned reference of its own.
    unsafe {
        match entry & KIND {
            INSTANCE => {
                let p = (link - offset_of!(Instance, gc)) as *const Instance;
                Rc::increment_strong_count(p);
                Value::Instance(Rc::from_raw(p))
            }
            LIST => {
                let p = (link - offset_of!(PyList, gc)) as *const PyList;
                Rc::increment_strong_count(p);
                Value::List(Rc::from_raw(p))
            }
            DICT => {
                let p = (link - offset_of!(PyDict, gc)) as *const PyDict;
                Rc::increment_strong_count(p);
                Value::Dict(Rc::from_raw(p))
            }
            _ => {
                let p = (link - offset_of!(Function, gc)) as *const Function;
                Rc::increment_strong_count(p);
                Value::Function(Rc::from_raw(p))
            }
        }
    }
}

/// Register a new instance with the collector.
#[inline]
pub fn track_instance(i: &Rc<Instance>) {
    track(
        &i.gc,
        (Rc::as_ptr(i) as usize + offset_of!(Instance, gc)) | INSTANCE,
    );
}

/// Register a new list with the collector.
#[inline]
pub fn track_list(l: &Rc<PyList>) {
    track(
        &l.gc,
        (Rc::as_ptr(l) as usize + offset_of!(PyList, gc)) | LIST,
    );
}

/// Register a new function with the collector.
#[inline]
pub fn track_function(f: &Rc<Function>) {
    track(
        &f.gc,
        (Rc::as_ptr(f) as usize + offset_of!(Function, gc)) | FUNCTION,
    );
}

/// Register a new dict with the collector.
#[inline]
pub fn track_dict(d: &Rc<PyDict>) {
    track(
        &d.gc,
        (Rc::as_ptr(d) as usize + offset_of!(PyDict, gc)) | DICT,
    );
}

impl Registry {
    /// Squeeze out the entries of dropped objects, keeping registration order (so a
    /// collection visits objects roughly in allocation order — with swap-removal instead,
    /// the order became random under churn and a collection missed the cache on nearly
    /// every node: gc/loops.py under `PYJIT_GC_THRESHOLD=50` took 1.4x the `Weak`
    /// registry's CPU time), and give each survivor its new index. Amortized O(1) per removal: it runs
    /// once the dead entries outnumber the live ones.
    #[cold]
    fn compact(&mut self) {
        let mut k = 0;
        for j in 0..self.objects.len() {
            let e = self.objects[j];
            if e != 0 {
                self.objects[k] = e;
                // SAFETY: `e` is a non-zero registry entry, so (the invariant on `Registry`)
                // the address of a live object's `GcLink`; only that `Cell` is referenced.
                unsafe { &*((e & !KIND) as *const GcLink) }.0.set(k);
                k += 1;
            }
        }
        self.objects.truncate(k);
        self.dead = 0;
    }

    /// Read `PYJIT_GC_THRESHOLD` (once).
    fn configure(&mut self) {
        if !self.configured {
            self.configured = true;
            let env = std::env::var("PYJIT_GC_THRESHOLD").ok();
            if let Some(n) = env.and_then(|s| s.parse::<usize>().ok()) {
                self.min_threshold = n.max(1);
                self.stress = true;
            }
        }
    }

    /// The registry reached the threshold: a collection is due (or, with collection
    /// disabled, the check moves on by `min_threshold` registrations).
    #[cold]
    fn due(&mut self) {
        if !self.configured {
            self.configure();
            self.threshold = self.min_threshold;
            if self.objects.len() - self.dead < self.threshold {
                return;
            }
        }
        if ENABLED.with(|e| e.get()) {
            PENDING.with(|p| p.set(true));
            crate::generator::request_finalization_point();
        }
        self.threshold = self.objects.len() - self.dead + self.min_threshold;
    }
}

/// Whether a collection is due (checked at safe points).
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
    if !on {
        PENDING.with(|p| p.set(false));
    }
}

pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// (collections run, objects freed) so far.
pub fn stats() -> (u64, u64) {
    STATS.with(|s| s.get())
}

/// Whether the collector traverses `v` (its `node_key` is an address).
#[inline(always)]
fn traversable(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Dict(_)
            | Value::Tuple(_)
            | Value::Set(_)
            | Value::Instance(_)
            | Value::Cell(_)
            | Value::BoundMethod(_)
            | Value::Function(_)
    )
}

/// The heap object behind a traversable value, as a node key; `None` for values the
/// collector does not traverse (numbers, strings, types, modules, generators, ...).
fn node_key(v: &Value) -> Option<usize> {
    if traversable(v) {
        v.ptr()
    } else {
        None
    }
}

fn strong_count(v: &Value) -> usize {
    match v {
        Value::List(r) => Rc::strong_count(r),
        Value::Dict(r) => Rc::strong_count(r),
        Value::Tuple(r) => Rc::strong_count(r),
        Value::Set(r) => Rc::strong_count(r),
        Value::Instance(r) => Rc::strong_count(r),
        Value::Cell(r) => Rc::strong_count(r),
        Value::BoundMethod(r) => Rc::strong_count(r),
        Value::Function(r) => Rc::strong_count(r),
        _ => usize::MAX,
    }
}

/// Call `f` on each value `v` refers to; `false` when `v` cannot be read now (a borrowed
/// `RefCell`), which makes it a root. An instance's dict that only the instance refers to
/// is read as part of the instance (one node instead of two).
fn children(v: &Value, f: &mut impl FnMut(&Value)) -> bool {
    // Only values the collector traverses are handed on (`node_key`): instance tables are
    // mostly str keys and numbers, and a call of the collector's closure for each cost 40
    // instructions (a fifth of a collection in deltablue).
    let f = &mut |c: &Value| {
        if traversable(c) {
            f(c)
        }
    };
    fn dict(d: &PyDict, f: &mut impl FnMut(&Value)) -> bool {
        match d.map.try_borrow() {
            Ok(map) => {
                for (k, v) in map.iter() {
                    f(&k.value);
                    f(v);
                }
                true
            }
            Err(_) => false,
        }
    }
    match v {
        Value::List(l) => match l.items.try_borrow() {
            Ok(items) => items.iter().for_each(f),
            Err(_) => return false,
        },
        Value::Dict(d) => return dict(d, f),
        Value::Set(s) => match s.set.try_borrow() {
            Ok(set) => set.iter().for_each(|k| f(&k.value)),
            Err(_) => return false,
        },
        Value::Tuple(t) => t.items.iter().for_each(f),
        Value::Instance(i) => {
            match i.class.try_borrow() {
                Ok(c) if !c.has_del.get() => {}
                _ => return false,
            }
            if let Some(d) = i.dict.private() {
                return dict(d, f);
            }
            f(&Value::Dict(i.dict.rc()));
        }
        Value::Cell(c) => match c.try_borrow() {
            Ok(v) => f(&v),
            Err(_) => return false,
        },
        Value::BoundMethod(m) => {
            f(&m.self_value);
            f(&m.func);
        }
        Value::Function(func) => {
            func.defaults.iter().for_each(&mut *f);
            if let Some(kw) = &func.kwdefaults {
                f(&Value::Dict(kw.clone()));
            }
            for c in &func.closure {
                f(&Value::Cell(c.clone()));
            }
            f(&Value::Dict(func.dict.clone()));
        }
        _ => {}
    }
    true
}

/// Run a collection now; the number of objects found unreachable (and freed, unless a
/// container among them could not be emptied). Runs no Python code: finalizers of objects
/// freed on the way are queued as usual.
pub fn collect() -> usize {
    PENDING.with(|p| p.set(false));

    // The nodes: the tracked objects in registry order, so a tracked node's `GcLink` is its
    // node index (each one reference of ours), then the untracked objects they reach (tuples,
    // sets, cells, bound methods, dicts of instances and functions), found by address.
    let Scratch {
        mut nodes,
        mut index,
        mut starts,
        mut targets,
        mut opaque,
        mut internal,
        mut reachable,
        mut stack,
        mut trash,
    } = SCRATCH.with(RefCell::take);
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.compact();
        nodes.extend(
            r.objects
                .iter()
                // SAFETY: each entry satisfies the invariant on `Registry`.
                .map(|&e| unsafe { value_of(e) }),
        );
    });
    let tracked = nodes.len();
    // Edges between nodes (`targets[starts[i]..starts[i + 1]]` for node `i`), and which
    // nodes could not be read. Nothing below drops or makes a tracked object until `nodes`
    // is dropped (the traversal only clones references, and every node is held by `nodes`),
    // so the registry and the `GcLink` indices stay as read.
    starts.reserve(nodes.len() + 1);
    let mut i = 0;
    while i < nodes.len() {
        starts.push(targets.len() as u32);
        // (A reference of its own while `nodes` grows; dropped before counts are read.)
        let v = nodes[i].clone();
        let ok = children(&v, &mut |c: &Value| {
            let link = match c {
                Value::Instance(o) => o.gc.index(),
                Value::List(o) => o.gc.index(),
                Value::Dict(o) => o.gc.index(),
                Value::Function(o) => o.gc.index(),
                _ => None,
            };
            let j = match link {
                Some(j) => {
                    debug_assert!(j < tracked);
                    j as u32
                }
                None => {
                    let Some(p) = node_key(c) else { return };
                    match index.get(&p) {
                        Some(&j) => j,
                        None => {
                            let j = nodes.len() as u32;
                            index.insert(p, j);
                            nodes.push(c.clone());
                            j
                        }
                    }
                }
            };
            targets.push(j);
        });
        opaque.push(!ok);
        i += 1;
    }
    starts.push(targets.len() as u32);
    index.clear();

    // References from outside the nodes: roots.
    let n = nodes.len();
    internal.resize(n, 0);
    for &t in &targets {
        internal[t as usize] += 1;
    }
    reachable.resize(n, false);
    for j in 0..n {
        // Our own reference in `nodes` is one of the counted ones.
        let external = strong_count(&nodes[j]) > internal[j] + 1;
        if external || opaque[j] {
            reachable[j] = true;
            stack.push(j as u32);
        }
    }
    while let Some(j) = stack.pop() {
        let j = j as usize;
        for &t in &targets[starts[j] as usize..starts[j + 1] as usize] {
            if !reachable[t as usize] {
                reachable[t as usize] = true;
                stack.push(t);
            }
        }
    }

    // Empty the garbage's containers; drop their contents after every borrow is released.
    let mut freed = 0;
    for (j, v) in nodes.iter().enumerate() {
        if reachable[j] {
            continue;
        }
        freed += 1;
        match v {
            // A dict only the instance refers to was read as part of it (`children`).
            Value::Instance(i) if i.dict.private().is_some() => {
                if let Ok(mut map) = i.dict.map.try_borrow_mut() {
                    for (k, v) in std::mem::take(&mut *map) {
                        trash.push(k.value);
                        trash.push(v);
                    }
                }
            }
            Value::List(l) => {
                if let Ok(mut items) = l.items.try_borrow_mut() {
                    trash.append(&mut items);
                }
            }
            Value::Dict(d) => {
                if let Ok(mut map) = d.map.try_borrow_mut() {
                    for (k, v) in std::mem::take(&mut *map) {
                        trash.push(k.value);
                        trash.push(v);
                    }
                }
            }
            Value::Set(s) => {
                if let Ok(mut set) = s.set.try_borrow_mut() {
                    trash.extend(std::mem::take(&mut *set).into_iter().map(|k| k.value));
                }
            }
            Value::Cell(c) => {
                if let Ok(mut v) = c.try_borrow_mut() {
                    trash.push(std::mem::take(&mut *v));
                }
            }
            _ => {}
        }
    }
    nodes.clear();
    trash.clear();
    starts.clear();
    targets.clear();
    opaque.clear();
    internal.clear();
    reachable.clear();
    SCRATCH.with(|s| {
        *s.borrow_mut() = Scratch {
            nodes,
            index,
            starts,
            targets,
            opaque,
            internal,
            reachable,
            stack,
            trash,
        }
    });

    // The registry holds the survivors (the freed objects left it as they were dropped);
    // the next collection is due when it has grown by the factor `growth`.
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let survivors = r.objects.len() - r.dead;
        // "Almost nothing": under 1/16 of what survived.
        r.growth = if freed * 16 < survivors {
            (r.growth * 2).min(MAX_GROWTH)
        } else {
            2
        };
        r.configure();
        r.threshold = if r.stress {
            survivors + r.min_threshold
        } else {
            r.min_threshold.max(r.growth * survivors)
        };
    });
    STATS.with(|s| {
        let (c, f) = s.get();
        s.set((c + 1, f + freed as u64));
    });
    freed
}
