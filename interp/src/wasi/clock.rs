//! `clock_res_get` and `clock_time_get`.
//!
//! `realtime` is the host's wall clock; `monotonic` counts from the start of
//! the host (its epoch is unspecified by WASI). The CPU-time clocks are the
//! host process's and the calling thread's, which include the interpreter's
//! own work: that is the guest's cost. They exist on 64-bit Linux only;
//! elsewhere they fail with `inval`, like an unknown clock. The `precision`
//! argument of `clock_time_get` is ignored.

use std::time::{SystemTime, UNIX_EPOCH};

use wasmi::{Caller, Error};

use super::{with_memory, Errno, Host};

/// `clockid` values.
pub const REALTIME: u32 = 0;
pub const MONOTONIC: u32 = 1;
const PROCESS_CPUTIME: u32 = 2;
const THREAD_CPUTIME: u32 = 3;

/// Resolution reported where the host cannot say: one microsecond.
const FALLBACK_RESOLUTION: u64 = 1_000;

fn nanos(duration: std::time::Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}

/// The current value of clock `id`, in nanoseconds.
pub fn now(host: &Host, id: u32) -> Result<u64, Errno> {
    match id {
        REALTIME => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(nanos)
            .map_err(|_| Errno::Overflow),
        MONOTONIC => Ok(nanos(host.start.elapsed())),
        PROCESS_CPUTIME | THREAD_CPUTIME => cputime::now(id),
        _ => Err(Errno::Inval),
    }
}

fn resolution(id: u32) -> Result<u64, Errno> {
    match id {
        REALTIME | MONOTONIC | PROCESS_CPUTIME | THREAD_CPUTIME => {
            cputime::resolution(id).or(Ok(FALLBACK_RESOLUTION))
        }
        _ => Err(Errno::Inval),
    }
}

pub fn clock_res_get(mut caller: Caller<'_, Host>, id: u32, out: u32) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, _| mem.write_u64(out, resolution(id)?))
}

pub fn clock_time_get(
    mut caller: Caller<'_, Host>,
    id: u32,
    _precision: u64,
    out: u32,
) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| mem.write_u64(out, now(host, id)?))
}

/// The host's POSIX clocks, read through libc's `clock_gettime`.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod cputime {
    use super::Errno;

    /// `struct timespec` on 64-bit Linux: `time_t` and `long` are both 64 bits.
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }

    unsafe extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
        fn clock_getres(clock: i32, res: *mut Timespec) -> i32;
    }

    /// Linux's clock ids happen to equal WASI's for these four clocks.
    fn host_clock(id: u32) -> Result<i32, Errno> {
        const _: () = assert!(super::PROCESS_CPUTIME == 2 && super::THREAD_CPUTIME == 3);
        match id {
            0..=3 => Ok(id as i32),
            _ => Err(Errno::Inval),
        }
    }

    fn to_nanos(ts: &Timespec) -> Result<u64, Errno> {
        let secs = u64::try_from(ts.tv_sec).map_err(|_| Errno::Overflow)?;
        let nanos = u64::try_from(ts.tv_nsec).map_err(|_| Errno::Overflow)?;
        secs.checked_mul(1_000_000_000)
            .and_then(|n| n.checked_add(nanos))
            .ok_or(Errno::Overflow)
    }

    pub fn now(id: u32) -> Result<u64, Errno> {
        let clock = host_clock(id)?;
        let mut ts = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a live, writable `struct timespec` with the C layout
        // of this target, and `clock_gettime` writes only into it.
        let rc = unsafe { clock_gettime(clock, &mut ts) };
        if rc != 0 {
            return Err(Errno::Inval);
        }
        to_nanos(&ts)
    }

    pub fn resolution(id: u32) -> Result<u64, Errno> {
        let clock = host_clock(id)?;
        let mut ts = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: as in `now`: `ts` is a valid out-parameter for `clock_getres`.
        let rc = unsafe { clock_getres(clock, &mut ts) };
        if rc != 0 {
            return Err(Errno::Inval);
        }
        to_nanos(&ts)
    }
}

/// No CPU-time clocks on this host.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
mod cputime {
    use super::Errno;

    pub fn now(_id: u32) -> Result<u64, Errno> {
        Err(Errno::Inval)
    }

    pub fn resolution(_id: u32) -> Result<u64, Errno> {
        Err(Errno::Inval)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_advance() {
        let host = Host::new(Vec::new(), Vec::new(), Vec::new());
        let wall = now(&host, REALTIME).unwrap();
        assert!(wall > 1_600_000_000 * 1_000_000_000);
        let a = now(&host, MONOTONIC).unwrap();
        let b = now(&host, MONOTONIC).unwrap();
        assert!(b >= a);
        assert_eq!(now(&host, 4), Err(Errno::Inval));
        assert_eq!(resolution(4), Err(Errno::Inval));
        assert!(resolution(MONOTONIC).unwrap() > 0);
    }

    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    #[test]
    fn cpu_time_grows_with_work() {
        let host = Host::new(Vec::new(), Vec::new(), Vec::new());
        let before = now(&host, PROCESS_CPUTIME).unwrap();
        let mut x = 0u64;
        for i in 0..5_000_000u64 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
        }
        assert!(now(&host, PROCESS_CPUTIME).unwrap() > before);
        assert!(now(&host, THREAD_CPUTIME).is_ok());
    }
}
