//! `<errno.h>`: the error numbers, and the one seam where `errno` is set.
//!
//! WASI preview 1 errno values are the libc's `E*` values (the headers define
//! them so); the assertions below prove that at compile time, so no
//! translation table is needed between the two.

use core::ffi::c_int;

use crate::sys;

/// An error number: a WASI `errno`, which is also the libc's `E*` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Errno(pub u16);

impl Errno {
    pub const ACCES: Errno = Errno(2);
    pub const AGAIN: Errno = Errno(6);
    pub const MFILE: Errno = Errno(33);
    pub const NOPROTOOPT: Errno = Errno(50);
    pub const NOTSOCK: Errno = Errno(57);
    pub const NOTSUP: Errno = Errno(58);
    pub const PIPE: Errno = Errno(64);
    pub const SPIPE: Errno = Errno(70);
    pub const BADF: Errno = Errno(8);
    pub const FAULT: Errno = Errno(21);
    pub const ILSEQ: Errno = Errno(25);
    pub const ISDIR: Errno = Errno(31);
    pub const INVAL: Errno = Errno(28);
    pub const IO: Errno = Errno(29);
    pub const NOENT: Errno = Errno(44);
    pub const NOMEM: Errno = Errno(48);
    pub const NOSPC: Errno = Errno(51);
    pub const NOTTY: Errno = Errno(59);
    pub const NOTDIR: Errno = Errno(54);
    pub const OVERFLOW: Errno = Errno(61);
    pub const RANGE: Errno = Errno(68);
    pub const NOTCAPABLE: Errno = Errno(76);

    /// The error of a raw WASI call's result (0 means success).
    pub fn check(raw: i32) -> Result<(), Errno> {
        match raw {
            0 => Ok(()),
            // A runtime that returns a value no errno can hold breaks the
            // spec; report it as EINVAL rather than truncating it.
            e => Err(u16::try_from(e).map_or(Errno::INVAL, Errno)),
        }
    }
}

// The libc's E* values are the WASI ones, so errors pass through unchanged.
const _: () = assert!(sys::EACCES == Errno::ACCES.0 as u32);
const _: () = assert!(sys::EBADF == Errno::BADF.0 as u32);
const _: () = assert!(sys::EISDIR == Errno::ISDIR.0 as u32);
const _: () = assert!(sys::ENOTCAPABLE == Errno::NOTCAPABLE.0 as u32);
const _: () = assert!(sys::ENOSPC == Errno::NOSPC.0 as u32);
const _: () = assert!(sys::EFAULT == Errno::FAULT.0 as u32);
const _: () = assert!(sys::EILSEQ == Errno::ILSEQ.0 as u32);
const _: () = assert!(sys::EINVAL == Errno::INVAL.0 as u32);
const _: () = assert!(sys::ENOTDIR == Errno::NOTDIR.0 as u32);
const _: () = assert!(sys::ERANGE == Errno::RANGE.0 as u32);
const _: () = assert!(sys::ENOENT == Errno::NOENT.0 as u32);
const _: () = assert!(sys::ENOMEM == Errno::NOMEM.0 as u32);
const _: () = assert!(sys::ENOTTY == Errno::NOTTY.0 as u32);
const _: () = assert!(sys::EOVERFLOW == Errno::OVERFLOW.0 as u32);
const _: () = assert!(sys::EAGAIN == Errno::AGAIN.0 as u32 && sys::EMFILE == Errno::MFILE.0 as u32);
const _: () = assert!(sys::ENOPROTOOPT == Errno::NOPROTOOPT.0 as u32);
const _: () = assert!(sys::ENOTSOCK == Errno::NOTSOCK.0 as u32);
const _: () = assert!(sys::ENOTSUP == Errno::NOTSUP.0 as u32 && sys::EPIPE == Errno::PIPE.0 as u32);
const _: () = assert!(sys::ESPIPE == Errno::SPIPE.0 as u32);
const _: () = assert!(sys::ESPIPE == 70 && sys::ENOSYS == 52 && sys::EIO == 29);

