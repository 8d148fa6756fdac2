//! `<sys/stat.h>`: file status and directories.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/sys_stat.h.html>
//!
//! WASI deviations: WASI has no permission bits, owners or device numbers of
//! special files, so `st_mode` carries the file type with plausible
//! permissions (0755 for directories, 0777 for symbolic links, 0644 for the
//! rest), `st_uid`, `st_gid` and `st_rdev` are 0, `st_blksize` is 512 and
//! `st_blocks` counts 512-byte blocks of `st_size`. `mkdir`'s mode is ignored.
//! A pipe end ([`crate::pipe`]) is `S_IFIFO | 0600`, size 0, on device 0.

use crate::sys;

/// The `S_IF*` type bits and permissions for a WASI file type.
pub fn mode_of(filetype: u8) -> sys::mode_t {
    match filetype {
        1 => sys::S_IFBLK | 0o644,
        2 => sys::S_IFCHR | 0o644,
        3 => sys::S_IFDIR | 0o755,
        4 => sys::S_IFREG | 0o644,
        5 | 6 => sys::S_IFSOCK | 0o644,
        7 => sys::S_IFLNK | 0o777,
        _ => 0o644,
    }
}

/// A WASI timestamp (nanoseconds since the epoch) as a `timespec`.
pub fn timespec(ns: u64) -> sys::timespec {
    sys::timespec {
        tv_sec: (ns / 1_000_000_000) as sys::time_t,
        tv_nsec: (ns % 1_000_000_000) as _,
    }
}

