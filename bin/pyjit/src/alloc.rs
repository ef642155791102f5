//! The global allocator: mimalloc, called the way mimalloc itself would serve each request.
//!
//! The `mimalloc` crate's `GlobalAlloc` sends every request through mimalloc's *aligned*
//! entry points (`mi_malloc_aligned`, `mi_realloc_aligned`), whatever the alignment. Those
//! check the alignment, find the request naturally aligned (alignment at most 16 and at most
//! the size: mimalloc's size classes already guarantee it) and only then take the plain
//! path — four calls deep, ~50 instructions per allocation instead of ~20. Nearly every
//! allocation of the interpreter (objects, `Vec<Value>`s, strings) has alignment 8, so the
//! check is made here once, with mimalloc's own rule (`mi_malloc_is_naturally_aligned`), and
//! such requests go straight to `mi_malloc`/`mi_zalloc`/`mi_realloc`.
//! (deltablue makes ~150 000 allocations a round, go ~400 000.)

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc's `MI_MAX_ALIGN_SIZE`: every block of at least this size is aligned to it.
const MAX_NATURAL_ALIGN: usize = 16;

pub struct MiMalloc;

/// Whether a block of `size` bytes from mimalloc's plain entry points is aligned to `align`
/// (mimalloc's `mi_malloc_is_naturally_aligned` for alignments up to 16).
#[inline(always)]
fn natural(size: usize, align: usize) -> bool {
    align <= MAX_NATURAL_ALIGN && align <= size
}

// SAFETY: each method returns memory from mimalloc that satisfies the layout it was given —
// through the plain entry points only when mimalloc guarantees that alignment for that size
// (`natural`), else through the aligned ones — and `mi_free` accepts blocks from either.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: plain FFI calls; mimalloc returns null on failure, as `alloc` must.
        unsafe {
            if natural(layout.size(), layout.align()) {
                mi::mi_malloc(layout.size()) as *mut u8
            } else {
                mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            if natural(layout.size(), layout.align()) {
                mi::mi_zalloc(layout.size()) as *mut u8
            } else {
                mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the caller's contract), i.e. from mimalloc.
        unsafe { mi::mi_free(ptr as *mut c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from mimalloc (the caller's contract); the new block keeps the
        // layout's alignment by the same rule as `alloc`.
        unsafe {
            if natural(new_size, layout.align()) {
                mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}
