//! The cycle collector: frees reference cycles that reference counting cannot.
//!
//! Trial deletion (as CPython's `gc`), with `Rc::strong_count` as the reference count:
//!
//! * **Tracked objects.** Instances, lists and dicts register a `Weak` handle when they are
//!   made (`track_*`: a weak-count increment and a `Vec` push). Tuples, sets, cells,
//!   functions and bound methods are not registered; the collector finds those reachable
//!   from a tracked object while it traverses. Types, modules, generators, iterators and
//!   exception state are never traversed: what they refer to counts as referenced from
//!   outside, so nothing they reach is freed (conservative, never wrong).
//! * **Collection.** The nodes are the live tracked objects and every traversable object
//!   reachable from them. A node's references from other nodes are counted; a node with
//!   more references than that (`strong_count` minus internal ones) is referenced from
//!   outside — a frame, a global, a cache, a trace, anything not traversed — and is a root,
//!   as is a node whose `RefCell` is borrowed right now (its contents cannot be read) and an
//!   instance of a class with `__del__` (CPython would finalize such a cycle; pyjit leaves it
//!   alive). Everything reachable from a root survives; the rest is referenced only by other
//!   garbage, and is freed by emptying its containers (lists, dicts, sets, cells), which
//!   breaks the cycles.
//! * **When.** Registration prunes dead handles of young objects every `PRUNE_EVERY`
//!   registrations; when the registry has grown past `max(MIN_THRESHOLD, k × survivors of
//!   the last collection)` a collection is due (k = 2, doubled up to 8 after each collection
//!   that freed almost nothing). It runs at the next safe point: the VM's
//!   finalization points (`Vm::run_pending_finalizers`) and the JIT's iteration-end release,
//!   where no `RefCell` borrow of the running code is held and every object a trace holds is
//!   owned by something the collector sees as a root. The growing threshold keeps the total
//!   work linear in the number of allocations.

use crate::object::{Function, Instance, PyDict, PyList};
use crate::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

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

/// Registrations between two prunes of the young end of the registry.
const PRUNE_EVERY: usize = 1024;
/// The smallest registry size that makes a collection due.
const MIN_THRESHOLD: usize = 10_000;

/// The most the registry may grow past the last collection's survivors before the next one
/// (see `Registry::growth`). A program that builds a large live structure and no garbage
/// (float: 800 000 points in a list) made 18 collections that freed nothing, 16% of its
/// time; backing off after fruitless collections (with `Registry::sweep_old`) makes that
/// 2. The cap bounds how much cyclic garbage can pile up once collections become fruitful
/// again: 8 times the live set.
const MAX_GROWTH: usize = 8;

/// Old entries checked per young entry registered (`Registry::sweep_old`): the whole old
/// region is swept once per `old / SWEEP_FACTOR` registrations.
const SWEEP_FACTOR: usize = 8;

enum Tracked {
    Instance(Weak<Instance>),
    List(Weak<PyList>),
    Dict(Weak<PyDict>),
    Function(Weak<Function>),
}

impl Tracked {
    fn alive(&self) -> bool {
        match self {
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
        }
    }

    fn upgrade(&self) -> Option<Value> {
        Some(match self {
            Tracked::Instance(w) => Value::Instance(w.upgrade()?),
            Tracked::List(w) => Value::List(w.upgrade()?),
            Tracked::Dict(w) => Value::Dict(w.upgrade()?),
            Tracked::Function(w) => Value::Function(w.upgrade()?),
        })
    }
}

