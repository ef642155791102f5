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

/// Where a list's items are, as byte offsets from a `Value::List`'s payload: the item
/// pointer and count of `PyList::items` (a `RefCell<Vec<Value>>`), and the `RefCell`'s
/// borrow counter, which compiled code checks like `try_borrow` does: the items may be read
/// unless the list is mutably borrowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListLayout {
    pub ptr: i32,
    pub len: i32,
    pub flag: i32,
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
    let flag = {
        let _b1 = rc.items.borrow();
        let w1 = words();
        let _b2 = rc.items.borrow();
        let w2 = words();
        (0..WORDS).find(|&i| i != ptr && i != count && w0[i] == 0 && w1[i] == 1 && w2[i] == 2)?
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
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn list_layout_is_measured() {
        let l = super::list_layout().expect("a measurable list layout");
        assert!(l.ptr != l.len && l.len != l.flag && l.ptr != l.flag);
    }

    #[test]
    fn tuple_layout_is_measured() {
        let l = super::tuple_layout().expect("a measurable tuple layout");
        assert_ne!(l.ptr, l.len);
    }
}