#[cfg(target_os = "wasi")]
pub use imp::filestat_at;

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::{c_char, c_int};

    use super::{mode_of, timespec};
    use crate::cabi;
    use crate::errno::{Errno, OrMinusOne};
    use crate::fdtable::{self, Target};
    use crate::preopen::resolve_at;
    use crate::sys;
    use crate::wasi;

    /// The metadata of `rel` under the directory `fd`; `follow` follows a
    /// final symbolic link. Shared by the stat family, `access` and `chdir`.
    pub fn filestat_at(fd: u32, rel: &str, follow: bool) -> Result<wasi::Filestat, Errno> {
        let lookup = if follow {
            wasi::LOOKUPFLAGS_SYMLINK_FOLLOW
        } else {
            wasi::LOOKUPFLAGS_NONE
        };
        let mut st = wasi::Filestat::default();
        // SAFETY: `rel` is a valid string of the given length; `st` an
        // out-parameter.
        Errno::check(unsafe {
            wasi::path_filestat_get(fd, lookup, rel.as_ptr(), rel.len(), &mut st)
        })?;
        Ok(st)
    }

    fn to_stat(st: &wasi::Filestat) -> sys::stat {
        sys::stat {
            st_dev: st.dev,
            st_ino: st.ino,
            st_nlink: st.nlink,
            st_mode: mode_of(st.filetype),
            st_uid: 0,
            st_gid: 0,
            __pad0: 0,
            st_rdev: 0,
            st_size: st.size as sys::off_t,
            st_blksize: 512,
            st_blocks: st.size.div_ceil(512) as _,
            st_atim: timespec(st.atim),
            st_mtim: timespec(st.mtim),
            st_ctim: timespec(st.ctim),
            __reserved: [0; 3],
        }
    }

    /// What `fstat` reports for a pipe end: a FIFO, readable and writable
    /// by its owner, on device 0, with the pipe's serial number as `st_ino`.
    fn pipe_stat(ino: u64) -> sys::stat {
        let mut st = to_stat(&wasi::Filestat::default());
        st.st_mode = sys::S_IFIFO | 0o600;
        st.st_ino = ino;
        st.st_nlink = 1;
        st.st_blksize = crate::pipe::PIPE_BUF as _;
        st
    }

    /// Store `st` at the caller's `buf`, EFAULT for null.
    ///
    /// # Safety
    /// `buf` is null or points to a writable `struct stat`.
    unsafe fn store(buf: *mut sys::stat, st: &wasi::Filestat) -> Result<c_int, Errno> {
        if buf.is_null() {
            return Err(Errno::FAULT);
        }
        // SAFETY: non-null and writable, by the caller's promise.
        unsafe { buf.write(to_stat(st)) };
        Ok(0)
    }

    /// # Safety
    /// `buf` is null or points to a writable `struct stat`.
    #[no_mangle]
    pub unsafe extern "C" fn fstat(fd: c_int, buf: *mut sys::stat) -> c_int {
        (|| {
            let fd = match fdtable::target(fd)? {
                Target::Wasi(w) => w,
                Target::Pipe(d) => {
                    let end = d.pipe().ok_or(Errno::BADF)?;
                    if buf.is_null() {
                        return Err(Errno::FAULT);
                    }
                    // SAFETY: non-null and writable, by the caller's promise.
                    unsafe { buf.write(pipe_stat(end.ino())) };
                    return Ok(0);
                }
            };
            let mut st = wasi::Filestat::default();
            // SAFETY: `st` is an out-parameter.
            Errno::check(unsafe { wasi::fd_filestat_get(fd, &mut st) })?;
            // SAFETY: the caller's promise, passed on.
            unsafe { store(buf, &st) }
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string; `buf` is null or points
    /// to a writable `struct stat`.
    #[no_mangle]
    pub unsafe extern "C" fn fstatat(
        dirfd: c_int,
        path: *const c_char,
        buf: *mut sys::stat,
        flag: c_int,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { fstatat_c(dirfd, path, buf, flag) }
    }

    /// # Safety
    /// As for [`fstatat`].
    unsafe fn fstatat_c(
        dirfd: c_int,
        path: *const c_char,
        buf: *mut sys::stat,
        flag: c_int,
    ) -> c_int {
        (|| {
            if flag & !(sys::AT_SYMLINK_NOFOLLOW as c_int) != 0 {
                return Err(Errno::INVAL);
            }
            if buf.is_null() {
                return Err(Errno::FAULT);
            }
            // SAFETY: the caller's promise, passed on.
            let (fd, rel) = resolve_at(dirfd, unsafe { cabi::path(path)? })?;
            let st = filestat_at(fd, &rel, flag & sys::AT_SYMLINK_NOFOLLOW as c_int == 0)?;
            // SAFETY: the caller's promise, passed on.
            unsafe { store(buf, &st) }
        })()
        .or_minus_one()
    }

    /// # Safety
    /// As for [`fstatat`].
    #[no_mangle]
    pub unsafe extern "C" fn stat(path: *const c_char, buf: *mut sys::stat) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { fstatat_c(sys::AT_FDCWD, path, buf, 0) }
    }

    /// # Safety
    /// As for [`fstatat`].
    #[no_mangle]
    pub unsafe extern "C" fn lstat(path: *const c_char, buf: *mut sys::stat) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { fstatat_c(sys::AT_FDCWD, path, buf, sys::AT_SYMLINK_NOFOLLOW as c_int) }
    }

    /// `lstat` under a reserved name, for `tmpnam`: a C program may define
    /// its own `lstat`.
    ///
    /// # Safety
    /// As for [`fstatat`].
    #[no_mangle]
    pub unsafe extern "C" fn __libc_lstat(path: *const c_char, buf: *mut sys::stat) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { fstatat_c(sys::AT_FDCWD, path, buf, sys::AT_SYMLINK_NOFOLLOW as c_int) }
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn mkdirat(
        dirfd: c_int,
        path: *const c_char,
        _mode: sys::mode_t,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { mkdirat_c(dirfd, path, _mode) }
    }

    /// The body of [`mkdirat`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`mkdirat`].
    unsafe fn mkdirat_c(dirfd: c_int, path: *const c_char, _mode: sys::mode_t) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let (fd, rel) = resolve_at(dirfd, unsafe { cabi::path(path)? })?;
            // SAFETY: `rel` is a valid string of the given length.
            Errno::check(unsafe { wasi::path_create_directory(fd, rel.as_ptr(), rel.len()) })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn mkdir(path: *const c_char, mode: sys::mode_t) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { mkdirat_c(sys::AT_FDCWD, path, mode) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_carry_type_and_permissions() {
        assert_eq!(mode_of(3), sys::S_IFDIR | 0o755);
        assert_eq!(mode_of(4), sys::S_IFREG | 0o644);
        assert_eq!(mode_of(7), sys::S_IFLNK | 0o777);
        assert_eq!(mode_of(0) & sys::S_IFMT, 0);
    }

    #[test]
    fn timestamps_split_into_seconds_and_nanoseconds() {
        let t = timespec(1_700_000_000_123_456_789);
        assert_eq!(t.tv_sec, 1_700_000_000);
        assert_eq!(t.tv_nsec, 123_456_789);
    }
}
