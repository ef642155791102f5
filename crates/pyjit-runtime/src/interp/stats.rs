//! Specialization statistics, printed at exit by `--stats` / `PYJIT_STATS=1`.

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
        out
    }
}
