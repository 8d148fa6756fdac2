//! `read`, `write`, `close`, `posix_close`, `lseek`, `__wasilibc_tell`,
//! `isatty` (also as `__isatty`). Each descriptor goes through
//! [`crate::fdtable`]: pipe ends read and write their pipe, cannot seek
//! (ESPIPE) and are not terminals.

/// Map a C `whence` (`SEEK_SET`, `SEEK_CUR`, `SEEK_END`) to WASI's.
pub fn whence(whence: core::ffi::c_int) -> Result<u8, crate::errno::Errno> {
    match u32::try_from(whence) {
        Ok(crate::sys::SEEK_SET) => Ok(0),
        Ok(crate::sys::SEEK_CUR) => Ok(1),
        Ok(crate::sys::SEEK_END) => Ok(2),
        _ => Err(crate::errno::Errno::INVAL),
    }
}

#[cfg(target_os = "wasi")]
pub use core_fns::*;

#[cfg(target_os = "wasi")]
mod core_fns {
    use crate::errno::{on_descriptor, Errno};
    use crate::wasi;

    /// Read into `buf`; returns how many bytes arrived (0 at end of file).
    pub fn read(fd: u32, buf: &mut [u8]) -> Result<usize, Errno> {
        let iov = wasi::Iovec {
            buf: buf.as_mut_ptr(),
            len: buf.len(),
        };
        let mut n = 0;
        // SAFETY: one iovec that describes `buf`, which is ours for the call;
        // `n` is a valid out-parameter.
        Errno::check(unsafe { wasi::fd_read(fd, &iov, 1, &mut n) }).map_err(on_descriptor)?;
        Ok(n)
    }

    /// Write from `buf`; returns how many bytes were taken.
    pub fn write(fd: u32, buf: &[u8]) -> Result<usize, Errno> {
        let iov = wasi::Ciovec {
            buf: buf.as_ptr(),
            len: buf.len(),
        };
        let mut n = 0;
        // SAFETY: one ciovec that describes `buf`; `n` is an out-parameter.
        Errno::check(unsafe { wasi::fd_write(fd, &iov, 1, &mut n) }).map_err(on_descriptor)?;
        Ok(n)
    }

    pub fn close(fd: u32) -> Result<(), Errno> {
        // SAFETY: fd_close takes a plain integer.
        Errno::check(unsafe { wasi::fd_close(fd) })
    }

    pub fn seek(fd: u32, offset: i64, whence: u8) -> Result<u64, Errno> {
        let mut pos = 0;
        // SAFETY: `pos` is a valid out-parameter.
        Errno::check(unsafe { wasi::fd_seek(fd, offset, whence, &mut pos) })?;
        Ok(pos)
    }

    pub fn fdstat(fd: u32) -> Result<wasi::Fdstat, Errno> {
        let mut st = wasi::Fdstat::default();
        // SAFETY: `st` is a valid, properly aligned out-parameter.
        Errno::check(unsafe { wasi::fd_fdstat_get(fd, &mut st) })?;
        Ok(st)
    }

    /// A terminal is a character device that can neither seek nor tell.
    pub fn is_terminal(fd: u32) -> Result<bool, Errno> {
        let st = fdstat(fd)?;
        Ok(st.filetype == wasi::FILETYPE_CHARACTER_DEVICE
            && st.rights_base & (wasi::rights::FD_SEEK | wasi::rights::FD_TELL) == 0)
    }
}

#[cfg(target_os = "wasi")]
mod shims {
    use core::ffi::{c_int, c_void};

    use super::whence;
    use crate::cabi::{bytes, bytes_mut, count};
    use crate::errno::{on_descriptor, set_errno, Errno, OrMinusOne};
    use crate::fdtable::{self, Target};
    use crate::sys::off_t;
    use crate::wasi;

    // bindgen maps size_t and ssize_t to usize and isize (it checks they match).
    #[allow(non_camel_case_types)]
    type size_t = usize;
    #[allow(non_camel_case_types)]
    type ssize_t = isize;

    // The bodies are private functions that the exported names call: a
    // call from one exported name to another goes through the symbol, which
    // a program's own definition of that name would take over.

