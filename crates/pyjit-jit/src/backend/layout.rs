//! Layouts of runtime objects that compiled code reads directly, measured once on probe
//! objects (never assumed): if a measurement is ambiguous or inconsistent, the answer is
//! `None` and traces keep using the helper that does the same job in Rust.

use super::entry::payload_bits;
use pyjit_runtime::object::{PyList, PyTuple};
use pyjit_runtime::Value;
use std::rc::Rc;

/// Where a tuple's items are, as byte offsets from a `Value::Tuple`'s payload: the word
/// holding the item pointer and the word holding the item count (`PyTuple::items`, a
/// `Vec<Value>`, whose field order is std's private business — hence the probe).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TupleLayout {
    pub ptr: i32,
    pub len: i32,
}

/// Measured on two probe tuples whose lengths differ from each other and from their
/// capacities, so exactly one word of each holds the item pointer and exactly one the
/// length; both probes must agree.
pub fn tuple_layout() -> Option<TupleLayout> {
    static LAYOUT: std::sync::OnceLock<Option<TupleLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let a = probe(3, 8)?;
        let b = probe(5, 11)?;
        (a == b).then_some(a)
    })
}

fn probe(len: usize, cap: usize) -> Option<TupleLayout> {
    const WORDS: usize = std::mem::size_of::<PyTuple>() / 8;
    if std::mem::size_of::<PyTuple>() != WORDS * 8 || std::mem::align_of::<PyTuple>() != 8 {
        return None;
    }
    let mut items = Vec::with_capacity(cap);
    items.extend((0..len).map(|i| Value::Int(i as i64)));
    let rc = Rc::new(PyTuple { items });
    let v = Value::Tuple(rc.clone());
    let base = Rc::as_ptr(&rc) as i64 - payload_bits(&v) as i64;
    // SAFETY: `PyTuple` is `WORDS` initialized, 8-byte aligned words with no padding
    // (checked above: it is one `Vec`, three words, and its size is a multiple of 8);
    // reading them as integers copies nothing out and keeps nothing.
    let words: [u64; WORDS] = unsafe { std::ptr::read(Rc::as_ptr(&rc) as *const [u64; WORDS]) };
    let find = |x: u64| {
        let mut hits = (0..WORDS).filter(|&i| words[i] == x);
        match (hits.next(), hits.next()) {
            (Some(i), None) => Some(i as i64 * 8),
            _ => None,
        }
    };
    let ptr = find(rc.items.as_ptr() as u64)?;
    let count = find(len as u64)?;
    Some(TupleLayout {
        ptr: i32::try_from(base + ptr).ok()?,
        len: i32::try_from(base + count).ok()?,
    })
}

/// The byte offset of `TraceRt::deferred`'s length from the `TraceRt`: a `Vec<Value>`'s
/// length word, measured on two probes whose lengths differ from each other and from their
/// capacities (exactly one of the three words of each holds the length), which must agree.
pub fn deferred_len_offset() -> Option<i32> {
    static OFF: std::sync::OnceLock<Option<i32>> = std::sync::OnceLock::new();
    *OFF.get_or_init(|| {
        let len_word = |len: usize, cap: usize| {
            if std::mem::size_of::<Vec<Value>>() != 24 {
                return None;
            }
            let mut v: Vec<Value> = Vec::with_capacity(cap);
            v.extend((0..len).map(|i| Value::Int(i as i64)));
            // SAFETY: a `Vec` is three initialized words (checked above); reading them as
            // integers copies nothing out and keeps nothing.
            let words: [u64; 3] =
                unsafe { std::ptr::read(&v as *const Vec<Value> as *const [u64; 3]) };
            let mut hits = (0..3).filter(|&i| words[i] == len as u64);
            match (hits.next(), hits.next()) {
                (Some(i), None) => Some(i as i32 * 8),
                _ => None,
            }
        };
        let a = len_word(3, 8)?;
        (len_word(5, 11)? == a).then_some(())?;
        i32::try_from(std::mem::offset_of!(super::helpers::TraceRt, deferred))
            .ok()?
            .checked_add(a)
    })
}