struct Registry {
    objects: Vec<Tracked>,
    /// `objects[..old]` survived a prune (or a collection).
    old: usize,
    /// Registrations until the next prune.
    countdown: usize,
    /// Registry size at which a collection is due.
    threshold: usize,
    /// `PRUNE_EVERY` and `MIN_THRESHOLD`; with `PYJIT_GC_THRESHOLD=n`, both `n`, and a
    /// collection is due whenever `n` objects survived since the last one (`n = 1` collects
    /// at nearly every safe point: a stress test for the collector).
    prune_every: usize,
    min_threshold: usize,
    /// The next collection is due when the registry is `growth` times the survivors of the
    /// last one: 2 after a collection that freed something, doubled (up to `MAX_GROWTH`)
    /// after each one that freed almost nothing.
    growth: usize,
    /// Where `sweep_old` continues in the old region.
    sweep: usize,
    stress: bool,
    configured: bool,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            objects: Vec::new(),
            old: 0,
            countdown: PRUNE_EVERY,
            threshold: MIN_THRESHOLD,
            prune_every: PRUNE_EVERY,
            min_threshold: MIN_THRESHOLD,
            growth: 2,
            sweep: 0,
            stress: false,
            configured: false,
        })
    };
    /// A collection is due at the next safe point.
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// `gc.disable()` turns automatic collection off (`gc.collect()` still runs).
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    /// Collections run so far, and objects they freed (for `--jit-stats`-like reports).
    static STATS: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

#[inline]
fn track(t: Tracked) {
    // (During thread teardown the registry may be gone: the object is then just untracked.)
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        r.objects.push(t);
        r.countdown -= 1;
        if r.countdown == 0 {
            r.prune_young();
        }
    });
}

/// Register a new instance with the collector.
#[inline]
pub fn track_instance(i: &Rc<Instance>) {
    track(Tracked::Instance(Rc::downgrade(i)));
}

/// Register a new list with the collector.
#[inline]
pub fn track_list(l: &Rc<PyList>) {
    track(Tracked::List(Rc::downgrade(l)));
}

/// Register a new function with the collector.
#[inline]
pub fn track_function(f: &Rc<Function>) {
    track(Tracked::Function(Rc::downgrade(f)));
}

/// Register a new dict with the collector.
#[inline]
pub fn track_dict(d: &Rc<PyDict>) {
    track(Tracked::Dict(Rc::downgrade(d)));
}

impl Registry {
    /// Drop the handles of dead objects in the next `SWEEP_FACTOR × prune_every` entries of
    /// the old region (round robin). A `Weak` handle keeps its object's memory allocated, so
    /// without this an old object that died (float: a list of 800 000 points, dropped at the
    /// end of a round) kept its memory until the next collection, and the allocator had to
    /// take fresh pages for the next round (the kernel zeroing them was 28–46% of float's
    /// samples). A dead entry is swapped to the end of the old region, which then shrinks
    /// over it: the young pass right after drops it.
    fn sweep_old(&mut self) {
        let mut end = (self.sweep + SWEEP_FACTOR * self.prune_every).min(self.old);
        let mut i = self.sweep.min(end);
        while i < end {
            if self.objects[i].alive() {
                i += 1;
            } else {
                self.old -= 1;
                self.objects.swap(i, self.old);
                end = end.min(self.old);
            }
        }
        self.sweep = if i >= self.old { 0 } else { i };
    }

