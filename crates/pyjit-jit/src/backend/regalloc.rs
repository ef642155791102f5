//! Linear-scan register allocation over a trace.
//!
//! A trace is straight-line code (plus one back-edge in the peeled form), so live ranges are
//! single intervals and Poletto & Sarkar's linear scan is exact enough: walk the values in
//! definition order, free the registers of intervals that ended, give the new value a free
//! register of its class (general for int/bool, XMM for float), and when none is left spill
//! the interval that ends last — to its own 8-byte stack slot for its whole life.
//!
//! Live ranges:
//! * a value lives from its definition to its last use, counting snapshot references (the
//!   exit stub of a guard reads them) — an instruction may reuse the register of an operand
//!   that dies there, because the code generator reads all operands and takes all exits
//!   before it writes the result;
//! * a preamble value used inside the loop lives to the end of the trace (the next iteration
//!   needs it again); params live from the `loop` marker to the end; `next` values are read
//!   at the end;
//! * constants get no register (they become immediates), and a comparison whose only use is
//!   the guard right after it is *fused* into that guard (compare and branch, no result).

use crate::ir::{Inst, Ref, Trace, Type};

/// Where a value lives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Loc {
    /// Defines nothing, or nothing reads it.
    None,
    /// A general register (x86 encoding number).
    Gpr(u8),
    /// An XMM register.
    Xmm(u8),
    /// Spill slot `n`: 8 bytes at `[rsp + 8n]`.
    Stack(u32),
    /// A constant (its 8-byte payload).
    Const(u64),
    /// A comparison computed by the guard that follows it.
    Fused,
}

pub struct Alloc {
    pub locs: Vec<Loc>,
    pub spill_slots: u32,
    /// Position of each value's last use (for tests and dumps).
    pub end: Vec<usize>,
}

