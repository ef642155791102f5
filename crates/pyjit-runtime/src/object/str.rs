//! `str`: immutable Unicode text, with a flag that makes indexing ASCII text O(1).

use std::cell::Cell;

pub struct PyStr {
    s: Box<str>,
    ascii: bool,
    /// Cached hash; 0 means not computed yet.
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: &str) -> Self {
        PyStr::from_string(s.to_string())
    }

    pub fn from_string(s: String) -> Self {
        let ascii = s.is_ascii();
        PyStr {
            s: s.into_boxed_str(),
            ascii,
            hash: Cell::new(0),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        if self.ascii {
            self.s.len()
        } else {
            self.s.chars().count()
        }
    }

    /// The code point at index `i` (already bounds-checked, non-negative).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.ascii {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// A deterministic hash of the text (FNV-1a), cached.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(h);
        h
    }
}

/// The hash of a str's text (FNV-1a, never -1, and 0 only for `''`, whose hash CPython
/// fixes at 0 whatever the seed); `PyStr::hash` caches it.
pub fn hash_str(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let mut x: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        x ^= u64::from(b);
        x = x.wrapping_mul(0x0100_0000_01b3);
    }
    let h = (x >> 1) as i64;
    if h == 0 || h == -1 {
        1
    } else {
        h
    }
}