/// Where a list's items are, as byte offsets from a `Value::List`'s payload: the item
/// pointer and count of `PyList::items` (a `RefCell<Vec<Value>>`), and the `RefCell`'s
/// borrow counter, which compiled code checks like `try_borrow` does: the items may be read
/// unless the list is mutably borrowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    pub ptr: i32,
    pub len: i32,
    pub flag: i32,
    /// The item buffer's capacity (`list.append` inline).
    pub cap: i32,
}

/// Measured like [`tuple_layout`], plus the borrow counter: the one word apart from the
/// item pointer and count that is 0 unborrowed, 1 and 2 with one and two shared borrows, and
/// negative while mutably borrowed (only that word is read then).
pub fn list_layout() -> Option<ListLayout> {
    static LAYOUT: std::sync::OnceLock<Option<ListLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let a = list_probe(3, 8)?;
        let b = list_probe(5, 11)?;
        (a == b).then_some(a)
    })
}

fn list_probe(len: usize, cap: usize) -> Option<ListLayout> {
    const WORDS: usize = std::mem::size_of::<PyList>() / 8;
    if std::mem::size_of::<PyList>() != WORDS * 8 || std::mem::align_of::<PyList>() != 8 {
        return None;
    }
    let mut items = Vec::with_capacity(cap);
    items.extend((0..len).map(|i| Value::Int(i as i64)));
    let rc = Rc::new(PyList::new(items));
    let v = Value::List(rc.clone());
    let base = Rc::as_ptr(&rc) as i64 - payload_bits(&v) as i64;
    let at = Rc::as_ptr(&rc) as *const u64;
    // SAFETY: `PyList` is `WORDS` initialized, 8-byte aligned words without padding (a
    // `RefCell` of a `Vec` — a counter word and three words — and the collector's `GcLink`,
    // one word; size checked above); nothing writes it while it is read (at most shared
    // borrows are live, and the probe list is never tracked).
    let words = || unsafe { std::ptr::read(at as *const [u64; WORDS]) };
    let w0 = words();
    let find = |w: &[u64; WORDS], x: u64| {
        let mut hits = (0..WORDS).filter(|&i| w[i] == x);
        match (hits.next(), hits.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        }
    };
    let items_ptr = rc.items.borrow().as_ptr() as u64;
    let ptr = find(&w0, items_ptr)?;
    let count = find(&w0, len as u64)?;
    let room = find(&w0, rc.items.borrow().capacity() as u64)?;
    let flag = {
        let _b1 = rc.items.borrow();
        let w1 = words();
        let _b2 = rc.items.borrow();
        let w2 = words();
        (0..WORDS).find(|&i| {
            i != ptr && i != count && i != room && w0[i] == 0 && w1[i] == 1 && w2[i] == 2
        })?
    };
    let writing = {
        let _m = rc.items.borrow_mut();
        // SAFETY: the counter word is not part of the borrowed `Vec` (it is neither of the
        // words holding its pointer or length, and it changed with the borrows, which the
        // `Vec` did not); `RefCell` itself only accesses it through a shared `Cell`.
        unsafe { std::ptr::read(at.add(flag)) as i64 }
    };
    if writing >= 0 || words()[flag] != 0 {
        return None;
    }
    let off = |i: usize| i32::try_from(base + i as i64 * 8).ok();
    Some(ListLayout {
        ptr: off(ptr)?,
        len: off(count)?,
        flag: off(flag)?,
        cap: off(room)?,
    })
}

