//! The semantics of Python's operators on values: arithmetic, comparison, hashing, truth,
//! `repr`/`str`, subscripts and iteration. Fast paths for the common builtin types come first;
//! user classes are reached through their special methods.

pub mod arith;
pub mod compare;
pub mod iter;
pub mod num;
pub mod repr;
pub mod subscript;
pub mod truth;
