//! Sequences: `list`, `tuple`, `range` and `slice` objects.

use crate::gc::GcLink;
use crate::value::Value;
use std::cell::RefCell;

pub struct PyList {
    pub items: RefCell<Vec<Value>>,
    /// The cycle collector's registry index (`crate::gc`).
    pub gc: GcLink,
}

impl PyList {
    pub fn new(items: Vec<Value>) -> Self {
        PyList {
            items: RefCell::new(items),
            gc: GcLink::new(),
        }
    }
}

/// How many items one shift step of `remove_at`/`insert_at` moves: 64 values, 1 KiB.
///
/// `Vec::remove(0)` of a long list is one `memmove` of the whole tail, and glibc moves a
/// block of 2 KiB or more with `rep movsb` (its `x86_rep_movsb_threshold`): cachegrind counts
/// that as one instruction per byte, so deltablue's `todo.pop(0)` (lists of ~200 values,
/// 3.4 KB a shift) showed as 38 M of its 557 M instructions. Moved 1 KiB at a time, glibc
/// uses its vector loop (~80 instructions per KiB); the time is the same or slightly
/// better (a pop(0)/append loop on a 400-item list).
const SHIFT_CHUNK: usize = 64;

/// `items.remove(i)`, the tail shifted down in steps of `SHIFT_CHUNK` items. (Inlined, the
/// shifting out of line: as one function, nqueens `--jit=on` measured +0.4% on its `pop()`s.)
#[inline]
pub fn remove_at(items: &mut Vec<Value>, i: usize) -> Value {
    if items.len() - i <= SHIFT_CHUNK + 1 {
        return items.remove(i);
    }
    remove_shifting(items, i)
}

#[inline(never)]
fn remove_shifting(items: &mut Vec<Value>, i: usize) -> Value {
    let n = items.len();
    // Each window's `rotate_left(1)` carries the removed item to the window's end, where the
    // next window starts; it ends last and is popped.
    let mut a = i;
    while a + 1 < n {
        let b = (a + SHIFT_CHUNK + 1).min(n);
        items[a..b].rotate_left(1);
        a = b - 1;
    }
    items.pop().expect("not empty: i < n")
}

/// `items.insert(i, v)`, the tail shifted up in steps of `SHIFT_CHUNK` items.
#[inline]
pub fn insert_at(items: &mut Vec<Value>, i: usize, v: Value) {
    if items.len() - i <= SHIFT_CHUNK {
        return items.insert(i, v);
    }
    insert_shifting(items, i, v)
}

#[inline(never)]
fn insert_shifting(items: &mut Vec<Value>, i: usize, v: Value) {
    let n = items.len();
    items.push(v);
    // The new item moves down from the end a window at a time (see `remove_at`).
    let mut b = n + 1;
    while b > i + 1 {
        let a = b.saturating_sub(SHIFT_CHUNK + 1).max(i);
        items[a..b].rotate_right(1);
        b = a + 1;
    }
}

impl Drop for PyList {
    fn drop(&mut self) {
        crate::gc::untrack(&self.gc);
    }
}

pub struct PyTuple {
    pub items: Vec<Value>,
}

impl PyTuple {
    pub fn new(items: Vec<Value>) -> Self {
        PyTuple { items }
    }
}

/// `range(start, stop, step)` over machine ints (pyjit refuses ranges beyond i64).
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1) as i64
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
