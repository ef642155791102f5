//! The optimizer: small passes over the linear trace, each rebuilding it.
//!
//! The pipeline, in order (each file opens with an essay on its pass):
//!
//! 1. `guards` — redundant load and guard elimination: a slot's type is checked once, a
//!    condition is guarded once.
//! 2. `fold` — constant folding, algebraic identities and common-subexpression elimination.
//! 3. `sink` — store sinking: stores to the frame disappear and become snapshot entries, so
//!    values stay unboxed in registers and reach memory only at exits.
//! 4. `peel` — loop peeling: iteration one becomes a preamble that keeps every type check,
//!    the loop body after it needs none, and loop-invariant work is hoisted into the preamble.
//! 5. `alloc` — allocation sinking: instances the trace allocates that do not escape are
//!    never made; exits that need them make them.
//! 6. `dce` — dead-code elimination and snapshot compaction.
//!
//! Every pass keeps the trace valid (`Trace::verify`: after every pass in debug builds,
//! after the last in release builds), and every pass is tested on IR text in, IR text out
//! (`tests/ir/*.txt`, run by `tests.rs`).

pub mod alloc;
pub mod dce;
pub mod fold;
pub mod guards;
pub mod peel;
pub mod sink;

#[cfg(test)]
mod tests;

use crate::ir::{Inst, Ref, Trace};
use crate::snapshot::SnapId;

/// How much of the pipeline to run (`PYJIT_JIT_OPT`: `none`, `nopeel`, `all`). The lower
/// levels exist to test the backend on unoptimized shapes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum OptLevel {
    /// Compile the recorded IR as it is: a load with a tag check per `LoadFast`, a store per
    /// `StoreFast`.
    None,
    /// Everything but peeling: the trace writes the frame back and restarts every iteration.
    NoPeel,
    All,
}

/// Run the pipeline. Fails (the trace is dropped) only when peeling finds the loop
/// type-unstable.
pub fn optimize(t: &Trace, level: OptLevel) -> Result<Trace, String> {
    if level == OptLevel::None {
        exact_exits(t)?;
        return Ok(t.clone());
    }
    let t = checked("guards", guards::run(t))?;
    let t = checked("fold", fold::run(&t))?;
    let t = checked("sink", sink::run(&t))?;
    // A side trace (ending in `exit`) has no loop to peel.
    let loops = matches!(t.insts.last(), Some(Inst::JumpTop { .. }));
    let t = if level == OptLevel::All && loops {
        checked("peel", peel::run(&t)?)?
    } else {
        t
    };
    let t = checked("alloc", alloc::run(&t))?;
    let t = verified("dce", dce::run(&t))?;
    exact_exits(&t)?;
    Ok(t)
}

/// Does the trace make a residual call (`pycall`)?
pub fn has_residual_call(t: &Trace) -> bool {
    t.insts.iter().any(|i| {
        matches!(
            i,
            Inst::Call {
                h: crate::ir::Helper::PyCall,
                ..
            }
        )
    })
}

/// No instruction left may exit through an inexact snapshot (`Snapshot::inexact`: taken
/// after a store inside an inlined call that an exit would restart). The recorder emits
/// such guards freely — a `LoadAttr` after the store re-checks a class already checked —
/// and the passes remove the redundant ones; a trace that still has one is not compiled.
pub(crate) fn exact_exits(t: &Trace) -> Result<(), String> {
    if let Some(i) = t
        .insts
        .iter()
        .find(|i| i.snap().is_some_and(|s| t.snap(s).inexact))
    {
        return Err(format!(
            "guard after an attribute store in a nested inlined function: {}",
            t.fmt_inst(i)
        ));
    }
    Ok(())
}

/// A pass's result, verified in debug builds, where an invalid trace names the pass that
/// made it. Release builds verify only the pipeline's result (`verified`, after the last
/// pass), which still keeps invalid IR from the backend: verifying after every pass was
/// 0.7% of deltablue's and 1.5% of raytrace's instructions at the quick size (five
/// verifications per trace compiled), for traces that never fail it.
/// `PYJIT_VERIFY_IR` (any value) turns the per-pass verification on in a release build; the
/// test corpus (`tests/programs.rs`) sets it.
fn checked(pass: &str, t: Trace) -> Result<Trace, String> {
    static EVERY_PASS: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let every_pass = *EVERY_PASS
        .get_or_init(|| cfg!(debug_assertions) || std::env::var_os("PYJIT_VERIFY_IR").is_some());
    if every_pass {
        verified(pass, t)
    } else {
        Ok(t)
    }
}

/// A pass's result, verified (`Trace::verify`): an invalid one is dropped, not compiled.
fn verified(pass: &str, t: Trace) -> Result<Trace, String> {
    t.verify()
        .map_err(|e| format!("internal error: IR invalid after {pass}: {e}"))?;
    Ok(t)
}

/// A marker for "this instruction was deleted and defines nothing".
pub(crate) const GONE: Ref = Ref(u32::MAX);

/// Helper for a pass that copies a trace instruction by instruction: `map` takes old
/// references to new ones.
pub(crate) struct Rewriter<'a> {
    pub old: &'a Trace,
    pub new: Trace,
    pub map: Vec<Ref>,
}

impl<'a> Rewriter<'a> {
    pub fn new(old: &'a Trace) -> Rewriter<'a> {
        Rewriter {
            old,
            new: old.derived(),
            map: vec![GONE; old.len()],
        }
    }

    pub fn get(&self, r: Ref) -> Ref {
        let m = self.map[r.idx()];
        debug_assert!(m != GONE, "use of deleted value {r}");
        m
    }

    /// Copy of `inst` with operands and snapshot translated into the new trace.
    pub fn translate(&mut self, inst: &Inst) -> Inst {
        let mut inst = inst.clone();
        inst.map_operands(|r| self.get(r));
        if let Some(s) = inst.snap() {
            let s = self.copy_snap(s);
            inst.set_snap(Some(s));
        }
        inst
    }

    pub fn copy_snap(&mut self, s: SnapId) -> SnapId {
        let mut snap = self.old.snap(s).clone();
        snap.map_refs(|r| self.get(r));
        self.new.add_snap(snap)
    }
}
