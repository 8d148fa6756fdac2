//! `fcntl`, `posix_fadvise`, `posix_fallocate`, and the timestamps of
//! `<sys/stat.h>`: `utimensat`, `futimens`.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/fcntl.html>
//!
//! `fcntl` is variadic, so its C entry point is `c/fcntl.c`, over
//! [`__libc_fcntl`]. `F_DUPFD` and `F_DUPFD_CLOEXEC` duplicate through the
//! libc's descriptor table ([`crate::fdtable`]), which also keeps each
//! descriptor's `FD_CLOEXEC` for `F_GETFD`/`F_SETFD`. WASI deviations: there
//! is no `exec`, so `FD_CLOEXEC` has no effect; record locks are not
//! supported (`F_GETLK`, `F_SETLK`, `F_SETLKW`: EINVAL, as for an unknown
//! command). On a pipe end `F_GETFL`/`F_SETFL` see the access mode and
//! `O_NONBLOCK`; `posix_fadvise` and `posix_fallocate` fail with ESPIPE and
//! `futimens` with EINVAL.

use crate::errno::Errno;
use crate::sys;

/// A `timespec` for `utimensat` as WASI's (time, flags) for one timestamp:
/// `UTIME_NOW`, `UTIME_OMIT`, or a time, which must be valid.
pub fn stamp(sec: i64, nsec: i64, set: u32, now: u32) -> Result<(u64, u32), Errno> {
    match nsec {
        n if n == i64::from(sys::UTIME_NOW) => Ok((0, now)),
        n if n == i64::from(sys::UTIME_OMIT) => Ok((0, 0)),
        _ => Ok((crate::time::nanos(sec, nsec)?, set)),
    }
}