/// Where `attr.base` (`helpers::attr_base`) finds what it checks, as byte offsets, for
/// its fast path in machine code (`Cg::attr_base_fast`): from an instance's payload, its
/// `class` `RefCell`'s borrow counter and `Rc<PyType>` word; from that word, the class's
/// `version`; from the payload too, the borrow counter of its inline attribute table
/// (`InstDict::inline`: empty once the table has moved to a `__dict__` object, so the slot
/// count check sends such instances to the helper) and its entries' pointer and count
/// (slots, holes included); from the entries' pointer, entry 0's key `Value` (the helper's
/// result).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttrLayout {
    pub class_flag: i32,
    pub class_ptr: i32,
    pub version: i32,
    pub map_flag: i32,
    pub ent_ptr: i32,
    pub ent_len: i32,
    pub key: i32,
    /// `map_flag`, `ent_ptr` and `ent_len` for a dict behind an `Rc<PyDict>` (a module's
    /// globals), from the `Rc`'s pointer word: an instance's table is inline since
    /// `interp-attr`, a module dict's is not.
    pub rc_map_flag: i32,
    pub rc_ent_ptr: i32,
    pub rc_ent_len: i32,
}

/// Measured on two probe instances whose dicts have different numbers of slots (each with a
/// hole, so the slot count differs from the live count), which must agree; `None` when a
/// word is ambiguous.
pub fn attr_layout() -> Option<AttrLayout> {
    static LAYOUT: std::sync::OnceLock<Option<AttrLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let a = attr_probe(4)?;
        let b = attr_probe(6)?;
        (a == b).then_some(a)
    })
}

/// `n` 8-byte words from `at`.
///
/// # Safety
/// `at` must point to `n` initialized, 8-aligned words of one live allocation that nothing
/// writes meanwhile.
unsafe fn words_at(at: usize, n: usize) -> Vec<u64> {
    // SAFETY: the caller's contract.
    (0..n)
        .map(|i| unsafe { std::ptr::read((at + 8 * i) as *const u64) })
        .collect()
}

