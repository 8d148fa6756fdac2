//! Program start-up: the argument and environment vectors.
//!
//! `__main_void` (C, `c/__main_void.c`) asks for `argv` when `main` takes
//! arguments, and `environ` (C, `c/environ.c`) asks for the environment in a
//! constructor, so a program pays for neither unless it uses it. Both vectors
//! live in one `malloc`ed block: the pointer array, then the strings.

use core::mem::size_of;

/// Bytes for a block holding `count` pointers, a terminating null pointer,
/// and `strings` bytes of string data; `None` if that overflows.
pub fn block_size(count: usize, strings: usize) -> Option<usize> {
    count
        .checked_add(1)?
        .checked_mul(size_of::<usize>())?
        .checked_add(strings)
}

#[cfg(target_os = "wasi")]
mod shims {
    use core::ffi::{c_char, c_int, c_void};
    use core::ptr;

    use super::block_size;
    use crate::errno::Errno;
    use crate::wasi;

    extern "C" {
        fn malloc(n: usize) -> *mut c_void;
    }

    /// EX_OSERR from `<sysexits.h>`: the system failed us before `main`.
    const EX_OSERR: c_int = 71;

    type SizesGet = unsafe extern "C" fn(*mut usize, *mut usize) -> i32;
    type VectorGet = unsafe extern "C" fn(*mut *mut u8, *mut u8) -> i32;

    /// Fetch a null-terminated vector (arguments or environment) into one
    /// fresh `malloc` block. Returns the vector and its length.
    fn fetch(sizes: SizesGet, get: VectorGet) -> Result<(*mut *mut c_char, usize), Errno> {
        let (mut count, mut bytes) = (0usize, 0usize);
        // SAFETY: both are valid out-parameters.
        Errno::check(unsafe { sizes(&mut count, &mut bytes) })?;
        let size = block_size(count, bytes).ok_or(Errno::NOMEM)?;
        // SAFETY: malloc accepts any size and returns null or a fresh block
        // aligned for pointers.
        let block = unsafe { malloc(size) }.cast::<*mut u8>();
        if block.is_null() {
            return Err(Errno::NOMEM);
        }
        // SAFETY: the block holds count + 1 pointers followed by `bytes`
        // bytes, exactly what the runtime was told it may write.
        unsafe {
            let strings = block.add(count + 1).cast::<u8>();
            Errno::check(get(block, strings))?;
            *block.add(count) = ptr::null_mut();
        }
        Ok((block.cast(), count))
    }

    /// Fill `*argc` and return `argv` for `main`. If the arguments cannot be
    /// had there is no sensible `main` to run: exit with `EX_OSERR`.
    ///
    /// # Safety
    /// `argc` must be valid for a write.
    #[no_mangle]
    pub unsafe extern "C" fn __libc_args(argc: *mut c_int) -> *mut *mut c_char {
        match fetch(wasi::args_sizes_get, wasi::args_get) {
            Ok((argv, n)) => {
                // SAFETY: the caller's promise; n fits since the runtime could
                // not have handed us more than 2^31 pointers in memory.
                unsafe { *argc = n as c_int };
                argv
            }
            Err(_) => crate::unistd::exit::exit_now(EX_OSERR),
        }
    }

    /// The environment as a fresh null-terminated vector, or null when it
    /// cannot be had (then the program sees an empty environment).
    #[no_mangle]
    pub extern "C" fn __libc_environ() -> *mut *mut c_char {
        fetch(wasi::environ_sizes_get, wasi::environ_get).map_or(ptr::null_mut(), |(env, _)| env)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_size_counts_terminator_and_strings() {
        let p = size_of::<usize>();
        assert_eq!(block_size(0, 0), Some(p));
        assert_eq!(block_size(2, 10), Some(3 * p + 10));
        assert_eq!(block_size(usize::MAX, 0), None);
        assert_eq!(block_size(usize::MAX / p, 0), None);
        assert_eq!(block_size(1, usize::MAX), None);
    }
}
