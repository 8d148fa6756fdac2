//! `chdir` and `getcwd` over the emulated working directory.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/chdir.html>
//!
//! The working directory is a string (see [`crate::path`]); `chdir` checks
//! that the target is a directory the program can reach, then stores its
//! absolute, normalised name.

use alloc::string::String;

use crate::errno::Errno;
use crate::path;
use crate::preopen::with_state;

/// The working directory as `getcwd` reports it: no trailing slash except
/// for the root itself.
pub fn display(abs: &str) -> &str {
    if abs.len() > 1 {
        abs.trim_end_matches('/')
    } else {
        abs
    }
}

/// Change the working directory to `dir`, which `is_dir` must confirm.
pub fn change(
    dir: &str,
    is_dir: impl FnOnce(u32, &str) -> Result<bool, Errno>,
) -> Result<(), Errno> {
    let (abs, fd, rel) = with_state(|s| {
        let abs = path::absolute(&s.cwd, dir)?;
        let (pre, rel) = path::find(&s.preopens, &abs)?;
        Ok::<_, Errno>((String::from(display(&abs)), pre.fd, String::from(rel)))
    })?;
    if !is_dir(fd, &rel)? {
        return Err(Errno::NOTDIR);
    }
    with_state(|s| s.cwd = abs);
    Ok(())
}

#[cfg(target_os = "wasi")]
mod shims {
    use core::ffi::{c_char, c_int};
    use core::ptr;

    use crate::errno::{Errno, OrMinusOne, OrNull};
    use crate::preopen::with_state;
    use crate::wasi;

    extern "C" {
        fn malloc(n: usize) -> *mut core::ffi::c_void;
    }

    fn is_dir(fd: u32, rel: &str) -> Result<bool, Errno> {
        let st = crate::sys_stat::filestat_at(fd, rel, true)?;
        Ok(st.filetype == wasi::FILETYPE_DIRECTORY)
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn chdir(path: *const c_char) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let path = unsafe { crate::cabi::path(path)? };
            super::change(path, is_dir)?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// Copy the working directory into `buf` of `size` bytes, or into a new
    /// `malloc` block when `buf` is null (of `size` bytes, or just enough
    /// when `size` is 0), as glibc and musl do.
    ///
    /// # Safety
    /// `buf` is null or points to `size` writable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn getcwd(buf: *mut c_char, size: usize) -> *mut c_char {
        let result = with_state(|s| {
            let cwd = super::display(&s.cwd);
            let need = cwd.len() + 1;
            let (dst, room) = if buf.is_null() {
                let room = if size == 0 { need } else { size };
                if room < need {
                    return Err(Errno::RANGE);
                }
                // SAFETY: malloc takes any size.
                let p = unsafe { malloc(room) }.cast::<c_char>();
                if p.is_null() {
                    return Err(Errno::NOMEM);
                }
                (p, room)
            } else if size == 0 {
                return Err(Errno::INVAL);
            } else {
                (buf, size)
            };
            if room < need {
                return Err(Errno::RANGE);
            }
            // SAFETY: `dst` has `room` >= need bytes: the string and its NUL.
            unsafe {
                ptr::copy_nonoverlapping(cwd.as_ptr().cast::<c_char>(), dst, cwd.len());
                *dst.add(cwd.len()) = 0;
            }
            Ok(dst)
        });
        result.or_null()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_drops_trailing_slashes_but_keeps_the_root() {
        assert_eq!(display("/"), "/");
        assert_eq!(display("/a/"), "/a");
        assert_eq!(display("/a/b"), "/a/b");
    }
}
