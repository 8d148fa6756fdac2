//! `<sys/socket.h>`: what preview 1 allows on sockets the program was given
//! (inherited or preopened by the runtime): `accept accept4 recv send
//! shutdown getsockopt`, over `sock_accept`, `sock_recv`, `sock_send`,
//! `sock_shutdown`.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/sys_socket.h.html>
//!
//! WASI deviations: preview 1 cannot create, bind, connect or name sockets,
//! so `socket`, `socketpair`, `bind`, `connect`, `listen`, `getsockname`,
//! `getpeername`, `sendto`, `recvfrom`, `sendmsg`, `recvmsg` and
//! `setsockopt` are neither declared nor defined, as in wasi-libc. `accept`
//! cannot learn the peer's address: it stores an address length of 0.
//! `recv` takes `MSG_PEEK` and `MSG_WAITALL`, `send` no flags (others:
//! EOPNOTSUPP). `getsockopt` knows `SO_TYPE` at `SOL_SOCKET` (others:
//! ENOPROTOOPT). A descriptor that is not a socket is ENOTSOCK, pipes
//! included.

use core::ffi::c_int;

use crate::errno::Errno;
use crate::sys;

/// `MSG_PEEK` and `MSG_WAITALL` of `<sys/socket.h>`, which bindgen cannot
/// read (they are casts); they are WASI's `riflags` `RECV_PEEK` and
/// `RECV_WAITALL`, as the header says.
const MSG_PEEK: u32 = 1;
const MSG_WAITALL: u32 = 2;

/// `recv`'s flags as WASI's `riflags`, which have the same values.
pub fn recv_flags(flags: c_int) -> Result<u32, Errno> {
    let known = MSG_PEEK | MSG_WAITALL;
    match u32::try_from(flags) {
        Ok(f) if f & !known == 0 => Ok(f),
        _ => Err(Errno::NOTSUP),
    }
}

/// `shutdown`'s `how` as WASI's `sdflags`, which have the same values.
pub fn shut_how(how: c_int) -> Result<u32, Errno> {
    match u32::try_from(how) {
        Ok(h @ (sys::SHUT_RD | sys::SHUT_WR | sys::SHUT_RDWR)) => Ok(h),
        _ => Err(Errno::INVAL),
    }
}

/// `SO_TYPE` for a WASI file type: the socket types are WASI's file types.
pub fn sock_type(filetype: u8) -> Result<c_int, Errno> {
    match u32::from(filetype) {
        t @ (sys::SOCK_STREAM | sys::SOCK_DGRAM) => Ok(t as c_int),
        _ => Err(Errno::NOTSOCK),
    }
}