/// The index of the one word of `w` that `f` accepts.
fn only(w: &[u64], f: impl Fn(usize, u64) -> bool) -> Option<usize> {
    let mut hits = (0..w.len()).filter(|&i| f(i, w[i]));
    match (hits.next(), hits.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

fn attr_probe(n: usize) -> Option<AttrLayout> {
    use pyjit_runtime::object::{InstDict, Instance, PyDict, PyType, TypeKind};
    use std::cell::RefCell;
    type ClassCell = RefCell<Rc<PyType>>;
    if std::mem::size_of::<ClassCell>() != 16
        || !std::mem::size_of::<PyDict>().is_multiple_of(8)
        || std::mem::align_of::<PyDict>() != 8
    {
        return None;
    }
    let cls = pyjit_runtime::builtin_types::new_type(
        "probe",
        "probe",
        TypeKind::Object,
        Vec::new(),
        Rc::new(PyDict::new()),
        false,
    )
    .ok()?;
    let rc = Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: InstDict::default(),
        exc: None,
        gc: pyjit_runtime::gc::GcLink::new(),
    });
    let dict: &PyDict = &rc.dict;
    if !std::ptr::eq(dict, rc.dict.inline()) {
        return None;
    }
    for k in 0..n {
        dict.set_str(&format!("a{k}"), Value::Int(k as i64));
    }
    dict.map.borrow_mut().remove_index(1)?;
    let v = Value::Instance(rc.clone());
    let inst = Rc::as_ptr(&rc) as usize;
    let payload = payload_bits(&v) as i64;
    let from_payload = |addr: usize| i32::try_from(addr as i64 - payload).ok();
    // The class cell: one word is the `Rc` (`as_ptr`), the other the borrow counter.
    let cell = &rc.class as *const ClassCell as usize;
    let class_ptr = rc.class.as_ptr() as usize;
    let class_flag = if class_ptr == cell { cell + 8 } else { cell };
    if class_ptr != cell && class_ptr != cell + 8 {
        return None;
    }
    // SAFETY: the probe's class cell is two initialized words (size checked above); the
    // counter word is a `Cell` outside the value a borrow hands out (it is not the `Rc`
    // word), so reading it as an integer, also under the mutable borrow, aliases nothing.
    let flag_at = || unsafe { std::ptr::read(class_flag as *const i64) };
    let (f0, f1) = {
        let f0 = flag_at();
        let _b = rc.class.borrow();
        (f0, flag_at())
    };
    let f2 = {
        let _m = rc.class.borrow_mut();
        flag_at()
    };
    if f0 != 0 || f1 != 1 || f2 >= 0 {
        return None;
    }
    // SAFETY: `class_ptr` is the address of the probe's initialized `Rc<PyType>`, a pointer.
    let class_word = unsafe { std::ptr::read(class_ptr as *const u64) } as i64;
    let version = i32::try_from(&cls.version as *const _ as i64 - class_word).ok()?;
    if !(0..4096).contains(&version) {
        return None;
    }
    let pd = dict as *const PyDict as usize;
    if pd < inst || pd + std::mem::size_of::<PyDict>() > inst + std::mem::size_of::<Instance>() {
        return None;
    }
    const DW: usize = std::mem::size_of::<PyDict>() / 8;
    // SAFETY: `pd` is the probe instance's inline table, `DW` initialized, 8-aligned words
    // inside the instance (size and alignment checked above); nothing writes it while it is
    // read (at most shared borrows are live), and no word is kept as anything but an integer.
    let dwords = || unsafe { words_at(pd, DW) };
    let d_off = |i: usize| from_payload(pd + 8 * i);
    let (w0, w1, w2) = {
        let w0 = dwords();
        let _b1 = dict.map.borrow();
        let w1 = dwords();
        let _b2 = dict.map.borrow();
        (w0, w1, dwords())
    };
    let flag = only(&w0, |i, x| x == 0 && w1[i] == 1 && w2[i] == 2)?;
    let (slots, key0, stride) = {
        let m = dict.map.borrow();
        let key = |i: usize| m.slot(i).map(|(k, _)| &k.value as *const Value as usize);
        (m.slots(), key(0)?, key(2)? - key(0)?)
    };
    let stride = stride / 2;
    if slots != n || dict.len() + 1 != n || stride == 0 {
        return None;
    }
    let ptr = only(&w0, |_, x| {
        (x as usize) <= key0 && key0 - (x as usize) < stride && x != 0
    })?;
    // One more key, in the room the table has: the count word is the one word that held
    // the slot count and follows it (the hash table's free room, say, may hold the same
    // number, but goes down).
    dict.set_str("z", Value::Int(0));
    let w3 = dwords();
    if w3[ptr] != w0[ptr] || dict.map.borrow().slots() != n + 1 {
        return None;
    }
    let len = only(&w0, |i, x| {
        x as usize == slots && w3[i] == x + 1 && i != flag
    })?;
    drop(v);
    let shared = Rc::new(PyDict::new());
    // SAFETY: an `Rc<PyDict>` is one initialized pointer word; only its value is taken.
    let rc_word = unsafe { std::ptr::read(&shared as *const Rc<PyDict> as *const u64) } as usize;
    let in_rc = (Rc::as_ptr(&shared) as usize).checked_sub(rc_word)?;
    let rc_off = |i: usize| i32::try_from(in_rc + 8 * i).ok();
    Some(AttrLayout {
        class_flag: from_payload(class_flag)?,
        class_ptr: from_payload(class_ptr)?,
        version,
        map_flag: d_off(flag)?,
        ent_ptr: d_off(ptr)?,
        ent_len: d_off(len)?,
        key: i32::try_from(key0 - w0[ptr] as usize).ok()?,
        rc_map_flag: rc_off(flag)?,
        rc_ent_ptr: rc_off(ptr)?,
        rc_ent_len: rc_off(len)?,
    })
}

/// Where the inline `int in set` (`x64::setin`) finds what it reads, as byte offsets: from a
/// `Value::Set`'s payload, the `RefCell<Set>`'s borrow counter, the table's mask word
/// (`SET_MASK_OFFSET`), and the words holding the slots' and the control bytes' addresses;
/// within a slot (`HKey`), the stored key's `Value`, its `hash`, and the slot size; for
/// `set.add`/`set.discard`, the frozen flag, the key counts and the tag of `Null`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SetLayout {
    pub flag: i32,
    /// `PySet::frozen`, a byte.
    pub frozen: i32,
    pub mask: i32,
    /// `SetTable`'s live-key and live-or-dummy counts (`set.add`/`set.discard` inline).
    pub used: i32,
    pub fill: i32,
    /// The tag byte of `Value::Null` (a dummy's value).
    pub null_tag: i32,
    pub slots: i32,
    pub ctrl: i32,
    pub hash: i32,
    pub key: i32,
    pub stride: i32,
}