    /// Drop the handles of objects made since the last prune that are gone already, and
    /// decide whether a collection is due.
    #[cold]
    fn prune_young(&mut self) {
        if !self.configured {
            self.configured = true;
            let env = std::env::var("PYJIT_GC_THRESHOLD").ok();
            if let Some(n) = env.and_then(|s| s.parse::<usize>().ok()) {
                self.prune_every = n.clamp(1, PRUNE_EVERY);
                self.min_threshold = n;
                self.threshold = n;
                self.stress = true;
            }
        }
        self.countdown = self.prune_every;
        self.sweep_old();
        let old = self.old;
        let mut keep = old;
        for i in old..self.objects.len() {
            if self.objects[i].alive() {
                self.objects.swap(keep, i);
                keep += 1;
            }
        }
        self.objects.truncate(keep);
        self.old = keep;
        if self.objects.len() >= self.threshold && ENABLED.with(|e| e.get()) {
            PENDING.with(|p| p.set(true));
            crate::generator::request_finalization_point();
        }
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

/// The heap object behind a traversable value, as a node key; `None` for values the
/// collector does not traverse (numbers, strings, types, modules, generators, ...).
fn node_key(v: &Value) -> Option<usize> {
    match v {
        Value::List(_)
        | Value::Dict(_)
        | Value::Tuple(_)
        | Value::Set(_)
        | Value::Instance(_)
        | Value::Cell(_)
        | Value::BoundMethod(_)
        | Value::Function(_) => v.ptr(),
        _ => None,
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
            if Rc::strong_count(&i.dict) == 1 {
                return dict(&i.dict, f);
            }
            f(&Value::Dict(i.dict.clone()));
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
    let tracked = REGISTRY.with(|r| std::mem::take(&mut r.borrow_mut().objects));

    // The nodes: live tracked objects (each one reference of ours), then what they reach.
    let mut nodes: Vec<Value> = Vec::with_capacity(tracked.len());
    let mut index = AddrMap::with_capacity_and_hasher(tracked.len(), Default::default());
    let mut live: Vec<Tracked> = Vec::with_capacity(tracked.len());
    for t in tracked {
        if let Some(v) = t.upgrade() {
            if let Some(p) = v.ptr() {
                index.insert(p, nodes.len() as u32);
                nodes.push(v);
                live.push(t);
            }
        }
    }
    // Edges between nodes (`targets[starts[i]..starts[i + 1]]` for node `i`), and which
    // nodes could not be read.
    let mut starts: Vec<u32> = Vec::with_capacity(nodes.len() + 1);
    let mut targets: Vec<u32> = Vec::new();
    let mut opaque: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < nodes.len() {
        starts.push(targets.len() as u32);
        // (A reference of its own while `nodes` grows; dropped before counts are read.)
        let v = nodes[i].clone();
        let ok = children(&v, &mut |c: &Value| {
            let Some(p) = node_key(c) else { return };
            let j = match index.get(&p) {
                Some(&j) => j,
                None => {
                    let j = nodes.len() as u32;
                    index.insert(p, j);
                    nodes.push(c.clone());
                    j
                }
            };
            targets.push(j);
        });
        opaque.push(!ok);
        i += 1;
    }
    starts.push(targets.len() as u32);
    drop(index);

    // References from outside the nodes: roots.
    let n = nodes.len();
    let mut internal = vec![0usize; n];
    for &t in &targets {
        internal[t as usize] += 1;
    }
    let mut reachable = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    for j in 0..n {
        // Our own reference in `nodes` is one of the counted ones.
        let external = strong_count(&nodes[j]) > internal[j] + 1;
        if external || opaque[j] {
            reachable[j] = true;
            stack.push(j as u32);
        }
    }
    drop(internal);
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
    let mut trash: Vec<Value> = Vec::new();
    let mut freed = 0;
    for (j, v) in nodes.iter().enumerate() {
        if reachable[j] {
            continue;
        }
        freed += 1;
        match v {
            // A dict only the instance refers to was read as part of it (`children`).
            Value::Instance(i) if Rc::strong_count(&i.dict) == 1 => {
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
    drop(nodes);
    drop(trash);

    // The registry keeps the survivors; the next collection is due when it has grown by the
    // factor `growth`.
    live.retain(|t| t.alive());
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let young = std::mem::take(&mut r.objects);
        live.extend(young);
        r.objects = live;
        r.old = r.objects.len();
        // "Almost nothing": under 1/16 of what survived.
        r.growth = if freed * 16 < r.objects.len() {
            (r.growth * 2).min(MAX_GROWTH)
        } else {
            2
        };
        r.threshold = if r.stress {
            r.objects.len() + r.min_threshold
        } else {
            r.min_threshold.max(r.growth * r.objects.len())
        };
    });
    STATS.with(|s| {
        let (c, f) = s.get();
        s.set((c + 1, f + freed as u64));
    });
    freed
}
