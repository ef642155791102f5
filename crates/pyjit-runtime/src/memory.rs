//! How much memory a single object may ask for before it is a `MemoryError`.
//!
//! CPython raises `MemoryError` when `malloc` fails, and with the kernel's default overcommit
//! rule a single request larger than RAM plus swap fails at once. pyjit's allocator
//! (mimalloc) reserves address space without that check, so such a request would succeed
//! and the process would be killed by the kernel later, when the pages are touched. Sizes
//! computed from user numbers (`[0] * n`, `"ab" * n`) are checked here first.

use std::sync::OnceLock;

/// RAM plus swap in bytes, from `/proc/meminfo` (1 TiB where it cannot be read).
fn budget() -> u128 {
    static BUDGET: OnceLock<u128> = OnceLock::new();
    *BUDGET.get_or_init(|| {
        let kib = |text: &str, key: &str| -> Option<u128> {
            let line = text.lines().find(|l| l.starts_with(key))?;
            line[key.len()..].split_whitespace().next()?.parse().ok()
        };
        std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|t| Some((kib(&t, "MemTotal:")? + kib(&t, "SwapTotal:").unwrap_or(0)) * 1024))
            .unwrap_or(1 << 40)
    })
}

/// Whether an object of `count` items of `item_bytes` each may be allocated.
pub fn fits(count: u128, item_bytes: u128) -> bool {
    count.saturating_mul(item_bytes) <= budget()
}

#[cfg(test)]
mod tests {
    #[test]
    fn small_objects_fit_and_absurd_ones_do_not() {
        assert!(super::fits(1 << 20, 16));
        assert!(!super::fits(1 << 60, 16));
    }
}
