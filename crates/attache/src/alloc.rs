//! The global allocator: mimalloc, called the way Rust's own `System` allocator calls
//! `malloc`.
//!
//! The `mimalloc` crate sends every request through mimalloc's aligned entry points,
//! which look for a block of the right alignment before falling back to the ordinary
//! path. Almost every request of the analysis asks for the alignment that an ordinary
//! `mi_malloc` block already has (mimalloc aligns a block of 16 bytes or more to 16
//! bytes, and a smaller block to its size rounded up to a power of two), so those go to
//! `mi_malloc` and `mi_realloc` directly, and only the rest to the aligned calls.
//! docs/PERFORMANCE.md has the instructions this saves.

use libmimalloc_sys::{
    mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned, mi_zalloc, mi_zalloc_aligned,
};
use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// The alignment every `mi_malloc` block has: a machine word. (Blocks of 16 bytes and
/// more are not all 16-byte aligned: a 24-byte block follows another.)
const PLAIN_ALIGN: usize = std::mem::size_of::<usize>();

pub struct MiMalloc;

/// Whether a block from the unaligned calls satisfies the alignment.
#[inline]
fn plain(align: usize) -> bool {
    align <= PLAIN_ALIGN
}

// SAFETY: every call forwards to mimalloc, which returns null or a block of at least the
// requested size whose alignment is `layout.align()`: by the aligned calls, or, when
// `plain` holds, by mimalloc's guarantee for ordinary blocks. Blocks from either family
// are freed and resized by `mi_free` and the realloc calls alike.
unsafe impl GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align()) {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align()) {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr as *mut c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if plain(layout.align()) {
            mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every size and alignment the two paths serve come back aligned, keep
    /// their contents through a resize and are freed.
    #[test]
    fn blocks_are_aligned_and_keep_their_contents() {
        for align in [1usize, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1usize, 3, 8, 15, 16, 24, 100, 4000, 70_000, 3 << 20] {
                let layout = Layout::from_size_align(size, align).unwrap();
                unsafe {
                    let p = MiMalloc.alloc(layout);
                    assert!(!p.is_null());
                    assert_eq!(p as usize % align, 0, "size {size} align {align}");
                    for i in 0..size {
                        *p.add(i) = (i % 251) as u8;
                    }
                    let q = MiMalloc.realloc(p, layout, size * 2 + 1);
                    assert!(!q.is_null());
                    assert_eq!(q as usize % align, 0, "resized: size {size} align {align}");
                    for i in 0..size {
                        assert_eq!(*q.add(i), (i % 251) as u8);
                    }
                    MiMalloc.dealloc(q, Layout::from_size_align(size * 2 + 1, align).unwrap());
                    let z = MiMalloc.alloc_zeroed(layout);
                    assert_eq!(z as usize % align, 0);
                    assert!((0..size).all(|i| *z.add(i) == 0));
                    MiMalloc.dealloc(z, layout);
                }
            }
        }
    }
}