    /// # Safety
    /// `buf` must point to `n` writable bytes.
    unsafe fn read_c(fd: c_int, buf: *mut c_void, n: size_t) -> ssize_t {
        (|| {
            let target = fdtable::target(fd)?;
            // SAFETY: the caller's promise, passed on.
            let buf = unsafe { bytes_mut(buf, count(n)?)? };
            let got = match target {
                Target::Wasi(w) => super::read(w, buf)?,
                Target::Pipe(d) => d.pipe().ok_or(Errno::BADF)?.read(&mut [buf])?,
            };
            Ok(got as ssize_t)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `buf` must point to `n` readable bytes.
    unsafe fn write_c(fd: c_int, buf: *const c_void, n: size_t) -> ssize_t {
        (|| {
            let target = fdtable::target(fd)?;
            // SAFETY: the caller's promise, passed on.
            let buf = unsafe { bytes(buf, count(n)?)? };
            let put = match target {
                Target::Wasi(w) => super::write(w, buf)?,
                Target::Pipe(d) => d.pipe().ok_or(Errno::BADF)?.write(&[buf])?,
            };
            Ok(put as ssize_t)
        })()
        .or_minus_one()
    }

    fn close_c(fd: c_int) -> c_int {
        (|| {
            fdtable::close(fd)?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// `close` with a flag; `POSIX_CLOSE_RESTART` is 0 here, as nothing
    /// interrupts a close, so any other flag is EINVAL.
    #[no_mangle]
    pub extern "C" fn posix_close(fd: c_int, flag: c_int) -> c_int {
        if flag != 0 {
            return Err::<c_int, _>(Errno::INVAL).or_minus_one();
        }
        close_c(fd)
    }

    fn lseek_c(fd: c_int, offset: off_t, how: c_int) -> off_t {
        (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let pos = super::seek(fd, offset, whence(how)?)?;
            off_t::try_from(pos).map_err(|_| Errno::OVERFLOW)
        })()
        .or_minus_one()
    }

    /// The current offset, from WASI's `fd_tell` (no seek needed).
    #[no_mangle]
    pub extern "C" fn __wasilibc_tell(fd: c_int) -> off_t {
        (|| {
            let fd = fdtable::wasi(fd, Errno::SPIPE)?;
            let mut pos = 0;
            // SAFETY: `pos` is a valid out-parameter.
            Errno::check(unsafe { wasi::fd_tell(fd, &mut pos) }).map_err(on_descriptor)?;
            off_t::try_from(pos).map_err(|_| Errno::OVERFLOW)
        })()
        .or_minus_one()
    }

    /// 1 for a terminal; otherwise 0 with `errno` set (ENOTTY, or EBADF).
    fn isatty_c(fd: c_int) -> c_int {
        match fdtable::wasi(fd, Errno::NOTTY).and_then(super::is_terminal) {
            Ok(true) => 1,
            Ok(false) => {
                set_errno(Errno::NOTTY);
                0
            }
            Err(e) => {
                set_errno(e);
                0
            }
        }
    }

    /// # Safety
    /// `buf` must point to `n` writable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn read(fd: c_int, buf: *mut c_void, n: size_t) -> ssize_t {
        // SAFETY: the caller's promise, passed on.
        unsafe { read_c(fd, buf, n) }
    }

    /// # Safety
    /// `buf` must point to `n` readable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn write(fd: c_int, buf: *const c_void, n: size_t) -> ssize_t {
        // SAFETY: the caller's promise, passed on.
        unsafe { write_c(fd, buf, n) }
    }

    #[no_mangle]
    pub extern "C" fn close(fd: c_int) -> c_int {
        close_c(fd)
    }

    #[no_mangle]
    pub extern "C" fn lseek(fd: c_int, offset: off_t, how: c_int) -> off_t {
        lseek_c(fd, offset, how)
    }

    #[no_mangle]
    pub extern "C" fn isatty(fd: c_int) -> c_int {
        isatty_c(fd)
    }

    /// wasi-libc's internal name for `isatty`, which stdio uses.
    #[no_mangle]
    pub extern "C" fn __isatty(fd: c_int) -> c_int {
        isatty_c(fd)
    }

    // The calls stdio makes, under reserved names. The POSIX names are not
    // reserved to the implementation: a program may define its own `write`
    // (the bottom half's functions are weak for that reason), and stdio
    // must not then send its output there.

    /// `read`, for stdio.
    ///
    /// # Safety
    /// As `read`.
    #[no_mangle]
    pub unsafe extern "C" fn __libc_read(fd: c_int, buf: *mut c_void, n: size_t) -> ssize_t {
        // SAFETY: the caller's promise, passed on.
        unsafe { read_c(fd, buf, n) }
    }

    /// `write`, for stdio.
    ///
    /// # Safety
    /// As `write`.
    #[no_mangle]
    pub unsafe extern "C" fn __libc_write(fd: c_int, buf: *const c_void, n: size_t) -> ssize_t {
        // SAFETY: the caller's promise, passed on.
        unsafe { write_c(fd, buf, n) }
    }

    /// `close`, for stdio.
    #[no_mangle]
    pub extern "C" fn __libc_close(fd: c_int) -> c_int {
        close_c(fd)
    }

    /// `lseek`, for stdio.
    #[no_mangle]
    pub extern "C" fn __libc_lseek(fd: c_int, offset: off_t, how: c_int) -> off_t {
        lseek_c(fd, offset, how)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::errno::Errno;

    #[test]
    fn whence_maps_the_three_origins() {
        assert_eq!(whence(crate::sys::SEEK_SET as i32), Ok(0));
        assert_eq!(whence(crate::sys::SEEK_CUR as i32), Ok(1));
        assert_eq!(whence(crate::sys::SEEK_END as i32), Ok(2));
        assert_eq!(whence(7), Err(Errno::INVAL));
        assert_eq!(whence(-1), Err(Errno::INVAL));
    }
}
