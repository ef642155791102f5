//! Layouts of runtime objects that compiled code reads directly, measured once on probe
//! objects (never assumed): if a measurement is ambiguous or inconsistent, the answer is
//! `None` and traces keep using the helper that does the same job in Rust.

use super::entry::payload_bits;
use pyjit_runtime::object::PyTuple;
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

#[cfg(test)]
mod tests {
    #[test]
    fn tuple_layout_is_measured() {
        let l = super::tuple_layout().expect("a measurable tuple layout");
        assert_ne!(l.ptr, l.len);
    }
}
