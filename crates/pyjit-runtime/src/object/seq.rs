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
