//! Specialization statistics, printed at exit by `--stats` / `PYJIT_STATS=1`.

use pyjit_bytecode::Op;
use std::fmt::Write;

/// The instruction families that specialize.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    LoadGlobal,
    StoreGlobal,
    LoadAttr,
    StoreAttr,
    LoadMethod,
    Call,
    BinaryOp,
    CompareOp,
    ForIter,
    Subscript,
}

const FAMILIES: [Family; 10] = [
    Family::LoadGlobal,
    Family::StoreGlobal,
    Family::LoadAttr,
    Family::StoreAttr,
    Family::LoadMethod,
    Family::Call,
    Family::BinaryOp,
    Family::CompareOp,
    Family::ForIter,
    Family::Subscript,
];

/// Hits (the specialized path ran), misses (the guard failed: generic path) and
/// re-specializations (a cache was filled or refilled) per family.
#[derive(Default)]
pub struct Stats {
    pub hits: [u64; 10],
    pub misses: [u64; 10],
    pub fills: [u64; 10],
    /// Instructions executed per opcode, and per pair of consecutive opcodes (indexed
    /// `prev * 256 + op`), counted by the `--stats` instance of the evaluation loop: the
    /// pairs say which superinstructions would save dispatches. Allocated on the first count
    /// (the pair table is 512 KiB), so runs without `--stats` never pay for it.
    pub ops: Option<Box<OpCounts>>,
}

/// The opcode and opcode-pair counts.
pub struct OpCounts {
    pub ops: Vec<u64>,
    /// Pairs in execution order (a call's last instruction pairs with the callee's first).
    pub pairs: Vec<u64>,
    /// The opcode executed last (`u8::MAX` before the first).
    pub prev: u8,
}

impl Stats {
    #[inline]
    pub fn hit(&mut self, f: Family) {
        self.hits[f as usize] += 1;
    }

    #[inline]
    pub fn miss(&mut self, f: Family) {
        self.misses[f as usize] += 1;
    }

    #[inline]
    pub fn fill(&mut self, f: Family) {
        self.fills[f as usize] += 1;
    }

    /// Count one executed instruction.
    #[inline]
    pub fn op(&mut self, op: u8) {
        let c = self.ops.get_or_insert_with(|| {
            Box::new(OpCounts {
                ops: vec![0; 256],
                pairs: vec![0; 256 * 256],
                prev: u8::MAX,
            })
        });
        c.ops[op as usize] += 1;
        if c.prev != u8::MAX {
            c.pairs[c.prev as usize * 256 + op as usize] += 1;
        }
        c.prev = op;
    }

    pub fn report(&self) -> String {
        let mut out = String::from("pyjit specialization stats\n");
        let _ = writeln!(
            out,
            "{:<12} {:>14} {:>14} {:>10} {:>7}",
            "family", "hits", "misses", "fills", "hit%"
        );
        for f in FAMILIES {
            let i = f as usize;
            let total = self.hits[i] + self.misses[i];
            let pct = if total == 0 {
                0.0
            } else {
                100.0 * self.hits[i] as f64 / total as f64
            };
            let _ = writeln!(
                out,
                "{:<12} {:>14} {:>14} {:>10} {:>6.1}%",
                format!("{f:?}"),
                self.hits[i],
                self.misses[i],
                self.fills[i],
                pct
            );
        }
        self.report_ops(&mut out);
        let (runs, freed) = crate::gc::stats();
        let _ = writeln!(out, "cycle collections: {runs}, objects freed: {freed}");
        out
    }

    /// The most executed opcodes and opcode pairs, with their share of all instructions.
    fn report_ops(&self, out: &mut String) {
        let Some(c) = &self.ops else { return };
        let total: u64 = c.ops.iter().sum();
        if total == 0 {
            return;
        }
        let name = |i: usize| Op::ALL.get(i).map_or("?", |o| o.name());
        let pct = |n: u64| 100.0 * n as f64 / total as f64;
        let _ = writeln!(out, "instructions executed: {total}");
        let mut ops: Vec<(u64, usize)> = c.ops.iter().copied().zip(0..).collect();
        ops.sort_by(|a, b| b.cmp(a));
        for (n, i) in ops.into_iter().take(20).filter(|p| p.0 > 0) {
            let _ = writeln!(out, "  {:<24} {n:>14} {:>6.1}%", name(i), pct(n));
        }
        let _ = writeln!(out, "most frequent pairs:");
        let mut pairs: Vec<(u64, usize)> = c.pairs.iter().copied().zip(0..).collect();
        pairs.sort_by(|a, b| b.cmp(a));
        for (n, i) in pairs.into_iter().take(20).filter(|p| p.0 > 0) {
            let pair = format!("{} {}", name(i / 256), name(i % 256));
            let _ = writeln!(out, "  {pair:<40} {n:>14} {:>6.1}%", pct(n));
        }
    }
}