/// Measured on two probe sets of different table sizes, which must agree; `None` when a word
/// is ambiguous or a measurement inconsistent.
pub fn set_layout() -> Option<SetLayout> {
    static LAYOUT: std::sync::OnceLock<Option<SetLayout>> = std::sync::OnceLock::new();
    *LAYOUT.get_or_init(|| {
        let a = set_probe(3)?;
        let b = set_probe(40)?;
        (a == b).then_some(a)
    })
}

fn set_probe(n: i64) -> Option<SetLayout> {
    use pyjit_runtime::object::{
        HKey, PySet, SetTable, SET_FILL_OFFSET, SET_MASK_OFFSET, SET_USED_OFFSET,
    };
    use std::cell::RefCell;
    // The `RefCell<SetTable>` alone (not the whole `PySet`, whose `frozen` byte is padded):
    // a counter word and the table's words, all initialized when it is exactly one word
    // larger than the table and the table is whole words (two `Vec`s and four `usize`s).
    const TABLE_WORDS: usize = std::mem::size_of::<SetTable>() / 8;
    const WORDS: usize = TABLE_WORDS + 1;
    if std::mem::size_of::<SetTable>() != TABLE_WORDS * 8
        || std::mem::align_of::<SetTable>() != 8
        || std::mem::size_of::<RefCell<SetTable>>() != WORDS * 8
        || std::mem::size_of::<Value>() != 16
    {
        return None;
    }
    let table: SetTable = (0..n)
        .map(|i| HKey {
            hash: i,
            value: Value::Int(i),
        })
        .collect();
    let rc = Rc::new(PySet::new(table, false));
    let v = Value::Set(rc.clone());
    let payload = payload_bits(&v) as i64;
    let at = &rc.set as *const RefCell<SetTable> as usize;
    let table_at = rc.set.as_ptr() as usize;
    let table_first = match table_at.checked_sub(at) {
        Some(0) => 0,
        Some(8) => 1,
        _ => return None,
    };
    let in_table = |i: usize| (table_first..table_first + TABLE_WORDS).contains(&i);
    // SAFETY: the cell is `WORDS` initialized, 8-aligned words without padding (sizes
    // checked above: the counter word and the table's words); nothing writes it while it
    // is read (at most shared borrows are live), and no word is kept as anything but an
    // integer.
    let words = || unsafe { words_at(at, WORDS) };
    let (w0, w1, w2) = {
        let w0 = words();
        let _b1 = rc.set.borrow();
        let w1 = words();
        let _b2 = rc.set.borrow();
        (w0, w1, words())
    };
    let flag = only(&w0, |i, x| {
        !in_table(i) && x == 0 && w1[i] == 1 && w2[i] == 2
    })?;
    let writing = {
        let _m = rc.set.borrow_mut();
        // SAFETY: the counter word is outside the `SetTable` the mutable borrow hands out
        // (checked above); `RefCell` itself only accesses it through a shared `Cell`.
        unsafe { std::ptr::read((at + 8 * flag) as *const i64) }
    };
    if writing >= 0 || words()[flag] != 0 {
        return None;
    }
    let (slots_at, ctrl_at, mask) = rc.set.borrow().raw_parts();
    if mask == 0 || slots_at == ctrl_at {
        return None;
    }
    let slots = only(&w0, |i, x| in_table(i) && x as usize == slots_at)?;
    let ctrl = only(&w0, |i, x| in_table(i) && x as usize == ctrl_at)?;
    let mask_word = table_first + SET_MASK_OFFSET / 8;
    if !SET_MASK_OFFSET.is_multiple_of(8) || w0[mask_word] as usize != mask {
        return None;
    }
    let off = |i: usize| i32::try_from((at + 8 * i) as i64 - payload).ok();
    let in_table_at = |o: usize| i32::try_from((table_at + o) as i64 - payload).ok();
    let frozen_at = Rc::as_ptr(&rc) as usize + std::mem::offset_of!(PySet, frozen);
    let used = rc.set.borrow().len();
    if used as i64 != n
        || !SET_USED_OFFSET.is_multiple_of(8)
        || !SET_FILL_OFFSET.is_multiple_of(8)
        || w0[table_first + SET_USED_OFFSET / 8] as usize != used
        || w0[table_first + SET_FILL_OFFSET / 8] as usize != used
    {
        return None;
    }
    drop(v);
    Some(SetLayout {
        flag: off(flag)?,
        frozen: i32::try_from(frozen_at as i64 - payload).ok()?,
        mask: off(mask_word)?,
        used: in_table_at(SET_USED_OFFSET)?,
        fill: in_table_at(SET_FILL_OFFSET)?,
        null_tag: super::entry::tag_of(&Value::Null) as i32,
        slots: off(slots)?,
        ctrl: off(ctrl)?,
        hash: i32::try_from(std::mem::offset_of!(HKey, hash)).ok()?,
        key: i32::try_from(std::mem::offset_of!(HKey, value)).ok()?,
        stride: i32::try_from(std::mem::size_of::<HKey>()).ok()?,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_layout_is_measured() {
        let l = super::list_layout().expect("a measurable list layout");
        assert!(l.ptr != l.len && l.len != l.flag && l.ptr != l.flag);
        assert!(l.cap != l.ptr && l.cap != l.len && l.cap != l.flag);
    }

    #[test]
    fn tuple_layout_is_measured() {
        let l = super::tuple_layout().expect("a measurable tuple layout");
        assert_ne!(l.ptr, l.len);
    }

    #[test]
    fn deferred_len_offset_is_measured() {
        // The link stubs read `TraceRt::deferred`'s length there (`Cg::link_stub`).
        let off = super::deferred_len_offset().expect("a measurable Vec layout");
        let field = std::mem::offset_of!(crate::backend::helpers::TraceRt, deferred) as i32;
        assert!(
            [field, field + 8, field + 16].contains(&off),
            "{off} {field}"
        );
    }

    #[test]
    fn set_layout_is_measured() {
        let l = super::set_layout().expect("a measurable set layout");
        assert!(l.flag != l.mask && l.slots != l.ctrl && l.mask != l.slots && l.mask != l.ctrl);
        assert_eq!(l.stride % 8, 0);
    }

    #[test]
    fn dict_entry_layout_is_measured() {
        // `guard.global`'s machine code reads a module dict's entries with it.
        let (stride, value) = crate::backend::helpers::dict_layout().expect("a dict layout");
        assert!(stride >= 32 && value.abs() >= 16 && value.abs() < stride);
    }

    #[test]
    fn attr_layout_is_measured() {
        let l = super::attr_layout().expect("a measurable instance and dict layout");
        assert!(l.class_flag != l.class_ptr && l.ent_ptr != l.ent_len && l.map_flag != l.ent_len);
        // A dict behind an `Rc` sits after the `Rc`'s two counts, its words in the same order.
        assert!(
            l.rc_map_flag >= 16 && l.rc_ent_ptr >= 16 && l.rc_ent_len >= 16,
            "{l:?}"
        );
        assert_eq!(l.rc_ent_ptr - l.rc_map_flag, l.ent_ptr - l.map_flag);
        assert_eq!(l.rc_ent_len - l.rc_map_flag, l.ent_len - l.map_flag);
        // What a cached attribute access reads (the class cell, the inline table's borrow
        // counter, entries pointer and count) is within the allocation's first cache line
        // (an instance's payload is its `Rc` allocation), which is one 128-byte block
        // (`InstDict`).
        for off in [l.class_flag, l.class_ptr, l.map_flag, l.ent_ptr, l.ent_len] {
            assert!((0..64 - 7).contains(&off), "{l:?}");
        }
        assert!(std::mem::size_of::<pyjit_runtime::object::Instance>() <= 128 - 16);
    }
}
