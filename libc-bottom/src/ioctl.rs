//! `<sys/ioctl.h>`: the two requests WASI can answer. `ioctl` is variadic,
//! so its C entry point is `c/ioctl.c`, over [`__libc_ioctl`].
//! POSIX (streams, obsolescent): <https://pubs.opengroup.org/onlinepubs/9699919799/functions/ioctl.html>
//!
//! - `FIONREAD` stores how many bytes a read would get now: for a regular
//!   file, from the offset to the end; for a pipe end, what it holds; for
//!   anything else (sockets, standard input), what the runtime's
//!   `poll_oneoff` reports as ready without waiting (0 when it says
//!   nothing).
//! - `FIONBIO` sets or clears `O_NONBLOCK`, as `fcntl(F_SETFL)` would.
//!
//! Every other request fails with ENOTTY, as for a descriptor that is not a
//! device; a null argument is EFAULT.

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::c_int;

    use crate::errno::{on_descriptor, Errno, OrMinusOne};
    use crate::fdtable::{self, Target};
    use crate::sys;
    use crate::unistd::io::fdstat;
    use crate::wasi::{self, Subscription};

    /// Bytes ready to read on WASI descriptor `fd`.
    fn ready(fd: u32) -> Result<u64, Errno> {
        let st = fdstat(fd)?;
        if st.filetype == wasi::FILETYPE_REGULAR_FILE {
            let mut fs = wasi::Filestat::default();
            let mut pos = 0;
            // SAFETY: out-parameters.
            Errno::check(unsafe { wasi::fd_filestat_get(fd, &mut fs) }).map_err(on_descriptor)?;
            // SAFETY: an out-parameter.
            Errno::check(unsafe { wasi::fd_tell(fd, &mut pos) }).map_err(on_descriptor)?;
            return Ok(fs.size.saturating_sub(pos));
        }
        let subs = [
            Subscription::fd(0, wasi::EVENTTYPE_FD_READ, fd),
            Subscription::clock(1, wasi::CLOCKID_MONOTONIC, 0, 0),
        ];
        let mut events: [wasi::Event; 2] = Default::default();
        let mut n = 0;
        // SAFETY: two subscriptions and room for two events.
        Errno::check(unsafe { wasi::poll_oneoff(subs.as_ptr(), events.as_mut_ptr(), 2, &mut n) })?;
        Ok(events
            .iter()
            .take(n)
            .find(|e| e.userdata == 0 && e.error == 0)
            .map_or(0, |e| e.nbytes))
    }

    /// The body of `ioctl`: `arg` is the int the two requests point to.
    #[no_mangle]
    pub extern "C" fn __libc_ioctl(fd: c_int, request: c_int, arg: *mut c_int) -> c_int {
        (|| {
            let target = fdtable::target(fd)?;
            match request as u32 {
                sys::FIONREAD => {
                    if arg.is_null() {
                        return Err(Errno::FAULT);
                    }
                    let n = match target {
                        Target::Wasi(w) => ready(w)?,
                        Target::Pipe(d) => d.pipe().map_or(0, |e| e.available()) as u64,
                    };
                    // SAFETY: a writable int, by the caller's promise.
                    unsafe { arg.write(c_int::try_from(n).unwrap_or(c_int::MAX)) };
                    Ok(0)
                }
                sys::FIONBIO => {
                    if arg.is_null() {
                        return Err(Errno::FAULT);
                    }
                    // SAFETY: a readable int, by the caller's promise.
                    let on = unsafe { arg.read() } != 0;
                    match target {
                        Target::Pipe(d) => d.nonblock.set(on),
                        Target::Wasi(w) => {
                            let mut flags = fdstat(w)?.flags;
                            if on {
                                flags |= wasi::FDFLAGS_NONBLOCK;
                            } else {
                                flags &= !wasi::FDFLAGS_NONBLOCK;
                            }
                            // SAFETY: plain integers.
                            Errno::check(unsafe { wasi::fd_fdstat_set_flags(w, flags.into()) })
                                .map_err(on_descriptor)?;
                        }
                    }
                    Ok(0)
                }
                _ => {
                    if let Target::Wasi(w) = target {
                        fdstat(w)?;
                    }
                    Err(Errno::NOTTY)
                }
            }
        })()
        .or_minus_one()
    }
}
