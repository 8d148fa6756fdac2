//! `<time.h>` and friends: clocks, sleeping, and `getentropy`,
//! `sched_yield`. POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/clock_gettime.html>
//!
//! A `clockid_t` is the address of one of the constants `_CLOCK_REALTIME`,
//! `_CLOCK_MONOTONIC`, `_CLOCK_PROCESS_CPUTIME_ID` and
//! `_CLOCK_THREAD_CPUTIME_ID` defined here (the wasi-libc ABI); a clock is
//! recognised by its address and never read through, so a forged clockid
//! is EINVAL, not a wild read. `time`, `gettimeofday`, `sleep`, `usleep`
//! are portable C in the top half over these.
//!
//! WASI deviations: sleeps are never interrupted (no signals), so `rem`,
//! written only on interruption, is never written. The CPU-time clocks
//! (and `clock()`) read the runtime's process CPU-time clock, or, where the
//! runtime has none (wasmtime), the monotonic time since the first such
//! read; with one thread, the thread's clock is the process's. Sleeping on
//! them is not supported (ENOTSUP, and EINVAL for the thread's own clock,
//! as POSIX asks).

use crate::errno::Errno;

/// The clock constants whose addresses are the `clockid_t` values.
#[repr(C)]
pub struct ClockId {
    pub id: u32,
}

#[no_mangle]
pub static _CLOCK_REALTIME: ClockId = ClockId { id: 0 };
#[no_mangle]
pub static _CLOCK_MONOTONIC: ClockId = ClockId { id: 1 };
#[no_mangle]
pub static _CLOCK_PROCESS_CPUTIME_ID: ClockId = ClockId { id: 2 };
#[no_mangle]
pub static _CLOCK_THREAD_CPUTIME_ID: ClockId = ClockId { id: 3 };

/// The WASI clock a `clockid_t` names, by address.
pub fn wasi_clock(clock: *const ClockId) -> Result<u32, Errno> {
    [
        &_CLOCK_REALTIME,
        &_CLOCK_MONOTONIC,
        &_CLOCK_PROCESS_CPUTIME_ID,
        &_CLOCK_THREAD_CPUTIME_ID,
    ]
    .into_iter()
    .find(|c| core::ptr::eq(clock, *c))
    .map(|c| c.id)
    .ok_or(Errno::INVAL)
}

