//! pyjit's tracing JIT.
//!
//! See `docs/jit.md` for the design. Layout:
//! * `ir.rs` — the trace IR (typed linear SSA with guards) and its text form;
//! * `snapshot.rs` — snapshots and the exit protocol;
//! * `record.rs` — the recorder that follows the interpreter for one loop iteration;
//! * `opt/` — the optimizer passes;
//! * `pool.rs` — the heap objects and helper descriptors a trace refers to, and why borrowed
//!   object references are safe in traces;
//! * `backend/` — machine code (x86-64 with dynasm) and the entry trampoline;
//! * `side.rs` — side traces: hot exits recorded to the back-edge and linked into the loop;
//! * `reent.rs` — re-entrant traces: a loop's trace entered again inside its own residual
//!   call (recursion);
//! * `native.rs` — native functions: self-recursive int functions (`fib`) compiled whole,
//!   their recursive calls native calls;
//! * `jit.rs` — hot-loop detection, trace cache, exit policy, statistics: the `JitHooks`
//!   implementation the interpreter calls.

pub mod backend;
pub mod ir;
pub mod jit;
pub mod native;
pub mod opt;
pub mod pool;
pub mod record;
mod reent;
pub mod side;
pub mod snapshot;

pub use jit::{Jit, JitConfig};
