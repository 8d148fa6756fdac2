//! `<poll.h>`: `poll` and `ppoll` over `poll_oneoff`. `select` and
//! `pselect` are C in the top half over `poll`.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/poll.html>
//!
//! Each descriptor asking for input or output becomes an `fd_read` or
//! `fd_write` subscription, and a timeout one clock subscription. WASI
//! deviations: readiness is what the runtime reports (regular files are
//! always ready); `POLLPRI` is never reported; a descriptor the runtime
//! rejects is `POLLNVAL`. A pipe end ([`crate::pipe`]) is answered by the
//! libc, at once: nothing can change it while the program waits, so when
//! only pipes that are not ready are polled with no timeout, `poll` fails
//! with EAGAIN instead of hanging forever. `ppoll`'s signal mask is ignored.
//!
//! Two habits of wasmtime shape the rest: it reports one event per
//! descriptor, so a regular file asked for both input and output is
//! answered here (WASI says regular files are always ready); and it fails
//! the whole call with EBADF when one descriptor is bad, so the call is
//! then made again without the descriptors `fd_fdstat_get` refuses, which
//! become `POLLNVAL`.

use crate::sys;

/// The `revents` bits one WASI event adds: its kind, or `POLLNVAL` when the
/// runtime refused the descriptor, or `POLLERR` for other errors; hang-up
/// shows as `POLLHUP`.
pub fn revents(kind: u8, error: u16, flags: u16) -> i16 {
    let bits = match (error, kind) {
        (8, _) => sys::POLLNVAL,
        (0, 1) => sys::POLLRDNORM,
        (0, 2) => sys::POLLWRNORM,
        (0, _) => 0,
        _ => sys::POLLERR,
    };
    let hup = if flags & 1 != 0 { sys::POLLHUP } else { 0 };
    (bits | hup) as i16
}

/// A `poll` timeout in milliseconds as nanoseconds; negative waits forever
/// (`None`).
pub fn timeout_ns(ms: core::ffi::c_int) -> Option<u64> {
    u64::try_from(ms).ok().map(|ms| ms * 1_000_000)
}

#[cfg(target_os = "wasi")]
mod imp {
    use alloc::vec::Vec;
    use core::ffi::c_int;

    use super::{revents, timeout_ns};
    use crate::errno::{Errno, OrMinusOne};
    use crate::fdtable::{self, Target};
    use crate::sys::{self, pollfd, timespec};
    use crate::unistd::io::fdstat;
    use crate::wasi::{self, Subscription};

    /// The userdata of the timeout's subscription: no pollfd has it.
    const TIMEOUT: u64 = u64::MAX;

    /// # Safety
    /// `fds` is null or points to `nfds` pollfds.
    unsafe fn pollfds<'a>(fds: *mut pollfd, nfds: sys::nfds_t) -> Result<&'a mut [pollfd], Errno> {
        if nfds == 0 {
            Ok(&mut [])
        } else if fds.is_null() {
            Err(Errno::FAULT)
        } else {
            // SAFETY: non-null, and the caller promises nfds pollfds.
            Ok(unsafe { core::slice::from_raw_parts_mut(fds, nfds as usize) })
        }
    }

    /// The body of `poll` and `ppoll`: `wait` is the timeout in
    /// nanoseconds, `None` for none.
    fn poll_ns(fds: &mut [pollfd], wait: Option<u64>) -> Result<c_int, Errno> {
        let read = (sys::POLLRDNORM) as i16;
        let write = (sys::POLLWRNORM) as i16;
        let mut subs = Vec::with_capacity(fds.len() * 2 + 1);
        let mut pipes = false;
        for (i, p) in fds.iter_mut().enumerate() {
            p.revents = 0;
            // A negative descriptor is skipped, as POSIX says.
            if p.fd < 0 {
                continue;
            }
            let fd = match fdtable::target(p.fd) {
                Ok(Target::Wasi(w)) => w,
                Ok(Target::Pipe(d)) => {
                    // A pipe's state cannot change while the program waits:
                    // its answer is known now.
                    pipes = true;
                    p.revents = d
                        .pipe()
                        .map_or(sys::POLLNVAL as i16, |e| e.revents(p.events));
                    continue;
                }
                Err(_) => {
                    p.revents = sys::POLLNVAL as i16;
                    continue;
                }
            };
            if p.events & read != 0 && p.events & write != 0 {
                match fdstat(fd) {
                    Ok(st) if st.filetype == wasi::FILETYPE_REGULAR_FILE => {
                        p.revents = read | write;
                        continue;
                    }
                    Err(Errno::BADF) => {
                        p.revents = sys::POLLNVAL as i16;
                        continue;
                    }
                    _ => {}
                }
            }
            if p.events & read != 0 {
                subs.push(Subscription::fd(i as u64, wasi::EVENTTYPE_FD_READ, fd));
            }
            if p.events & write != 0 {
                subs.push(Subscription::fd(i as u64, wasi::EVENTTYPE_FD_WRITE, fd));
            }
        }
        let mut known = fds.iter().filter(|p| p.revents != 0).count();
        let mut events: Vec<wasi::Event> = Vec::with_capacity(subs.len() + 1);
        let n = loop {
            match wait_for(&mut subs, &mut events, wait, known, pipes)? {
                Ok(n) => break n,
                // Some descriptor is bad: find which, and ask again.
                Err(()) => {
                    subs.retain(|s| {
                        let i = s.userdata as usize;
                        let bad = matches!(fdstat(s.descriptor()), Err(Errno::BADF));
                        if bad {
                            fds[i].revents = sys::POLLNVAL as i16;
                        }
                        !bad
                    });
                    let now = fds.iter().filter(|p| p.revents != 0).count();
                    if now == known {
                        // None was: the EBADF was the runtime's own.
                        return Err(Errno::BADF);
                    }
                    known = now;
                }
            }
        };
        for ev in events.iter().take(n) {
            if ev.userdata == TIMEOUT {
                continue;
            }
            if let Some(p) = usize::try_from(ev.userdata)
                .ok()
                .and_then(|i| fds.get_mut(i))
            {
                p.revents |= revents(ev.kind, ev.error, ev.flags);
            }
        }
        Ok(fds.iter().filter(|p| p.revents != 0).count() as c_int)
    }

