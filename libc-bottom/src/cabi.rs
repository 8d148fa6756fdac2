//! Turning what a C caller passed into Rust values, for the shims: paths,
//! buffers, counts. Each check returns the errno POSIX (or Linux) gives for
//! the bad value, so no shim panics on caller input.

use core::ffi::{c_char, c_void, CStr};

use crate::errno::Errno;

/// A C path as UTF-8 (WASI paths are strings): EFAULT for null, EILSEQ for
/// bytes that are not UTF-8, ENOENT for the empty path.
///
/// # Safety
/// `p` is null or points to a NUL-terminated string.
pub unsafe fn path<'a>(p: *const c_char) -> Result<&'a str, Errno> {
    if p.is_null() {
        return Err(Errno::FAULT);
    }
    // SAFETY: non-null and NUL-terminated, by the caller's promise.
    let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
    if bytes.is_empty() {
        return Err(Errno::NOENT);
    }
    core::str::from_utf8(bytes).map_err(|_| Errno::ILSEQ)
}

/// The caller's buffer as a slice, or EFAULT for a null pointer with a
/// nonzero length (as Linux reports it).
///
/// # Safety
/// `buf` must point to `len` bytes that stay valid for the call.
pub unsafe fn bytes<'a>(buf: *const c_void, len: usize) -> Result<&'a [u8], Errno> {
    if len == 0 {
        return Ok(&[]);
    }
    if buf.is_null() {
        return Err(Errno::FAULT);
    }
    // SAFETY: non-null, and the caller promises `len` valid bytes.
    Ok(unsafe { core::slice::from_raw_parts(buf.cast(), len) })
}

/// As [`bytes`], writable.
///
/// # Safety
/// `buf` must point to `len` writable bytes that stay valid for the call.
pub unsafe fn bytes_mut<'a>(buf: *mut c_void, len: usize) -> Result<&'a mut [u8], Errno> {
    if len == 0 {
        return Ok(&mut []);
    }
    if buf.is_null() {
        return Err(Errno::FAULT);
    }
    // SAFETY: non-null, and the caller promises `len` writable bytes.
    Ok(unsafe { core::slice::from_raw_parts_mut(buf.cast(), len) })
}

/// A byte count that `ssize_t` can report back, or EINVAL.
pub fn count(n: usize) -> Result<usize, Errno> {
    if n > isize::MAX as usize {
        Err(Errno::INVAL)
    } else {
        Ok(n)
    }
}

/// A file offset, which POSIX says may not be negative (EINVAL).
pub fn offset(off: i64) -> Result<u64, Errno> {
    u64::try_from(off).map_err(|_| Errno::INVAL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_caller_values_are_errors() {
        // SAFETY: null is the case under test; no memory is read.
        unsafe {
            assert_eq!(path(core::ptr::null()), Err(Errno::FAULT));
            assert_eq!(path(c"".as_ptr()), Err(Errno::NOENT));
            assert_eq!(path(c"\xff".as_ptr()), Err(Errno::ILSEQ));
            assert_eq!(path(c"a/b".as_ptr()), Ok("a/b"));
            assert_eq!(bytes(core::ptr::null(), 1), Err(Errno::FAULT));
            assert_eq!(bytes(core::ptr::null(), 0), Ok(&[][..]));
        }
        assert_eq!(count(usize::MAX), Err(Errno::INVAL));
        assert_eq!(offset(-1), Err(Errno::INVAL));
        assert_eq!(offset(5), Ok(5));
    }
}
