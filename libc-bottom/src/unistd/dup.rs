//! `dup dup2 dup3 pipe pipe2`, and wasi-libc's `__wasilibc_fd_renumber`,
//! over the libc's descriptor table ([`crate::fdtable`], which explains the
//! design; pipes are [`crate::pipe`]).
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/dup.html>
//!
//! WASI deviations: `O_CLOEXEC` is 0 in this ABI, so `dup3` and `pipe2`
//! accept it but cannot set `FD_CLOEXEC`; pipes never block (see
//! [`crate::pipe`]).

use crate::errno::Errno;
use crate::sys;

/// The flags `pipe2` takes: `O_NONBLOCK` (and `O_CLOEXEC`, which is 0).
pub fn pipe2_nonblock(flags: core::ffi::c_int) -> Result<bool, Errno> {
    let known = sys::O_NONBLOCK | sys::O_CLOEXEC;
    match u32::try_from(flags) {
        Ok(f) if f & !known == 0 => Ok(f & sys::O_NONBLOCK != 0),
        _ => Err(Errno::INVAL),
    }
}

#[cfg(target_os = "wasi")]
mod shims {
    use core::ffi::c_int;

    use super::pipe2_nonblock;
    use crate::errno::{Errno, OrMinusOne};
    use crate::fdtable::{self, index};
    use crate::sys;
    use crate::wasi;

    #[no_mangle]
    pub extern "C" fn dup(fd: c_int) -> c_int {
        (|| {
            let fd = index(fd)?;
            let new = fdtable::with(|t, sys| t.dup(sys, fd, 0, false))?;
            Ok(new as c_int)
        })()
        .or_minus_one()
    }

    /// `dup2(fd, fd)` only checks that `fd` is open, as POSIX says.
    #[no_mangle]
    pub extern "C" fn dup2(old: c_int, new: c_int) -> c_int {
        (|| {
            let (o, n) = (index(old)?, index(new)?);
            if o == n {
                fdtable::check_open(old)?;
                return Ok(new);
            }
            fdtable::with(|t, sys| t.dup_to(sys, o, n, false))?;
            Ok(new)
        })()
        .or_minus_one()
    }

    #[no_mangle]
    pub extern "C" fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int {
        (|| {
            if flags & !(sys::O_CLOEXEC as c_int) != 0 {
                return Err(Errno::INVAL);
            }
            let (o, n) = (index(old)?, index(new)?);
            if o == n {
                return Err(Errno::INVAL);
            }
            let cloexec = flags & sys::O_CLOEXEC as c_int != 0;
            fdtable::with(|t, sys| t.dup_to(sys, o, n, cloexec))?;
            Ok(new)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `fds` is null or points to two writable ints.
    #[no_mangle]
    pub unsafe extern "C" fn pipe2(fds: *mut c_int, flags: c_int) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { pipe2_c(fds, flags) }
    }

    /// The body of [`pipe2`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`pipe2`].
    unsafe fn pipe2_c(fds: *mut c_int, flags: c_int) -> c_int {
        (|| {
            let nonblock = pipe2_nonblock(flags)?;
            if fds.is_null() {
                return Err(Errno::FAULT);
            }
            let [r, w] = fdtable::with(|t, sys| t.pipe(sys, nonblock))?;
            // SAFETY: two writable ints, by the caller's promise.
            unsafe {
                fds.write(r as c_int);
                fds.add(1).write(w as c_int);
            }
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `fds` is null or points to two writable ints.
    #[no_mangle]
    pub unsafe extern "C" fn pipe(fds: *mut c_int) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { pipe2_c(fds, 0) }
    }

    /// Move descriptor `from` to number `to`, closing what `to` was;
    /// afterwards `from` is closed. Both open: WASI's `fd_renumber` when
    /// the table has nothing to say about either, so that code using WASI
    /// numbers directly sees the move too.
    #[no_mangle]
    pub extern "C" fn __wasilibc_fd_renumber(from: c_int, to: c_int) -> c_int {
        (|| {
            let (f, t) = (index(from)?, index(to)?);
            fdtable::target(from)?;
            fdtable::target(to)?;
            let plain = fdtable::with(|tab, _| tab.is_identity(f) && tab.is_identity(t));
            if plain {
                // SAFETY: plain integers.
                Errno::check(unsafe { wasi::fd_renumber(f, t) })?;
                return Ok(0);
            }
            if f == t {
                fdtable::check_open(from)?;
            } else {
                // `to` must be open, as for WASI's call.
                fdtable::check_open(to)?;
                fdtable::with(|tab, sys| tab.dup_to(sys, f, t, false))?;
                fdtable::with(|tab, sys| tab.close(sys, f))?;
            }
            Ok(0)
        })()
        .or_minus_one()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipe2_takes_only_nonblock_and_cloexec() {
        assert_eq!(pipe2_nonblock(0), Ok(false));
        assert_eq!(pipe2_nonblock(sys::O_NONBLOCK as i32), Ok(true));
        assert_eq!(pipe2_nonblock(sys::O_APPEND as i32), Err(Errno::INVAL));
        assert_eq!(pipe2_nonblock(-1), Err(Errno::INVAL));
    }
}
