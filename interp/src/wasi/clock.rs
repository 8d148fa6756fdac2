//! `clock_res_get` and `clock_time_get`, on real or virtual clocks.
//!
//! Real clocks: `realtime` is the host's wall clock; `monotonic` counts from the start of
//! the host (its epoch is unspecified by WASI). The CPU-time clocks are the
//! host process's and the calling thread's, which include the interpreter's
//! own work: that is the guest's cost. They exist on 64-bit Linux only;
//! elsewhere they fail with `inval`, like an unknown clock. The `precision`
//! argument of `clock_time_get` is ignored.
//!
//! Virtual clocks (`--deterministic`): one counter of nanoseconds drives all
//! four clocks. It starts at 0, so `monotonic` and the CPU-time clocks start
//! at 0 and `realtime` at [`VIRTUAL_EPOCH`] (2024-01-01T00:00:00Z: late
//! enough for programs that check that the wall clock is plausible). It
//! advances by [`VIRTUAL_STEP`] after every `clock_time_get` (so a loop
//! waiting for time to pass ends), and by exactly the time a `poll_oneoff`
//! clock subscription asks to wait, which returns at once. The resolution of
//! every clock is then [`VIRTUAL_STEP`].

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use wasmi::{Caller, Error};

use super::{with_memory, Errno, Host};

/// `clockid` values.
pub const REALTIME: u32 = 0;
pub const MONOTONIC: u32 = 1;
const PROCESS_CPUTIME: u32 = 2;
const THREAD_CPUTIME: u32 = 3;

/// `realtime` at the start of a deterministic run: 2024-01-01T00:00:00Z.
pub const VIRTUAL_EPOCH: u64 = 1_704_067_200 * 1_000_000_000;
/// How far the virtual clocks advance on each read: one microsecond.
pub const VIRTUAL_STEP: u64 = 1_000;

/// The clocks a guest sees.
pub enum Clock {
    /// The host's clocks; `monotonic` counts from `start`.
    Real { start: Instant },
    /// Nanoseconds elapsed on the virtual clocks.
    Virtual { elapsed: u64 },
}

impl Clock {
    pub fn real() -> Self {
        Clock::Real {
            start: Instant::now(),
        }
    }

    pub fn virtual_clock() -> Self {
        Clock::Virtual { elapsed: 0 }
    }

    /// Lets `nanos` pass: sleeps on real clocks, moves virtual ones on.
    pub fn wait(&mut self, nanos: u64) {
        match self {
            Clock::Real { .. } => std::thread::sleep(std::time::Duration::from_nanos(nanos)),
            Clock::Virtual { elapsed } => *elapsed = elapsed.saturating_add(nanos),
        }
    }
}

/// Resolution reported where the host cannot say: one microsecond.
const FALLBACK_RESOLUTION: u64 = 1_000;

fn nanos(duration: std::time::Duration) -> u64 {
    u64::try_from(duration.as_nanos()).unwrap_or(u64::MAX)
}

/// The current value of clock `id`, in nanoseconds.
pub fn now(host: &Host, id: u32) -> Result<u64, Errno> {
    let start = match host.clock {
        Clock::Real { start } => start,
        Clock::Virtual { elapsed } => {
            return match id {
                REALTIME => Ok(VIRTUAL_EPOCH.saturating_add(elapsed)),
                MONOTONIC | PROCESS_CPUTIME | THREAD_CPUTIME => Ok(elapsed),
                _ => Err(Errno::Inval),
            };
        }
    };
    match id {
        REALTIME => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(nanos)
            .map_err(|_| Errno::Overflow),
        MONOTONIC => Ok(nanos(start.elapsed())),
        PROCESS_CPUTIME | THREAD_CPUTIME => cputime::now(id),
        _ => Err(Errno::Inval),
    }
}

fn resolution(clock: &Clock, id: u32) -> Result<u64, Errno> {
    if let (Clock::Virtual { .. }, REALTIME..=THREAD_CPUTIME) = (clock, id) {
        return Ok(VIRTUAL_STEP);
    }
    match id {
        REALTIME | MONOTONIC | PROCESS_CPUTIME | THREAD_CPUTIME => {
            cputime::resolution(id).or(Ok(FALLBACK_RESOLUTION))
        }
        _ => Err(Errno::Inval),
    }
}

pub fn clock_res_get(mut caller: Caller<'_, Host>, id: u32, out: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "clock_res_get",
        |_| format!("id={id}, out={out:#x}"),
        |mem, host| mem.write_u64(out, resolution(&host.clock, id)?),
    )
}

pub fn clock_time_get(
    mut caller: Caller<'_, Host>,
    id: u32,
    precision: u64,
    out: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "clock_time_get",
        |_| format!("id={id}, precision={precision}, out={out:#x}"),
        |mem, host| {
            mem.check(out, 8)?;
            let time = now(host, id)?;
            if let Clock::Virtual { elapsed } = &mut host.clock {
                *elapsed = elapsed.saturating_add(VIRTUAL_STEP);
            }
            mem.write_u64(out, time)
        },
    )
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
        let host = Host::new(Vec::new(), Vec::new(), &[]).unwrap();
        let wall = now(&host, REALTIME).unwrap();
        assert!(wall > 1_600_000_000 * 1_000_000_000);
        let a = now(&host, MONOTONIC).unwrap();
        let b = now(&host, MONOTONIC).unwrap();
        assert!(b >= a);
        assert_eq!(now(&host, 4), Err(Errno::Inval));
        assert_eq!(resolution(&host.clock, 4), Err(Errno::Inval));
        assert!(resolution(&host.clock, MONOTONIC).unwrap() > 0);
    }

    #[test]
    fn virtual_clocks() {
        let mut host = Host::new(Vec::new(), Vec::new(), &[]).unwrap();
        host.set_deterministic(0);
        assert_eq!(now(&host, REALTIME), Ok(VIRTUAL_EPOCH));
        assert_eq!(now(&host, MONOTONIC), Ok(0));
        host.clock.wait(5);
        assert_eq!(now(&host, MONOTONIC), Ok(5));
        assert_eq!(resolution(&host.clock, THREAD_CPUTIME), Ok(VIRTUAL_STEP));
        assert_eq!(now(&host, 9), Err(Errno::Inval));
    }

    #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
    #[test]
    fn cpu_time_grows_with_work() {
        let host = Host::new(Vec::new(), Vec::new(), &[]).unwrap();
        let before = now(&host, PROCESS_CPUTIME).unwrap();
        let mut x = 0u64;
        for i in 0..5_000_000u64 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
        }
        assert!(now(&host, PROCESS_CPUTIME).unwrap() > before);
        assert!(now(&host, THREAD_CPUTIME).is_ok());
    }
}
