//! `<sys/uio.h>`: `readv`, `writev`, `preadv`, `pwritev`.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/readv.html>
//!
//! A C `struct iovec` is laid out as WASI's `iovec` (a pointer, then a
//! length), asserted below, so the caller's array goes to the runtime as it
//! is. On a pipe end, `readv` and `writev` gather and scatter through the
//! pipe; `preadv` and `pwritev` fail with ESPIPE.
//!
//! wasmtime moves at most the first buffer of a vector in one call. That is
//! a legal short transfer, but programs expect all of it from a regular
//! file, as on Linux; so where a call stops exactly at the end of a buffer
//! on a regular file, the rest follows in further calls ([`the_rest`]).

use crate::errno::Errno;

/// The most buffers one call takes (`IOV_MAX`, as on Linux).
pub const IOV_MAX: usize = 1024;

/// Check an iovec count: from 0 to `IOV_MAX`, else EINVAL.
pub fn iov_count(n: core::ffi::c_int) -> Result<usize, Errno> {
    match usize::try_from(n) {
        Ok(n) if n <= IOV_MAX => Ok(n),
        _ => Err(Errno::INVAL),
    }
}

#[cfg(target_os = "wasi")]
mod imp {
    use alloc::vec::Vec;
    use core::ffi::c_int;

    use super::iov_count;
    use crate::cabi::{bytes, bytes_mut, offset};
    use crate::errno::{on_descriptor, Errno, OrMinusOne};
    use crate::fdtable::{self, Target};
    use crate::sys::iovec;
    use crate::sys::off_t;
    use crate::unistd::io::fdstat;
    use crate::wasi;

    /// One WASI vector call on `list` starting `done` bytes in (the
    /// buffers from there), giving the bytes it moved.
    type Step<'a> = &'a mut dyn FnMut(&[iovec], u64) -> Result<usize, Errno>;

    /// Finish a vector transfer that moved `done` bytes: while the last call
    /// stopped at a buffer's end with buffers left, on a regular file, call
    /// again for the rest. An error there ends it with what was moved.
    fn the_rest(fd: u32, list: &[iovec], mut done: usize, step: Step<'_>) -> usize {
        let mut regular = None;
        loop {
            let mut whole = 0;
            let mut k = 0;
            while k < list.len() && whole + list[k].iov_len <= done {
                whole += list[k].iov_len;
                k += 1;
            }
            let left = list[k..].iter().any(|v| v.iov_len > 0);
            if done == 0 || whole != done || !left {
                return done;
            }
            let regular = *regular.get_or_insert_with(|| {
                fdstat(fd).is_ok_and(|st| st.filetype == wasi::FILETYPE_REGULAR_FILE)
            });
            if !regular {
                return done;
            }
            match step(&list[k..], done as u64) {
                Ok(n) if n > 0 => done += n,
                _ => return done,
            }
        }
    }

    const _: () = assert!(core::mem::size_of::<iovec>() == core::mem::size_of::<wasi::Iovec>());
    const _: () =
        assert!(core::mem::offset_of!(iovec, iov_base) == core::mem::offset_of!(wasi::Iovec, buf));
    const _: () =
        assert!(core::mem::offset_of!(iovec, iov_len) == core::mem::offset_of!(wasi::Iovec, len));

    /// The caller's iovec array, checked: EFAULT for null with a nonzero
    /// count, EINVAL when the lengths add up past `ssize_t`.
    ///
    /// # Safety
    /// `iov` is null or points to `n` iovecs.
    unsafe fn iovecs<'a>(iov: *const iovec, n: c_int) -> Result<&'a [iovec], Errno> {
        let n = iov_count(n)?;
        if n == 0 {
            return Ok(&[]);
        }
        if iov.is_null() {
            return Err(Errno::FAULT);
        }
        // SAFETY: non-null, and the caller promises `n` iovecs.
        let list = unsafe { core::slice::from_raw_parts(iov, n) };
        let total = list
            .iter()
            .try_fold(0usize, |sum, v| sum.checked_add(v.iov_len));
        match total {
            Some(t) if t <= isize::MAX as usize => Ok(list),
            _ => Err(Errno::INVAL),
        }
    }