/// `open` flags reported by `F_GETFL` for a descriptor's WASI flags and
/// whether it may read and write.
pub fn getfl(fdflags: u16, read: bool, write: bool) -> u32 {
    let mut fl = u32::from(fdflags) & 0x1f;
    if read {
        fl |= sys::O_RDONLY;
    }
    if write {
        fl |= sys::O_WRONLY;
    }
    fl
}

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::{c_char, c_int};

    use super::{getfl, stamp};
    use crate::errno::{error_number, on_descriptor, Errno, OrMinusOne};
    use crate::fdtable::{self, Target};
    use crate::pipe::End;
    use crate::preopen::resolve_at;
    use crate::sys::{self, off_t, timespec};
    use crate::unistd::io::fdstat;
    use crate::wasi::{self, rights};

    /// `FD_CLOEXEC` of `<fcntl.h>` (asserted in `c/fcntl.c`).
    const FD_CLOEXEC: c_int = 1;

    /// The body of `fcntl` (C, in `c/fcntl.c`, which reads the variadic
    /// argument as an int: every command served here takes one or none).
    #[no_mangle]
    pub extern "C" fn __libc_fcntl(fd: c_int, cmd: c_int, arg: c_int) -> c_int {
        (|| {
            let target = fdtable::target(fd)?;
            let n = fdtable::index(fd)?;
            match cmd as u32 {
                sys::F_DUPFD | sys::F_DUPFD_CLOEXEC => {
                    let min = u32::try_from(arg).map_err(|_| Errno::INVAL)?;
                    let cloexec = cmd as u32 == sys::F_DUPFD_CLOEXEC;
                    let new = fdtable::with(|t, s| t.dup(s, n, min, cloexec))?;
                    Ok(new as c_int)
                }
                sys::F_GETFD => {
                    let on = fdtable::with(|t, s| t.cloexec(s, n))?;
                    Ok(if on { FD_CLOEXEC } else { 0 })
                }
                sys::F_SETFD => {
                    let on = arg & FD_CLOEXEC != 0;
                    fdtable::with(|t, s| t.set_cloexec(s, n, on))?;
                    Ok(0)
                }
                sys::F_GETFL => match target {
                    Target::Wasi(w) => {
                        let st = fdstat(w)?;
                        let read = st.rights_base & rights::FD_READ != 0;
                        let write = st.rights_base & rights::FD_WRITE != 0;
                        Ok(getfl(st.flags, read, write) as c_int)
                    }
                    Target::Pipe(d) => {
                        let end = d.pipe().ok_or(Errno::BADF)?.end();
                        let nonblock = if d.nonblock.get() { sys::O_NONBLOCK } else { 0 };
                        let fl = getfl(0, end == End::Read, end == End::Write) | nonblock;
                        Ok(fl as c_int)
                    }
                },
                sys::F_SETFL => {
                    // Only the status flags change; the access mode stays.
                    let flags = (arg as u32)
                        & (sys::O_APPEND
                            | sys::O_NONBLOCK
                            | sys::O_DSYNC
                            | sys::O_RSYNC
                            | sys::O_SYNC);
                    match target {
                        Target::Wasi(w) => {
                            // SAFETY: plain integers.
                            Errno::check(unsafe { wasi::fd_fdstat_set_flags(w, flags) })
                                .map_err(on_descriptor)?
                        }
                        Target::Pipe(d) => d.nonblock.set(flags & sys::O_NONBLOCK != 0),
                    }
                    Ok(0)
                }
                _ => {
                    // A bad descriptor is EBADF whatever the command.
                    fdtable::check_open(fd)?;
                    Err(Errno::INVAL)
                }
            }
        })()
        .or_minus_one()
    }

    /// Unlike most calls, returns the error number instead of setting errno.
    #[no_mangle]
    pub extern "C" fn posix_fadvise(fd: c_int, offset: off_t, len: off_t, advice: c_int) -> c_int {
        let result = (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let (off, len) = (crate::cabi::offset(offset)?, crate::cabi::offset(len)?);
            let advice = u32::try_from(advice)
                .ok()
                .filter(|a| *a <= 5)
                .ok_or(Errno::INVAL)?;
            // SAFETY: plain integers.
            Errno::check(unsafe { wasi::fd_advise(fd, off, len, advice) }).map_err(on_descriptor)
        })();
        error_number(result)
    }

    /// Unlike most calls, returns the error number instead of setting errno.
    #[no_mangle]
    pub extern "C" fn posix_fallocate(fd: c_int, offset: off_t, len: off_t) -> c_int {
        let result = (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let off = crate::cabi::offset(offset)?;
            let len = crate::cabi::offset(len)
                .ok()
                .filter(|l| *l > 0)
                .ok_or(Errno::INVAL)?;
            // SAFETY: plain integers.
            match Errno::check(unsafe { wasi::fd_allocate(fd, off, len) }) {
                Err(Errno::NOTSUP) => allocate_by_writing(fd, off.saturating_add(len)),
                r => r.map_err(on_descriptor),
            }
        })();
        error_number(result)
    }

    /// `posix_fallocate` where the runtime has no `fd_allocate` (wasmtime):
    /// the file grows to `end` by writing zeros past its end, so the space
    /// is really taken (a full disk is ENOSPC now, not at a later write).
    /// What lies within the file is already allocated or a hole the
    /// program made; it is left as it is.
    fn allocate_by_writing(fd: u32, end: u64) -> Result<(), Errno> {
        static ZEROS: [u8; 4096] = [0; 4096];
        let mut st = wasi::Filestat::default();
        // SAFETY: `st` is a valid out-parameter.
        Errno::check(unsafe { wasi::fd_filestat_get(fd, &mut st) }).map_err(on_descriptor)?;
        let mut at = st.size;
        while at < end {
            let n = (end - at).min(ZEROS.len() as u64) as usize;
            let iov = wasi::Ciovec {
                buf: ZEROS.as_ptr(),
                len: n,
            };
            let mut put = 0;
            // SAFETY: one iovec over the static zeros; `put` is an
            // out-parameter.
            Errno::check(unsafe { wasi::fd_pwrite(fd, &iov, 1, at, &mut put) })
                .map_err(on_descriptor)?;
            if put == 0 {
                return Err(Errno::NOSPC);
            }
            at += put as u64;
        }
        Ok(())
    }

    /// The two timestamps of `utimensat`/`futimens` as WASI's arguments;
    /// null means "both now".
    ///
    /// # Safety
    /// `times` is null or points to two timespecs.
    unsafe fn stamps(times: *const timespec) -> Result<(u64, u64, u32), Errno> {
        if times.is_null() {
            return Ok((0, 0, wasi::FSTFLAGS_ATIM_NOW | wasi::FSTFLAGS_MTIM_NOW));
        }
        // SAFETY: two timespecs, by the caller's promise.
        let (a, m) = unsafe { (times.read(), times.add(1).read()) };
        let (at, af) = stamp(
            a.tv_sec,
            i64::from(a.tv_nsec),
            wasi::FSTFLAGS_ATIM,
            wasi::FSTFLAGS_ATIM_NOW,
        )?;
        let (mt, mf) = stamp(
            m.tv_sec,
            i64::from(m.tv_nsec),
            wasi::FSTFLAGS_MTIM,
            wasi::FSTFLAGS_MTIM_NOW,
        )?;
        Ok((at, mt, af | mf))
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string; `times` is null or points
    /// to two timespecs.
    #[no_mangle]
    pub unsafe extern "C" fn utimensat(
        dirfd: c_int,
        path: *const c_char,
        times: *const timespec,
        flag: c_int,
    ) -> c_int {
        (|| {
            let nofollow = sys::AT_SYMLINK_NOFOLLOW as c_int;
            if flag & !nofollow != 0 {
                return Err(Errno::INVAL);
            }
            // SAFETY: the caller's promise, passed on.
            let (at, mt, flags) = unsafe { stamps(times)? };
            // SAFETY: the caller's promise, passed on.
            let (fd, rel) = resolve_at(dirfd, unsafe { crate::cabi::path(path)? })?;
            let lookup = if flag & nofollow != 0 {
                wasi::LOOKUPFLAGS_NONE
            } else {
                wasi::LOOKUPFLAGS_SYMLINK_FOLLOW
            };
            // SAFETY: `rel` is valid for its length.
            Errno::check(unsafe {
                wasi::path_filestat_set_times(fd, lookup, rel.as_ptr(), rel.len(), at, mt, flags)
            })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `times` is null or points to two timespecs.
    #[no_mangle]
    pub unsafe extern "C" fn futimens(fd: c_int, times: *const timespec) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let (at, mt, flags) = unsafe { stamps(times)? };
            // SAFETY: plain integers.
            Errno::check(unsafe {
                wasi::fd_filestat_set_times(fdtable::wasi(fd, Errno::INVAL)?, at, mt, flags)
            })
            .map_err(on_descriptor)?;
            Ok(0)
        })()
        .or_minus_one()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_follow_utime_now_and_omit() {
        assert_eq!(stamp(0, i64::from(sys::UTIME_NOW), 1, 2), Ok((0, 2)));
        assert_eq!(stamp(0, i64::from(sys::UTIME_OMIT), 1, 2), Ok((0, 0)));
        assert_eq!(stamp(3, 4, 1, 2), Ok((3_000_000_004, 1)));
        assert_eq!(stamp(0, 1_000_000_000, 1, 2), Err(Errno::INVAL));
    }

    #[test]
    fn getfl_reports_access_and_status() {
        assert_eq!(getfl(1, true, false), sys::O_RDONLY | sys::O_APPEND);
        assert_eq!(getfl(0, true, true) & sys::O_ACCMODE, sys::O_RDWR);
    }
}
