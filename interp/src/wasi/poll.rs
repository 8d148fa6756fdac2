//! `poll_oneoff`: waiting on clocks.
//!
//! On virtual clocks (`--deterministic`) the wait returns at once and moves
//! the clocks on by the time waited.
//!
//! Clock subscriptions (`realtime` or `monotonic`, relative or `abstime`)
//! sleep the host thread until the earliest deadline, then report every clock
//! that has expired by then. Descriptor subscriptions are answered at once and
//! never wait: stdin for reading and stdout/stderr for writing report ready
//! (with `nbytes` 0, so a later read may still block); any other descriptor
//! reports `badf` in its event. If any event is ready without waiting, the
//! call returns just those.

use wasmi::{Caller, Error};

use super::clock::{self, MONOTONIC, REALTIME};
use super::fd_table::Kind;
use super::memory::GuestMemory;
use super::{with_memory, Errno, Host};

/// `eventtype` values.
const EVENTTYPE_CLOCK: u8 = 0;
const EVENTTYPE_FD_READ: u8 = 1;
const EVENTTYPE_FD_WRITE: u8 = 2;

/// `subclockflags`: the timeout is an absolute time of the clock.
const SUBSCRIPTION_CLOCK_ABSTIME: u16 = 1;

const SUBSCRIPTION_SIZE: u32 = 48;
const EVENT_SIZE: u32 = 32;

/// One finished subscription, as written back to the guest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Event {
    userdata: u64,
    error: u16,
    kind: u8,
}

impl Event {
    fn ready(userdata: u64, kind: u8) -> Self {
        Event {
            userdata,
            error: 0,
            kind,
        }
    }

    fn failed(userdata: u64, kind: u8, errno: Errno) -> Self {
        Event {
            userdata,
            error: errno as u16,
            kind,
        }
    }

    fn encode(&self) -> [u8; EVENT_SIZE as usize] {
        let mut record = [0u8; EVENT_SIZE as usize];
        record[0..8].copy_from_slice(&self.userdata.to_le_bytes());
        record[8..10].copy_from_slice(&self.error.to_le_bytes());
        record[10] = self.kind;
        // fd_readwrite.nbytes and .flags (offsets 16 and 24) stay 0.
        record
    }
}

/// A clock subscription still waiting: its userdata and time left.
struct Timer {
    userdata: u64,
    remaining: u64,
}

/// Time left until a clock subscription's deadline, in nanoseconds.
fn remaining(host: &Host, id: u32, timeout: u64, flags: u16) -> Result<u64, Errno> {
    if id != REALTIME && id != MONOTONIC {
        return Err(Errno::Inval);
    }
    if flags & SUBSCRIPTION_CLOCK_ABSTIME == 0 {
        return Ok(timeout);
    }
    Ok(timeout.saturating_sub(clock::now(host, id)?))
}

/// Whether `fd` can be waited on for `kind` (read or write) on this host.
/// Files are always ready; stdio in its own direction; directories never.
fn fd_ready(host: &Host, fd: u32, kind: u8) -> Result<(), Errno> {
    match (&host.fds.get(fd)?.kind, kind) {
        (Kind::Stdin, EVENTTYPE_FD_READ) => Ok(()),
        (Kind::Stdout | Kind::Stderr, EVENTTYPE_FD_WRITE) => Ok(()),
        (Kind::File(_), _) => Ok(()),
        _ => Err(Errno::Badf),
    }
}

/// Reads the `count` subscriptions at `subs` and returns the events to
/// report, sleeping first if only timers are pending.
fn poll(
    mem: &GuestMemory<'_>,
    host: &mut Host,
    subs: u32,
    count: u32,
) -> Result<Vec<Event>, Errno> {
    mem.check(
        subs,
        count.checked_mul(SUBSCRIPTION_SIZE).ok_or(Errno::Fault)?,
    )?;
    let mut ready = Vec::new();
    let mut timers = Vec::new();
    for index in 0..count {
        let at = subs + index * SUBSCRIPTION_SIZE;
        let userdata = mem.read_u64(at)?;
        let kind = mem.read_u8(at + 8)?;
        match kind {
            EVENTTYPE_CLOCK => {
                let id = mem.read_u32(at + 16)?;
                let timeout = mem.read_u64(at + 24)?;
                let flags = mem.read_u16(at + 40)?;
                match remaining(host, id, timeout, flags) {
                    Ok(remaining) => timers.push(Timer {
                        userdata,
                        remaining,
                    }),
                    Err(errno) => ready.push(Event::failed(userdata, kind, errno)),
                }
            }
            EVENTTYPE_FD_READ | EVENTTYPE_FD_WRITE => {
                let fd = mem.read_u32(at + 16)?;
                ready.push(match fd_ready(host, fd, kind) {
                    Ok(()) => Event::ready(userdata, kind),
                    Err(errno) => Event::failed(userdata, kind, errno),
                });
            }
            _ => return Err(Errno::Inval),
        }
    }
    if !ready.is_empty() {
        return Ok(ready);
    }
    let Some(first) = timers.iter().map(|timer| timer.remaining).min() else {
        return Ok(ready);
    };
    host.clock.wait(first);
    Ok(timers
        .iter()
        .filter(|timer| timer.remaining <= first)
        .map(|timer| Event::ready(timer.userdata, EVENTTYPE_CLOCK))
        .collect())
}