    /// One `poll_oneoff` over `subs` (without the timeout, which this adds
    /// and takes away again), its events in `events`: `Ok(Ok(n))`, or
    /// `Ok(Err(()))` when the runtime refused a descriptor with EBADF.
    /// `known` descriptors already have their answer, which is then given
    /// at once.
    fn wait_for(
        subs: &mut Vec<Subscription>,
        events: &mut Vec<wasi::Event>,
        wait: Option<u64>,
        known: usize,
        pipes: bool,
    ) -> Result<Result<usize, ()>, Errno> {
        // What is known already is reported at once, with whatever WASI
        // descriptors are ready too.
        let wait = if known > 0 { Some(0) } else { wait };
        if subs.is_empty() && known > 0 {
            return Ok(Ok(0));
        }
        // No timeout and nothing to wait for would wait forever: wait as
        // long as a u64 of nanoseconds allows; but when that is because of
        // pipes that nobody else can fill or drain, fail instead of hanging.
        let wait = match wait {
            Some(ns) => Some(ns),
            None if subs.is_empty() && pipes => return Err(Errno::AGAIN),
            None if subs.is_empty() => Some(u64::MAX),
            None => None,
        };
        if let Some(ns) = wait {
            subs.push(Subscription::clock(TIMEOUT, wasi::CLOCKID_MONOTONIC, ns, 0));
        }
        events.clear();
        events.resize_with(subs.len(), Default::default);
        let mut n = 0;
        // SAFETY: `subs` and `events` have room for `subs.len()` entries.
        let raw =
            unsafe { wasi::poll_oneoff(subs.as_ptr(), events.as_mut_ptr(), subs.len(), &mut n) };
        if wait.is_some() {
            subs.pop();
        }
        match Errno::check(raw) {
            Ok(()) => Ok(Ok(n)),
            Err(Errno::BADF) => Ok(Err(())),
            Err(e) => Err(e),
        }
    }

    /// # Safety
    /// `fds` is null or points to `nfds` pollfds.
    #[no_mangle]
    pub unsafe extern "C" fn poll(fds: *mut pollfd, nfds: sys::nfds_t, timeout: c_int) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let fds = unsafe { pollfds(fds, nfds)? };
            poll_ns(fds, timeout_ns(timeout))
        })()
        .or_minus_one()
    }

    /// `poll` with a `timespec` timeout (null: none); there are no signals,
    /// so the mask is ignored.
    ///
    /// # Safety
    /// `fds` is null or points to `nfds` pollfds; `timeout` is null or
    /// points to a timespec.
    #[no_mangle]
    pub unsafe extern "C" fn ppoll(
        fds: *mut pollfd,
        nfds: sys::nfds_t,
        timeout: *const timespec,
        _mask: *const core::ffi::c_void,
    ) -> c_int {
        (|| {
            // SAFETY: null or a timespec, by the caller's promise.
            let wait = match unsafe { timeout.as_ref() } {
                None => None,
                Some(t) => Some(crate::time::nanos(t.tv_sec, i64::from(t.tv_nsec))?),
            };
            // SAFETY: the caller's promise, passed on.
            let fds = unsafe { pollfds(fds, nfds)? };
            poll_ns(fds, wait)
        })()
        .or_minus_one()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_map_to_revents() {
        assert_eq!(revents(1, 0, 0), sys::POLLIN as i16);
        assert_eq!(revents(2, 0, 0), sys::POLLOUT as i16);
        assert_eq!(revents(1, 0, 1), (sys::POLLIN | sys::POLLHUP) as i16);
        assert_eq!(revents(1, 8, 0), sys::POLLNVAL as i16);
        assert_eq!(revents(2, 29, 0), sys::POLLERR as i16);
    }

    #[test]
    fn timeouts_are_milliseconds_or_forever() {
        assert_eq!(timeout_ns(0), Some(0));
        assert_eq!(timeout_ns(5), Some(5_000_000));
        assert_eq!(timeout_ns(-1), None);
    }

    #[test]
    fn the_errno_of_a_bad_descriptor_is_ebadf() {
        assert_eq!(crate::errno::Errno::BADF.0, 8);
    }
}
