//! The bytecode interpreter: frames, argument binding and the evaluation loop.

pub mod call;
pub mod eval;
pub mod frame;
