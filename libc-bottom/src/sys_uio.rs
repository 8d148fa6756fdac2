//! `<sys/uio.h>`: `readv`, `writev`, `preadv`, `pwritev`.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/readv.html>
//!
//! A C `struct iovec` is laid out as WASI's `iovec` (a pointer, then a
//! length), asserted below, so the caller's array goes to the runtime as it
//! is. On a pipe end, `readv` and `writev` gather and scatter through the
//! pipe; `preadv` and `pwritev` fail with ESPIPE.

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
    use crate::wasi;

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
            let mut got = 0;
            // SAFETY: iovec and wasi::Iovec have one layout (asserted above).
            Errno::check(unsafe { wasi::fd_read(fd, list.as_ptr().cast(), list.len(), &mut got) })
                .map_err(on_descriptor)?;
            Ok(got as isize)
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
            let mut put = 0;
            // SAFETY: iovec and wasi::Ciovec have one layout (asserted above).
            Errno::check(unsafe { wasi::fd_write(fd, list.as_ptr().cast(), list.len(), &mut put) })
                .map_err(on_descriptor)?;
            Ok(put as isize)
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
            let mut got = 0;
            // SAFETY: iovec and wasi::Iovec have one layout (asserted above).
            Errno::check(unsafe {
                wasi::fd_pread(fd, list.as_ptr().cast(), list.len(), off, &mut got)
            })
            .map_err(on_descriptor)?;
            Ok(got as isize)
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
            let mut put = 0;
            // SAFETY: iovec and wasi::Ciovec have one layout (asserted above).
            Errno::check(unsafe {
                wasi::fd_pwrite(fd, list.as_ptr().cast(), list.len(), off, &mut put)
            })
            .map_err(on_descriptor)?;
            Ok(put as isize)
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
