//! Files by name and by descriptor: `unlink unlinkat rmdir access faccessat
//! readlink readlinkat symlink symlinkat link linkat fsync fdatasync
//! ftruncate pread pwrite`, and `rename renameat` (declared in `<stdio.h>`).
//! On a pipe end, `pread` and `pwrite` fail with ESPIPE and `fsync`,
//! `fdatasync`, `ftruncate` with EINVAL.
//!
//! WASI deviations: `access` knows no owners or permission bits: a file
//! that exists is readable; it is writable when its directory hands on the
//! right to write; only directories are "executable" (searchable), which
//! matches the modes `stat` reports.

use crate::errno::Errno;
use crate::sys;

/// Check `access`'s mode argument: `F_OK` or a mix of `R_OK W_OK X_OK`.
pub fn access_mode(amode: core::ffi::c_int) -> Result<u32, Errno> {
    let all = sys::R_OK | sys::W_OK | sys::X_OK;
    match u32::try_from(amode) {
        Ok(m) if m & !all == 0 => Ok(m),
        _ => Err(Errno::INVAL),
    }
}

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::{c_char, c_int, c_void};

    use super::access_mode;
    use crate::cabi::{self, bytes, bytes_mut, count, offset};
    use crate::errno::{on_descriptor, Errno, OrMinusOne};
    use crate::fdtable;
    use crate::preopen::resolve_at;
    use crate::sys::{self, off_t};
    use crate::unistd::io::fdstat;
    use crate::wasi::{self, rights};

    const AT_FDCWD: c_int = sys::AT_FDCWD;

    /// Resolve a C path for an `*at` call.
    ///
    /// # Safety
    /// `path` is null or a NUL-terminated string.
    unsafe fn at(dirfd: c_int, path: *const c_char) -> Result<(u32, alloc::string::String), Errno> {
        // SAFETY: the caller's promise, passed on.
        resolve_at(dirfd, unsafe { cabi::path(path)? })
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn unlinkat(dirfd: c_int, path: *const c_char, flag: c_int) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { unlinkat_c(dirfd, path, flag) }
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    unsafe fn unlinkat_c(dirfd: c_int, path: *const c_char, flag: c_int) -> c_int {
        (|| {
            // Flags are checked before the path is looked at.
            if flag != 0 && flag != sys::AT_REMOVEDIR as c_int {
                return Err(Errno::INVAL);
            }
            // SAFETY: the caller's promise, passed on.
            let (fd, rel) = unsafe { at(dirfd, path)? };
            let raw = if flag == sys::AT_REMOVEDIR as c_int {
                // SAFETY: `rel` is a valid string of the given length.
                unsafe { wasi::path_remove_directory(fd, rel.as_ptr(), rel.len()) }
            } else {
                // SAFETY: as above.
                unsafe { wasi::path_unlink_file(fd, rel.as_ptr(), rel.len()) }
            };
            Errno::check(raw)?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn unlink(path: *const c_char) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { unlinkat_c(AT_FDCWD, path, 0) }
    }

    /// `unlink` under a reserved name, for `remove` and `tmpfile`: a C
    /// program may define its own `unlink`.
    ///
    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn __libc_unlink(path: *const c_char) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { unlinkat_c(AT_FDCWD, path, 0) }
    }

    /// `rmdir` under a reserved name, for `remove`.
    ///
    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn __libc_rmdir(path: *const c_char) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { unlinkat_c(AT_FDCWD, path, sys::AT_REMOVEDIR as c_int) }
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn rmdir(path: *const c_char) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { unlinkat_c(AT_FDCWD, path, sys::AT_REMOVEDIR as c_int) }
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn faccessat(
        dirfd: c_int,
        path: *const c_char,
        amode: c_int,
        flag: c_int,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { faccessat_c(dirfd, path, amode, flag) }
    }

    /// The body of [`faccessat`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`faccessat`].
    unsafe fn faccessat_c(dirfd: c_int, path: *const c_char, amode: c_int, flag: c_int) -> c_int {
        (|| {
            let amode = access_mode(amode)?;
            let allowed = (sys::AT_EACCESS | sys::AT_SYMLINK_NOFOLLOW) as c_int;
            if flag & !allowed != 0 {
                return Err(Errno::INVAL);
            }
            // SAFETY: the caller's promise, passed on.
            let (fd, rel) = unsafe { at(dirfd, path)? };
            let follow = flag & sys::AT_SYMLINK_NOFOLLOW as c_int == 0;
            let st = crate::sys_stat::filestat_at(fd, &rel, follow)?;
            if amode & sys::W_OK != 0 && fdstat(fd)?.rights_inheriting & rights::FD_WRITE == 0 {
                return Err(Errno::ACCES);
            }
            if amode & sys::X_OK != 0 && st.filetype != wasi::FILETYPE_DIRECTORY {
                return Err(Errno::ACCES);
            }
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn access(path: *const c_char, amode: c_int) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { faccessat_c(AT_FDCWD, path, amode, 0) }
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string; `buf` points to `size`
    /// writable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn readlinkat(
        dirfd: c_int,
        path: *const c_char,
        buf: *mut c_char,
        size: usize,
    ) -> isize {
        // SAFETY: the caller's promise, passed on.
        unsafe { readlinkat_c(dirfd, path, buf, size) }
    }

    /// The body of [`readlinkat`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`readlinkat`].
    unsafe fn readlinkat_c(
        dirfd: c_int,
        path: *const c_char,
        buf: *mut c_char,
        size: usize,
    ) -> isize {
        (|| {
            if size == 0 {
                return Err(Errno::INVAL);
            }
            // SAFETY: the caller's promise, passed on.
            let (fd, rel) = unsafe { at(dirfd, path)? };
            // SAFETY: the caller's promise, passed on.
            let out = unsafe { bytes_mut(buf.cast::<c_void>(), count(size)?)? };
            let mut n = 0;
            // SAFETY: `rel` and `out` are valid for their lengths.
            Errno::check(unsafe {
                wasi::path_readlink(
                    fd,
                    rel.as_ptr(),
                    rel.len(),
                    out.as_mut_ptr(),
                    out.len(),
                    &mut n,
                )
            })?;
            Ok(n.min(out.len()) as isize)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// As for [`readlinkat`].
    #[no_mangle]
    pub unsafe extern "C" fn readlink(path: *const c_char, buf: *mut c_char, size: usize) -> isize {
        // SAFETY: the caller's promise, passed on.
        unsafe { readlinkat_c(AT_FDCWD, path, buf, size) }
    }

    /// # Safety
    /// `target` and `path` are null or NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn symlinkat(
        target: *const c_char,
        dirfd: c_int,
        path: *const c_char,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { symlinkat_c(target, dirfd, path) }
    }

    /// The body of [`symlinkat`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`symlinkat`].
    unsafe fn symlinkat_c(target: *const c_char, dirfd: c_int, path: *const c_char) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let target = unsafe { cabi::path(target)? };
            // SAFETY: as above.
            let (fd, rel) = unsafe { at(dirfd, path)? };
            // SAFETY: both strings are valid for their lengths.
            Errno::check(unsafe {
                wasi::path_symlink(target.as_ptr(), target.len(), fd, rel.as_ptr(), rel.len())
            })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// As for [`symlinkat`].
    #[no_mangle]
    pub unsafe extern "C" fn symlink(target: *const c_char, path: *const c_char) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { symlinkat_c(target, AT_FDCWD, path) }
    }

    /// # Safety
    /// `old` and `new` are null or NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn linkat(
        olddirfd: c_int,
        old: *const c_char,
        newdirfd: c_int,
        new: *const c_char,
        flag: c_int,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { linkat_c(olddirfd, old, newdirfd, new, flag) }
    }

    /// The body of [`linkat`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`linkat`].
    unsafe fn linkat_c(
        olddirfd: c_int,
        old: *const c_char,
        newdirfd: c_int,
        new: *const c_char,
        flag: c_int,
    ) -> c_int {
        (|| {
            let follow = sys::AT_SYMLINK_FOLLOW as c_int;
            if flag & !follow != 0 {
                return Err(Errno::INVAL);
            }
            // SAFETY: the caller's promise, passed on.
            let (ofd, orel) = unsafe { at(olddirfd, old)? };
            // SAFETY: as above.
            let (nfd, nrel) = unsafe { at(newdirfd, new)? };
            let lookup = if flag & follow != 0 {
                wasi::LOOKUPFLAGS_SYMLINK_FOLLOW
            } else {
                wasi::LOOKUPFLAGS_NONE
            };
            // SAFETY: both strings are valid for their lengths.
            Errno::check(unsafe {
                wasi::path_link(
                    ofd,
                    lookup,
                    orel.as_ptr(),
                    orel.len(),
                    nfd,
                    nrel.as_ptr(),
                    nrel.len(),
                )
            })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// As for [`linkat`].
    #[no_mangle]
    pub unsafe extern "C" fn link(old: *const c_char, new: *const c_char) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { linkat_c(AT_FDCWD, old, AT_FDCWD, new, 0) }
    }

    /// # Safety
    /// `old` and `new` are null or NUL-terminated strings.
    #[no_mangle]
    pub unsafe extern "C" fn renameat(
        olddirfd: c_int,
        old: *const c_char,
        newdirfd: c_int,
        new: *const c_char,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { renameat_c(olddirfd, old, newdirfd, new) }
    }

    /// The body of [`renameat`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`renameat`].
    unsafe fn renameat_c(
        olddirfd: c_int,
        old: *const c_char,
        newdirfd: c_int,
        new: *const c_char,
    ) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let (ofd, orel) = unsafe { at(olddirfd, old)? };
            // SAFETY: as above.
            let (nfd, nrel) = unsafe { at(newdirfd, new)? };
            // SAFETY: both strings are valid for their lengths.
            Errno::check(unsafe {
                wasi::path_rename(
                    ofd,
                    orel.as_ptr(),
                    orel.len(),
                    nfd,
                    nrel.as_ptr(),
                    nrel.len(),
                )
            })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// As for [`renameat`].
    #[no_mangle]
    pub unsafe extern "C" fn rename(old: *const c_char, new: *const c_char) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { renameat_c(AT_FDCWD, old, AT_FDCWD, new) }
    }

    #[no_mangle]
    pub extern "C" fn fsync(fd: c_int) -> c_int {
        (|| {
            // SAFETY: fd_sync takes a plain integer.
            Errno::check(unsafe { wasi::fd_sync(fdtable::wasi(fd, Errno::INVAL)?) })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    #[no_mangle]
    pub extern "C" fn fdatasync(fd: c_int) -> c_int {
        (|| {
            // SAFETY: fd_datasync takes a plain integer.
            Errno::check(unsafe { wasi::fd_datasync(fdtable::wasi(fd, Errno::INVAL)?) })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    #[no_mangle]
    pub extern "C" fn ftruncate(fd: c_int, len: off_t) -> c_int {
        (|| {
            let len = offset(len)?;
            // SAFETY: plain integers.
            Errno::check(unsafe {
                wasi::fd_filestat_set_size(fdtable::wasi(fd, Errno::INVAL)?, len)
            })
            .map_err(on_descriptor)?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `buf` points to `n` writable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn pread(fd: c_int, buf: *mut c_void, n: usize, off: off_t) -> isize {
        (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let off = offset(off)?;
            // SAFETY: the caller's promise, passed on.
            let buf = unsafe { bytes_mut(buf, count(n)?)? };
            let iov = wasi::Iovec {
                buf: buf.as_mut_ptr(),
                len: buf.len(),
            };
            let mut got = 0;
            // SAFETY: one iovec describing `buf`; `got` an out-parameter.
            Errno::check(unsafe { wasi::fd_pread(fd, &iov, 1, off, &mut got) })
                .map_err(on_descriptor)?;
            Ok(got as isize)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `buf` points to `n` readable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn pwrite(fd: c_int, buf: *const c_void, n: usize, off: off_t) -> isize {
        (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let off = offset(off)?;
            // SAFETY: the caller's promise, passed on.
            let buf = unsafe { bytes(buf, count(n)?)? };
            let iov = wasi::Ciovec {
                buf: buf.as_ptr(),
                len: buf.len(),
            };
            let mut put = 0;
            // SAFETY: one ciovec describing `buf`; `put` an out-parameter.
            Errno::check(unsafe { wasi::fd_pwrite(fd, &iov, 1, off, &mut put) })
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
    fn access_modes_are_checked() {
        assert_eq!(access_mode(sys::F_OK as i32), Ok(0));
        assert_eq!(
            access_mode((sys::R_OK | sys::W_OK) as i32),
            Ok(sys::R_OK | sys::W_OK)
        );
        assert_eq!(access_mode(8), Err(Errno::INVAL));
        assert_eq!(access_mode(-1), Err(Errno::INVAL));
    }
}