// The values pass to WASI unchanged: sdflags RD 1, WR 2; file types
// SOCKET_DGRAM 5, SOCKET_STREAM 6.
const _: () = assert!(sys::SHUT_RD == 1 && sys::SHUT_WR == 2);
const _: () = assert!(sys::SOCK_DGRAM == 5 && sys::SOCK_STREAM == 6);

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::{c_int, c_void};

    use super::{recv_flags, shut_how, sock_type};
    use crate::cabi::{bytes, bytes_mut, count};
    use crate::errno::{on_descriptor, Errno, OrMinusOne};
    use crate::fdtable;
    use crate::sys::{self, sockaddr, socklen_t};
    use crate::unistd::io::fdstat;
    use crate::wasi;

    /// # Safety
    /// `addr` is null or points to `*len` writable bytes; `len` is null or
    /// points to a writable `socklen_t`.
    #[no_mangle]
    pub unsafe extern "C" fn accept4(
        fd: c_int,
        addr: *mut sockaddr,
        len: *mut socklen_t,
        flags: c_int,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { accept4_c(fd, addr, len, flags) }
    }

    /// The body of [`accept4`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    ///
    /// # Safety
    /// As [`accept4`].
    unsafe fn accept4_c(
        fd: c_int,
        addr: *mut sockaddr,
        len: *mut socklen_t,
        flags: c_int,
    ) -> c_int {
        (|| {
            let known = (sys::SOCK_NONBLOCK | sys::SOCK_CLOEXEC) as c_int;
            if flags & !known != 0 {
                return Err(Errno::INVAL);
            }
            let w = fdtable::wasi(fd, Errno::NOTSOCK)?;
            let fdflags = if flags & sys::SOCK_NONBLOCK as c_int != 0 {
                u32::from(wasi::FDFLAGS_NONBLOCK)
            } else {
                0
            };
            let mut new = 0;
            // SAFETY: `new` is an out-parameter.
            Errno::check(unsafe { wasi::sock_accept(w, fdflags, &mut new) })
                .map_err(on_descriptor)?;
            let new = fdtable::adopt(new)?;
            if flags & sys::SOCK_CLOEXEC as c_int != 0 {
                let n = fdtable::index(new)?;
                fdtable::with(|t, s| t.set_cloexec(s, n, true))?;
            }
            if !addr.is_null() && !len.is_null() {
                // SAFETY: writable, by the caller's promise.
                unsafe { len.write(0) };
            }
            Ok(new)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// As for [`accept4`].
    #[no_mangle]
    pub unsafe extern "C" fn accept(fd: c_int, addr: *mut sockaddr, len: *mut socklen_t) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { accept4_c(fd, addr, len, 0) }
    }

    /// # Safety
    /// `buf` points to `n` writable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn recv(fd: c_int, buf: *mut c_void, n: usize, flags: c_int) -> isize {
        (|| {
            let w = fdtable::wasi(fd, Errno::NOTSOCK)?;
            let flags = recv_flags(flags)?;
            // SAFETY: the caller's promise, passed on.
            let buf = unsafe { bytes_mut(buf, count(n)?)? };
            let iov = wasi::Iovec {
                buf: buf.as_mut_ptr(),
                len: buf.len(),
            };
            let (mut got, mut oflags) = (0, 0);
            // SAFETY: one iovec describing `buf`; out-parameters.
            Errno::check(unsafe { wasi::sock_recv(w, &iov, 1, flags, &mut got, &mut oflags) })
                .map_err(on_descriptor)?;
            Ok(got as isize)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `buf` points to `n` readable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn send(fd: c_int, buf: *const c_void, n: usize, flags: c_int) -> isize {
        (|| {
            let w = fdtable::wasi(fd, Errno::NOTSOCK)?;
            if flags != 0 {
                return Err(Errno::NOTSUP);
            }
            // SAFETY: the caller's promise, passed on.
            let buf = unsafe { bytes(buf, count(n)?)? };
            let iov = wasi::Ciovec {
                buf: buf.as_ptr(),
                len: buf.len(),
            };
            let mut put = 0;
            // SAFETY: one ciovec describing `buf`; an out-parameter.
            Errno::check(unsafe { wasi::sock_send(w, &iov, 1, 0, &mut put) })
                .map_err(on_descriptor)?;
            Ok(put as isize)
        })()
        .or_minus_one()
    }

    #[no_mangle]
    pub extern "C" fn shutdown(fd: c_int, how: c_int) -> c_int {
        (|| {
            let w = fdtable::wasi(fd, Errno::NOTSOCK)?;
            let how = shut_how(how)?;
            // SAFETY: plain integers.
            Errno::check(unsafe { wasi::sock_shutdown(w, how) }).map_err(on_descriptor)?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `val` is null or points to `*len` writable bytes; `len` is null or
    /// points to a writable `socklen_t`.
    #[no_mangle]
    pub unsafe extern "C" fn getsockopt(
        fd: c_int,
        level: c_int,
        name: c_int,
        val: *mut c_void,
        len: *mut socklen_t,
    ) -> c_int {
        (|| {
            let w = fdtable::wasi(fd, Errno::NOTSOCK)?;
            let ty = sock_type(fdstat(w)?.filetype)?;
            if level != sys::SOL_SOCKET as c_int || name != sys::SO_TYPE as c_int {
                return Err(Errno::NOPROTOOPT);
            }
            if val.is_null() || len.is_null() {
                return Err(Errno::FAULT);
            }
            let size = core::mem::size_of::<c_int>() as socklen_t;
            // SAFETY: non-null and writable, by the caller's promise.
            unsafe {
                if len.read() < size {
                    return Err(Errno::INVAL);
                }
                val.cast::<c_int>().write_unaligned(ty);
                len.write(size);
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
    fn flags_and_types_map_to_wasi() {
        assert_eq!(recv_flags(0), Ok(0));
        assert_eq!(recv_flags(3), Ok(3));
        assert_eq!(recv_flags(4), Err(Errno::NOTSUP));
        assert_eq!(shut_how(sys::SHUT_RDWR as c_int), Ok(3));
        assert_eq!(shut_how(0), Err(Errno::INVAL));
        assert_eq!(sock_type(6), Ok(sys::SOCK_STREAM as c_int));
        assert_eq!(sock_type(4), Err(Errno::NOTSOCK));
    }
}