    /// # Safety
    /// `iov` points to `n` iovecs, each describing writable memory.
    #[no_mangle]
    pub unsafe extern "C" fn readv(fd: c_int, iov: *const iovec, n: c_int) -> isize {
        (|| {
            let target = fdtable::target(fd)?;
            // SAFETY: the caller's promise, passed on.
            let list = unsafe { iovecs(iov, n)? };
            let fd = match target {
                Target::Wasi(w) => w,
                Target::Pipe(d) => {
                    let mut bufs = Vec::with_capacity(list.len());
                    for v in list {
                        // SAFETY: each iovec describes writable memory, by
                        // the caller's promise.
                        bufs.push(unsafe { bytes_mut(v.iov_base, v.iov_len)? });
                    }
                    let got = d.pipe().ok_or(Errno::BADF)?.read(&mut bufs)?;
                    return Ok(got as isize);
                }
            };
            let mut step = |l: &[iovec], _: u64| {
                let mut got = 0;
                // SAFETY: iovec and wasi::Iovec have one layout (asserted
                // above); the buffers are writable, by the caller's promise.
                Errno::check(unsafe { wasi::fd_read(fd, l.as_ptr().cast(), l.len(), &mut got) })
                    .map_err(on_descriptor)?;
                Ok(got)
            };
            let got = step(list, 0)?;
            Ok(the_rest(fd, list, got, &mut step) as isize)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `iov` points to `n` iovecs, each describing readable memory.
    #[no_mangle]
    pub unsafe extern "C" fn writev(fd: c_int, iov: *const iovec, n: c_int) -> isize {
        (|| {
            let target = fdtable::target(fd)?;
            // SAFETY: the caller's promise, passed on.
            let list = unsafe { iovecs(iov, n)? };
            let fd = match target {
                Target::Wasi(w) => w,
                Target::Pipe(d) => {
                    let mut bufs = Vec::with_capacity(list.len());
                    for v in list {
                        // SAFETY: each iovec describes readable memory, by
                        // the caller's promise.
                        bufs.push(unsafe { bytes(v.iov_base, v.iov_len)? });
                    }
                    let put = d.pipe().ok_or(Errno::BADF)?.write(&bufs)?;
                    return Ok(put as isize);
                }
            };
            let mut step = |l: &[iovec], _: u64| {
                let mut put = 0;
                // SAFETY: iovec and wasi::Ciovec have one layout (asserted
                // above); the buffers are readable, by the caller's promise.
                Errno::check(unsafe { wasi::fd_write(fd, l.as_ptr().cast(), l.len(), &mut put) })
                    .map_err(on_descriptor)?;
                Ok(put)
            };
            let put = step(list, 0)?;
            Ok(the_rest(fd, list, put, &mut step) as isize)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `iov` points to `n` iovecs, each describing writable memory.
    #[no_mangle]
    pub unsafe extern "C" fn preadv(fd: c_int, iov: *const iovec, n: c_int, off: off_t) -> isize {
        (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let off = offset(off)?;
            // SAFETY: the caller's promise, passed on.
            let list = unsafe { iovecs(iov, n)? };
            let mut step = |l: &[iovec], done: u64| {
                let mut got = 0;
                // SAFETY: as in readv.
                Errno::check(unsafe {
                    wasi::fd_pread(fd, l.as_ptr().cast(), l.len(), off + done, &mut got)
                })
                .map_err(on_descriptor)?;
                Ok(got)
            };
            let got = step(list, 0)?;
            Ok(the_rest(fd, list, got, &mut step) as isize)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `iov` points to `n` iovecs, each describing readable memory.
    #[no_mangle]
    pub unsafe extern "C" fn pwritev(fd: c_int, iov: *const iovec, n: c_int, off: off_t) -> isize {
        (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let off = offset(off)?;
            // SAFETY: the caller's promise, passed on.
            let list = unsafe { iovecs(iov, n)? };
            let mut step = |l: &[iovec], done: u64| {
                let mut put = 0;
                // SAFETY: as in writev.
                Errno::check(unsafe {
                    wasi::fd_pwrite(fd, l.as_ptr().cast(), l.len(), off + done, &mut put)
                })
                .map_err(on_descriptor)?;
                Ok(put)
            };
            let put = step(list, 0)?;
            Ok(the_rest(fd, list, put, &mut step) as isize)
        })()
        .or_minus_one()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iov_counts_are_bounded() {
        assert_eq!(iov_count(0), Ok(0));
        assert_eq!(iov_count(1024), Ok(1024));
        assert_eq!(iov_count(1025), Err(Errno::INVAL));
        assert_eq!(iov_count(-1), Err(Errno::INVAL));
    }
}
