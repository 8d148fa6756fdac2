//! The Rust heap of the bottom half is the C heap (`malloc`, `realloc`,
//! `free` from the top half), so that a program has one allocator.

#[cfg(target_os = "wasi")]
mod c_heap {
    use core::alloc::{GlobalAlloc, Layout};
    use core::ffi::c_void;
    use core::ptr;

    extern "C" {
        fn malloc(n: usize) -> *mut c_void;
        fn realloc(p: *mut c_void, n: usize) -> *mut c_void;
        fn free(p: *mut c_void);
    }

    /// `malloc` aligns to 16 bytes (`max_align_t`). Nothing in the bottom
    /// half needs more, so a stricter request fails rather than being met
    /// by a second allocator.
    const MALLOC_ALIGN: usize = 16;

    struct CHeap;

    // SAFETY: malloc, realloc and free meet GlobalAlloc's contract for
    // alignments up to MALLOC_ALIGN; larger alignments get null (failure).
    unsafe impl GlobalAlloc for CHeap {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() > MALLOC_ALIGN {
                return ptr::null_mut();
            }
            // SAFETY: any size is valid for malloc.
            unsafe { malloc(layout.size()).cast() }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, _: Layout) {
            // SAFETY: `ptr` came from malloc or realloc.
            unsafe { free(ptr.cast()) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, _: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: `ptr` came from malloc (alloc never hands out other
            // blocks), and realloc keeps malloc's alignment.
            unsafe { realloc(ptr.cast(), new_size).cast() }
        }
    }

    #[global_allocator]
    static HEAP: CHeap = CHeap;
}