/// A `timespec` as nanoseconds: EINVAL when negative or when `tv_nsec` is
/// out of range, saturating when it overflows 64 bits.
pub fn nanos(sec: i64, nsec: i64) -> Result<u64, Errno> {
    if sec < 0 || !(0..1_000_000_000).contains(&nsec) {
        return Err(Errno::INVAL);
    }
    Ok((sec as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(nsec as u64))
}

/// `GETENTROPY_MAX`: the most bytes `getentropy` gives in one call.
pub const GETENTROPY_MAX: usize = 256;

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::{c_int, c_void};

    use super::{nanos, wasi_clock, ClockId, GETENTROPY_MAX};
    use crate::errno::{error_number, Errno, OrMinusOne};
    use crate::preopen::Global;
    use crate::sys::{self, timespec};
    use crate::wasi;

    fn now(clock: u32) -> Result<u64, Errno> {
        let mut t = 0;
        // SAFETY: `t` is an out-parameter.
        Errno::check(unsafe { wasi::clock_time_get(clock, 1, &mut t) })?;
        Ok(t)
    }

    fn is_cputime(clock: u32) -> bool {
        clock == wasi::CLOCKID_PROCESS_CPUTIME || clock == wasi::CLOCKID_THREAD_CPUTIME
    }

    /// The monotonic time of the first CPU-time read, for runtimes without
    /// a CPU-time clock.
    static CPU_START: Global<Option<u64>> = Global::new(None);

    /// Processor time in nanoseconds: the runtime's, else the monotonic
    /// time since the first read.
    fn cputime() -> Result<u64, Errno> {
        now(wasi::CLOCKID_PROCESS_CPUTIME).or_else(|_| {
            let t = now(wasi::CLOCKID_MONOTONIC)?;
            Ok(t - CPU_START.with(|s| *s.get_or_insert(t)))
        })
    }

    /// The time on a clock named by its WASI id.
    fn read(clock: u32) -> Result<u64, Errno> {
        if is_cputime(clock) {
            cputime()
        } else {
            now(clock)
        }
    }

    /// Store `ns` at the caller's `ts` if it is not null.
    ///
    /// # Safety
    /// `ts` is null or points to a writable timespec.
    unsafe fn store(ts: *mut timespec, ns: u64) {
        if !ts.is_null() {
            // SAFETY: non-null and writable, by the caller's promise.
            unsafe { ts.write(crate::sys_stat::timespec(ns)) };
        }
    }

    /// # Safety
    /// `ts` is null or points to a writable timespec.
    unsafe fn clock_gettime_c(clock: *const ClockId, ts: *mut timespec) -> c_int {
        (|| {
            let t = read(wasi_clock(clock)?)?;
            if ts.is_null() {
                return Err(Errno::FAULT);
            }
            // SAFETY: the caller's promise, passed on.
            unsafe { store(ts, t) };
            Ok(0)
        })()
        .or_minus_one()
    }

    /// # Safety
    /// `ts` is null or points to a writable timespec.
    #[no_mangle]
    pub unsafe extern "C" fn clock_gettime(clock: *const ClockId, ts: *mut timespec) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { clock_gettime_c(clock, ts) }
    }

    /// `clock_gettime` under a reserved name, for `time` and `timespec_get`:
    /// a C program may define its own `clock_gettime`, and the C functions
    /// must not then call it.
    ///
    /// # Safety
    /// As `clock_gettime`.
    #[no_mangle]
    pub unsafe extern "C" fn __clock_gettime(clock: *const ClockId, ts: *mut timespec) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { clock_gettime_c(clock, ts) }
    }

    /// # Safety
    /// `ts` is null or points to a writable timespec.
    #[no_mangle]
    pub unsafe extern "C" fn clock_getres(clock: *const ClockId, ts: *mut timespec) -> c_int {
        (|| {
            let mut id = wasi_clock(clock)?;
            let mut res = 0;
            // SAFETY: `res` is an out-parameter.
            let mut raw = unsafe { wasi::clock_res_get(id, &mut res) };
            if raw != 0 && is_cputime(id) {
                // cputime()'s fallback has the monotonic clock's resolution.
                id = wasi::CLOCKID_MONOTONIC;
                // SAFETY: as above.
                raw = unsafe { wasi::clock_res_get(id, &mut res) };
            }
            Errno::check(raw)?;
            // SAFETY: the caller's promise, passed on (null is allowed).
            unsafe { store(ts, res) };
            Ok(0)
        })()
        .or_minus_one()
    }

    /// Sleep on `clock` until `ns` (absolute) or for `ns` (relative).
    fn sleep(clock: u32, ns: u64, absolute: bool) -> Result<(), Errno> {
        let flags = if absolute {
            wasi::SUBCLOCKFLAGS_ABSTIME
        } else {
            0
        };
        let sub = wasi::Subscription::clock(0, clock, ns, flags);
        let mut ev = wasi::Event::default();
        let mut n = 0;
        // SAFETY: one subscription in, room for one event out.
        Errno::check(unsafe { wasi::poll_oneoff(&sub, &mut ev, 1, &mut n) })?;
        Errno::check(i32::from(ev.error))
    }

    /// Read a caller's timespec as nanoseconds.
    ///
    /// # Safety
    /// `ts` is null or points to a timespec.
    unsafe fn read_ns(ts: *const timespec) -> Result<u64, Errno> {
        if ts.is_null() {
            return Err(Errno::FAULT);
        }
        // SAFETY: non-null, by the caller's promise.
        let t = unsafe { ts.read() };
        nanos(t.tv_sec, i64::from(t.tv_nsec))
    }

    /// # Safety
    /// `req` points to a timespec.
    #[no_mangle]
    pub unsafe extern "C" fn nanosleep(req: *const timespec, _rem: *mut timespec) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let ns = unsafe { read_ns(req)? };
            sleep(wasi::CLOCKID_MONOTONIC, ns, false)?;
            Ok(0)
        })()
        .or_minus_one()
    }

    /// Unlike most calls, returns the error number instead of setting errno.
    ///
    /// # Safety
    /// `req` points to a timespec.
    #[no_mangle]
    pub unsafe extern "C" fn clock_nanosleep(
        clock: *const ClockId,
        flags: c_int,
        req: *const timespec,
        _rem: *mut timespec,
    ) -> c_int {
        let result = (|| {
            let clock = wasi_clock(clock)?;
            if clock == wasi::CLOCKID_THREAD_CPUTIME {
                return Err(Errno::INVAL);
            }
            if clock == wasi::CLOCKID_PROCESS_CPUTIME {
                return Err(Errno::NOTSUP);
            }
            let abs = sys::TIMER_ABSTIME as c_int;
            if flags & !abs != 0 {
                return Err(Errno::INVAL);
            }
            // SAFETY: the caller's promise, passed on.
            let ns = unsafe { read_ns(req)? };
            sleep(clock, ns, flags & abs != 0)?;
            Ok(())
        })();
        error_number(result)
    }

    /// Processor time in nanoseconds (`CLOCKS_PER_SEC` is 10^9), or -1.
    #[no_mangle]
    pub extern "C" fn clock() -> sys::clock_t {
        cputime().map_or(-1, |t| t as sys::clock_t)
    }

    /// # Safety
    /// `buf` points to `len` writable bytes.
    #[no_mangle]
    pub unsafe extern "C" fn getentropy(buf: *mut c_void, len: usize) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { getentropy_c(buf, len) }
    }

    /// `getentropy` under a reserved name, for `tmpfile`, `tmpnam` and the
    /// stack protector.
    ///
    /// # Safety
    /// As `getentropy`.
    #[no_mangle]
    pub unsafe extern "C" fn __getentropy(buf: *mut c_void, len: usize) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { getentropy_c(buf, len) }
    }

    /// # Safety
    /// `buf` points to `len` writable bytes.
    unsafe fn getentropy_c(buf: *mut c_void, len: usize) -> c_int {
        (|| {
            if len > GETENTROPY_MAX {
                return Err(Errno::INVAL);
            }
            // SAFETY: the caller's promise, passed on.
            let out = unsafe { crate::cabi::bytes_mut(buf, len)? };
            // SAFETY: `out` is valid for its length.
            Errno::check(unsafe { wasi::random_get(out.as_mut_ptr(), out.len()) })?;
            Ok(0)
        })()
        .or_minus_one()
    }

    #[no_mangle]
    pub extern "C" fn sched_yield() -> c_int {
        // SAFETY: no arguments.
        Errno::check(unsafe { wasi::sched_yield() })
            .map(|()| 0)
            .or_minus_one()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_are_known_by_address() {
        assert_eq!(wasi_clock(&_CLOCK_REALTIME), Ok(0));
        assert_eq!(wasi_clock(&_CLOCK_MONOTONIC), Ok(1));
        let forged = ClockId { id: 0 };
        assert_eq!(wasi_clock(&forged), Err(Errno::INVAL));
        assert_eq!(wasi_clock(core::ptr::null()), Err(Errno::INVAL));
    }

    #[test]
    fn timespecs_are_checked() {
        assert_eq!(nanos(1, 5), Ok(1_000_000_005));
        assert_eq!(nanos(-1, 0), Err(Errno::INVAL));
        assert_eq!(nanos(0, 1_000_000_000), Err(Errno::INVAL));
        assert_eq!(nanos(0, -1), Err(Errno::INVAL));
        assert_eq!(nanos(i64::MAX, 0), Ok(u64::MAX));
    }
}