#[cfg(target_os = "wasi")]
extern "C" {
    /// Defined by the top half (`libc-top/src/errno/`), next to `errno`.
    fn __errno_location() -> *mut c_int;
}

/// The errno a POSIX caller sees for `e`. WASI's ENOTCAPABLE (the
/// descriptor lacks a right, e.g. writing under a read-only preopen) has no
/// POSIX meaning; callers expect EACCES for "not allowed".
pub fn for_posix(e: Errno) -> Errno {
    if e == Errno::NOTCAPABLE {
        Errno::ACCES
    } else {
        e
    }
}

/// For calls on a descriptor (`read`, `write`, …): a descriptor without
/// the right for the call is, to POSIX, one "not open for" it: EBADF.
pub fn on_descriptor(e: Errno) -> Errno {
    if e == Errno::NOTCAPABLE {
        Errno::BADF
    } else {
        e
    }
}

/// Set `errno`. Only the shims call this.
#[cfg(target_os = "wasi")]
pub fn set_errno(e: Errno) {
    // SAFETY: __errno_location returns the address of the program's errno,
    // valid for the whole run.
    unsafe { *__errno_location() = c_int::from(for_posix(e).0) };
}

/// On the host, where there is no C `errno` to set, errors are dropped.
#[cfg(not(target_os = "wasi"))]
pub fn set_errno(_: Errno) {}

/// Turn a core result into the C convention: the value, or -1 with `errno`.
pub trait OrMinusOne<T> {
    fn or_minus_one(self) -> T;
}

macro_rules! or_minus_one {
    ($($t:ty),*) => {$(
        impl OrMinusOne<$t> for Result<$t, Errno> {
            fn or_minus_one(self) -> $t {
                self.unwrap_or_else(|e| {
                    set_errno(e);
                    -1
                })
            }
        }
    )*};
}
or_minus_one!(c_int, isize, i64);

/// The C convention for calls that return a pointer: the pointer, or null
/// with `errno`.
pub trait OrNull<T> {
    fn or_null(self) -> *mut T;
}

impl<T> OrNull<T> for Result<*mut T, Errno> {
    fn or_null(self) -> *mut T {
        self.unwrap_or_else(|e| {
            set_errno(e);
            core::ptr::null_mut()
        })
    }
}

/// The convention of the few calls that return the error number itself
/// (`clock_nanosleep`, `posix_fadvise`, `posix_fallocate`): 0 or the errno
/// value, with `errno` left alone.
pub fn error_number(result: Result<(), Errno>) -> c_int {
    result.map_or_else(|e| c_int::from(for_posix(e).0), |()| 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_maps_results() {
        assert_eq!(Errno::check(0), Ok(()));
        assert_eq!(Errno::check(8), Err(Errno::BADF));
        assert_eq!(Errno::check(-1), Err(Errno::INVAL));
        assert_eq!(Errno::check(1 << 20), Err(Errno::INVAL));
    }

    #[test]
    fn notcapable_reads_as_eacces() {
        assert_eq!(for_posix(Errno::NOTCAPABLE), Errno::ACCES);
        assert_eq!(for_posix(Errno::BADF), Errno::BADF);
        assert_eq!(on_descriptor(Errno::NOTCAPABLE), Errno::BADF);
        assert_eq!(on_descriptor(Errno::NOENT), Errno::NOENT);
    }

    #[test]
    fn error_numbers_are_returned_not_set() {
        assert_eq!(error_number(Ok(())), 0);
        assert_eq!(error_number(Err(Errno::INVAL)), 28);
        assert_eq!(error_number(Err(Errno::NOTCAPABLE)), 2);
    }

    #[test]
    fn or_minus_one_passes_values() {
        let ok: Result<isize, Errno> = Ok(5);
        assert_eq!(ok.or_minus_one(), 5);
        let bad: Result<isize, Errno> = Err(Errno::BADF);
        assert_eq!(bad.or_minus_one(), -1);
    }
}