/// Allocate registers for `t` from the given pools (in order of preference).
pub fn allocate(t: &Trace, gprs: &[u8], xmms: &[u8]) -> Alloc {
    let n = t.len();
    let loop_at = t.loop_index();
    let mut uses = vec![0u32; n];
    for inst in &t.insts {
        for r in inst.operands() {
            uses[r.idx()] += 1;
        }
        if let Some(s) = inst.snap() {
            for r in t.snap(s).refs() {
                uses[r.idx()] += 1;
            }
        }
    }
    // The guard a comparison fuses with: the next instruction that emits code (constants
    // emit none) must be a guard on it, and nothing else may use it.
    let fused_guard: Vec<Option<usize>> = (0..n)
        .map(|i| {
            if !matches!(t.insts[i], Inst::Cmp { .. }) || uses[i] != 1 {
                return None;
            }
            let g = (i + 1..n)
                .find(|&j| !matches!(t.insts[j], Inst::Const(_) | Inst::Virtual { .. }))?;
            match t.insts[g] {
                Inst::Guard { cond, .. } if cond.idx() == i => Some(g),
                _ => None,
            }
        })
        .collect();
    let fused: Vec<bool> = fused_guard.iter().map(Option::is_some).collect();

    let mut end: Vec<usize> = (0..n).collect();
    let bump = |end: &mut Vec<usize>, r: Ref, at: usize| {
        if end[r.idx()] < at {
            end[r.idx()] = at;
        }
    };
    for (i, inst) in t.insts.iter().enumerate() {
        match *inst {
            Inst::Param { init } => bump(&mut end, init, loop_at.unwrap_or(i)),
            Inst::Next { param, val } => {
                bump(&mut end, param, n);
                bump(&mut end, val, n);
            }
            _ => {
                // A fused comparison is evaluated at its guard.
                let at = fused_guard[i].unwrap_or(i);
                for r in inst.operands() {
                    bump(&mut end, r, at);
                }
            }
        }
        if let Some(s) = inst.snap() {
            for r in t.snap(s).refs() {
                bump(&mut end, r, i);
            }
        }
    }
    if let Some(l) = loop_at {
        for (i, e) in end.iter_mut().enumerate() {
            if (i < l && *e > l) || matches!(t.insts[i], Inst::Param { .. }) {
                *e = n;
            }
        }
    }

    let mut locs = vec![Loc::None; n];
    let mut spill_slots = 0u32;
    // Active intervals per class: (end, value).
    let mut active: [Vec<(usize, usize)>; 2] = [Vec::new(), Vec::new()];
    let mut free: [Vec<u8>; 2] = [
        gprs.iter().rev().copied().collect(),
        xmms.iter().rev().copied().collect(),
    ];
    for i in 0..n {
        match t.insts[i] {
            Inst::Const(c) => {
                locs[i] = Loc::Const(c.bits());
                continue;
            }
            // No object exists: exits make it (`ExitDesc::virtuals`).
            Inst::Virtual { .. } => {
                locs[i] = Loc::Const(0);
                continue;
            }
            Inst::Cmp { .. } if fused[i] => {
                locs[i] = Loc::Fused;
                continue;
            }
            _ => {}
        }
        let ty = t.types[i];
        if ty == Type::Void || uses[i] == 0 {
            continue;
        }
        let class = usize::from(ty == Type::Float);
        // Free the registers of intervals that ended before or at this definition.
        for (c, act) in active.iter_mut().enumerate() {
            act.retain(|&(e, v)| {
                if e <= i {
                    if let Loc::Gpr(r) | Loc::Xmm(r) = locs[v] {
                        free[c].push(r);
                    }
                    false
                } else {
                    true
                }
            });
        }
        let reg = |r: u8| if class == 0 { Loc::Gpr(r) } else { Loc::Xmm(r) };
        if let Some(r) = free[class].pop() {
            locs[i] = reg(r);
            active[class].push((end[i], i));
            continue;
        }
        // Spill whichever of the active intervals and this one ends last.
        let victim = active[class]
            .iter()
            .enumerate()
            .max_by_key(|(_, &(e, _))| e)
            .map(|(k, &(e, v))| (k, e, v));
        match victim {
            Some((k, e, v)) if e > end[i] => {
                locs[i] = locs[v];
                locs[v] = Loc::Stack(spill_slots);
                spill_slots += 1;
                active[class][k] = (end[i], i);
            }
            _ => {
                locs[i] = Loc::Stack(spill_slots);
                spill_slots += 1;
            }
        }
    }
    Alloc {
        locs,
        spill_slots,
        end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alloc(text: &str, gprs: &[u8]) -> (Trace, Alloc) {
        let t = Trace::parse(text).unwrap();
        t.verify().unwrap();
        let a = allocate(&t, gprs, &[0, 1]);
        (t, a)
    }

    /// No two simultaneously live values share a location.
    fn check_no_overlap(t: &Trace, a: &Alloc) {
        for i in 0..t.len() {
            for j in i + 1..t.len() {
                let (li, lj) = (a.locs[i], a.locs[j]);
                let reg = matches!(li, Loc::Gpr(_) | Loc::Xmm(_) | Loc::Stack(_));
                if reg && li == lj {
                    assert!(
                        a.end[i] <= j,
                        "%{i} and %{j} share {li:?} but %{i} lives to {}",
                        a.end[i]
                    );
                }
            }
        }
    }

    const SUM: &str = "\
%a = load.int local0 snap0
%b = load.int local1 snap0
%c = load.int local2 snap0
%d = iadd %a %b snap0
%e = iadd %d %c snap0
%f = iadd %e %a snap0
jumptop snap1
snap0: pc=0 stack=[] slots=[]
snap1: pc=0 stack=[] slots=[local0=%f]
";

    #[test]
    fn reuses_registers_of_dead_values() {
        let (t, a) = alloc(SUM, &[3, 1, 6]);
        check_no_overlap(&t, &a);
        assert_eq!(a.spill_slots, 0);
    }

    #[test]
    fn spills_when_out_of_registers() {
        let (t, a) = alloc(SUM, &[3]);
        check_no_overlap(&t, &a);
        assert!(a.spill_slots > 0);
    }

    #[test]
    fn fuses_compare_into_guard_and_keeps_invariants_alive() {
        let text = "\
%n = load.int local0 snap0
%k = const.int 10
loop
%p = param %n
%c = icmp.lt %p %k
guard %c true snap1
%one = const.int 1
%q = iadd %p %one snap1
next %p %q
jumploop
snap0: pc=0 stack=[] slots=[]
snap1: pc=0 stack=[] slots=[local0=%p]
";
        let (t, a) = alloc(text, &[3, 1]);
        check_no_overlap(&t, &a);
        assert_eq!(a.locs[4], Loc::Fused);
        assert_eq!(a.locs[1], Loc::Const(10));
        assert_eq!(a.end[3], t.len(), "params live to the end");
    }
}