pub fn poll_oneoff(
    mut caller: Caller<'_, Host>,
    subs: u32,
    events: u32,
    count: u32,
    nevents: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "poll_oneoff",
        |_| format!("in={subs:#x}, out={events:#x}, nsubscriptions={count}, nevents={nevents:#x}"),
        |mem, host| {
            if count == 0 {
                return Err(Errno::Inval);
            }
            let events_size = count.checked_mul(EVENT_SIZE).ok_or(Errno::Fault)?;
            mem.check(events, events_size)?;
            mem.check(nevents, 4)?;
            let happened = poll(mem, host, subs, count)?;
            for (index, event) in (0u32..).zip(&happened) {
                mem.write(events + index * EVENT_SIZE, &event.encode())?;
            }
            // At most `count` events, which fits a u32.
            mem.write_u32(nevents, happened.len() as u32)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock_sub(mem: &mut GuestMemory<'_>, at: u32, userdata: u64, timeout: u64) {
        mem.write_u64(at, userdata).unwrap();
        mem.write(at + 8, &[EVENTTYPE_CLOCK]).unwrap();
        mem.write_u32(at + 16, MONOTONIC).unwrap();
        mem.write_u64(at + 24, timeout).unwrap();
    }

    #[test]
    fn earliest_timer_fires() {
        let mut host = Host::new(Vec::new(), Vec::new(), &[]).unwrap();
        let mut bytes = [0u8; 96];
        let mut mem = GuestMemory::new(&mut bytes);
        clock_sub(&mut mem, 0, 7, 50_000_000);
        clock_sub(&mut mem, 48, 8, 1_000_000);
        let start = std::time::Instant::now();
        let events = poll(&mem, &mut host, 0, 2).unwrap();
        assert_eq!(events, [Event::ready(8, EVENTTYPE_CLOCK)]);
        assert!(start.elapsed() >= std::time::Duration::from_millis(1));
        assert!(start.elapsed() < std::time::Duration::from_millis(50));
    }

    #[test]
    fn fd_subscriptions_do_not_wait() {
        let mut host = Host::new(Vec::new(), Vec::new(), &[]).unwrap();
        let mut bytes = [0u8; 144];
        let mut mem = GuestMemory::new(&mut bytes);
        clock_sub(&mut mem, 0, 1, 10_000_000_000);
        mem.write_u64(48, 2).unwrap();
        mem.write(56, &[EVENTTYPE_FD_WRITE]).unwrap();
        mem.write_u32(64, 1).unwrap();
        mem.write_u64(96, 3).unwrap();
        mem.write(104, &[EVENTTYPE_FD_READ]).unwrap();
        mem.write_u32(112, 9).unwrap();
        let events = poll(&mem, &mut host, 0, 3).unwrap();
        assert_eq!(
            events,
            [
                Event::ready(2, EVENTTYPE_FD_WRITE),
                Event::failed(3, EVENTTYPE_FD_READ, Errno::Badf)
            ]
        );
    }

    #[test]
    fn bad_tag_and_clock() {
        let mut host = Host::new(Vec::new(), Vec::new(), &[]).unwrap();
        let mut bytes = [0u8; 48];
        let mut mem = GuestMemory::new(&mut bytes);
        clock_sub(&mut mem, 0, 1, 0);
        mem.write_u32(16, 2).unwrap();
        let events = poll(&mem, &mut host, 0, 1).unwrap();
        assert_eq!(events, [Event::failed(1, EVENTTYPE_CLOCK, Errno::Inval)]);
        mem.write(8, &[9]).unwrap();
        assert_eq!(poll(&mem, &mut host, 0, 1), Err(Errno::Inval));
    }
}
