//! The bytecode interpreter: frames, argument binding and the evaluation loop.

pub mod cache;
pub mod call;
pub mod eval;
pub mod frame;
pub mod jit_hook;
pub mod matching;
pub mod specialize;
pub mod star_args;
pub mod stats;
