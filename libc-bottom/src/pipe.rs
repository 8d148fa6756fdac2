//! In-process pipes for `pipe` and `pipe2` (`<unistd.h>`): a byte queue
//! shared by a read end and a write end, both libc descriptors of
//! [`crate::fdtable`].
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/pipe.html>
//!
//! A wasm32-wasip1 program has one thread, so nobody else can fill or drain
//! a pipe while the program waits on it. Deviations that follow from that:
//! - reading an empty pipe whose write end is still open could never be
//!   satisfied, so it fails with EAGAIN at once instead of hanging, whether
//!   or not `O_NONBLOCK` is set; with no write end open it reads 0 (end of
//!   file), as POSIX says;
//! - writing never blocks: the buffer grows up to [`CAPACITY`], then a write
//!   takes what fits, or fails with EAGAIN when nothing does; writes of up to
//!   `PIPE_BUF` bytes stay all-or-nothing;
//! - writing with no read end open fails with EPIPE (there is no `SIGPIPE`).
//!
//! Everything here is pure, host-tested logic; the descriptor calls that
//! reach it are routed by [`crate::fdtable`].

use alloc::collections::VecDeque;
use alloc::rc::Rc;
use core::cell::RefCell;

use crate::errno::Errno;
use crate::sys;

/// The most bytes a pipe holds: a program that writes a few MiB and then
/// reads them back works.
pub const CAPACITY: usize = 4 << 20;

/// Writes of up to this many bytes are atomic (`PIPE_BUF` of `<limits.h>`).
pub const PIPE_BUF: usize = 4096;

/// The shared state of one pipe.
pub struct Pipe {
    buf: VecDeque<u8>,
    /// Open descriptions of the read end and of the write end.
    readers: usize,
    writers: usize,
    /// A serial number, reported as `st_ino`.
    ino: u64,
}

/// Which end of a pipe a description is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Read,
    Write,
}

/// One end of a pipe. Dropping it closes that end: the other end then sees
/// end of file (for readers) or EPIPE (for writers).
pub struct PipeEnd {
    pipe: Rc<RefCell<Pipe>>,
    end: End,
}

/// What the descriptor calls do with a pipe end. The descriptor table holds
/// ends as `Box<dyn PipeOps>`, made only by `pipe`: the calls reach these
/// methods through that vtable, so a program that never makes a pipe links
/// none of the pipe code (nor the allocator it grows its buffer with).
pub trait PipeOps {
    fn end(&self) -> End;
    fn ino(&self) -> u64;
    fn available(&self) -> usize;
    fn read(&self, bufs: &mut [&mut [u8]]) -> Result<usize, Errno>;
    fn write(&self, bufs: &[&[u8]]) -> Result<usize, Errno>;
    fn revents(&self, events: i16) -> i16;
}

impl PipeOps for PipeEnd {
    fn end(&self) -> End {
        PipeEnd::end(self)
    }
    fn ino(&self) -> u64 {
        PipeEnd::ino(self)
    }
    fn available(&self) -> usize {
        PipeEnd::available(self)
    }
    fn read(&self, bufs: &mut [&mut [u8]]) -> Result<usize, Errno> {
        PipeEnd::read(self, bufs)
    }
    fn write(&self, bufs: &[&[u8]]) -> Result<usize, Errno> {
        PipeEnd::write(self, bufs)
    }
    fn revents(&self, events: i16) -> i16 {
        PipeEnd::revents(self, events)
    }
}

/// A new pipe: its read end and its write end. `ino` tells it apart in
/// `fstat`.
pub fn new(ino: u64) -> (PipeEnd, PipeEnd) {
    let pipe = Rc::new(RefCell::new(Pipe {
        buf: VecDeque::new(),
        readers: 1,
        writers: 1,
        ino,
    }));
    let read = PipeEnd {
        pipe: pipe.clone(),
        end: End::Read,
    };
    (
        read,
        PipeEnd {
            pipe,
            end: End::Write,
        },
    )
}

impl Drop for PipeEnd {
    fn drop(&mut self) {
        let mut p = self.pipe.borrow_mut();
        match self.end {
            End::Read => p.readers -= 1,
            End::Write => p.writers -= 1,
        }
        // Nobody can read what is left once the last reader is gone.
        if p.readers == 0 {
            p.buf = VecDeque::new();
        }
    }
}

impl PipeEnd {
    pub fn end(&self) -> End {
        self.end
    }

    pub fn ino(&self) -> u64 {
        self.pipe.borrow().ino
    }

    /// Bytes waiting to be read (`FIONREAD`).
    pub fn available(&self) -> usize {
        self.pipe.borrow().buf.len()
    }

    /// Read into the buffers in turn; 0 at end of file. EBADF on the write
    /// end, EAGAIN on an empty pipe that still has a writer.
    pub fn read(&self, bufs: &mut [&mut [u8]]) -> Result<usize, Errno> {
        if self.end != End::Read {
            return Err(Errno::BADF);
        }
        let mut p = self.pipe.borrow_mut();
        let want: usize = bufs.iter().map(|b| b.len()).sum();
        if want == 0 {
            return Ok(0);
        }
        if p.buf.is_empty() {
            return if p.writers == 0 {
                Ok(0)
            } else {
                Err(Errno::AGAIN)
            };
        }
        let mut got = 0;
        for b in bufs.iter_mut() {
            let n = b.len().min(p.buf.len());
            for (dst, src) in b.iter_mut().zip(p.buf.drain(..n)) {
                *dst = src;
            }
            got += n;
            if p.buf.is_empty() {
                break;
            }
        }
        Ok(got)
    }

    /// Write the buffers in turn; how many bytes were taken. EBADF on the
    /// read end, EPIPE with no reader, EAGAIN when the pipe is full.
    pub fn write(&self, bufs: &[&[u8]]) -> Result<usize, Errno> {
        if self.end != End::Write {
            return Err(Errno::BADF);
        }
        let mut p = self.pipe.borrow_mut();
        if p.readers == 0 {
            return Err(Errno::PIPE);
        }
        let want: usize = bufs.iter().map(|b| b.len()).sum();
        if want == 0 {
            return Ok(0);
        }
        let room = CAPACITY - p.buf.len();
        if room == 0 || (want <= PIPE_BUF && want > room) {
            return Err(Errno::AGAIN);
        }
        let mut left = room.min(want);
        let mut put = 0;
        for b in bufs {
            let n = b.len().min(left);
            p.buf
                .try_reserve(n)
                .map_err(|_| if put == 0 { Errno::AGAIN } else { Errno::NOMEM })?;
            p.buf.extend(&b[..n]);
            put += n;
            left -= n;
            if left == 0 {
                break;
            }
        }
        Ok(put)
    }

    /// The `poll` events of this end, among those in `events`: input (or
    /// end of file, with `POLLHUP`) on the read end; output while a reader
    /// and room exist on the write end, `POLLERR` once no reader is left.
    pub fn revents(&self, events: i16) -> i16 {
        let p = self.pipe.borrow();
        let (input, output) = (sys::POLLRDNORM as i16, sys::POLLWRNORM as i16);
        match self.end {
            End::Read => {
                let mut r = 0;
                if events & input != 0 && (!p.buf.is_empty() || p.writers == 0) {
                    r |= input;
                }
                if p.writers == 0 {
                    r |= sys::POLLHUP as i16;
                }
                r
            }
            End::Write => {
                if p.readers == 0 {
                    sys::POLLERR as i16
                } else if events & output != 0 && p.buf.len() < CAPACITY {
                    output
                } else {
                    0
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn read(end: &PipeEnd, n: usize) -> Result<alloc::vec::Vec<u8>, Errno> {
        let mut buf = vec![0; n];
        let got = end.read(&mut [&mut buf[..]])?;
        buf.truncate(got);
        Ok(buf)
    }

    #[test]
    fn what_one_end_writes_the_other_reads() {
        let (r, w) = new(1);
        assert_eq!(w.write(&[b"hello, ", b"pipe"]), Ok(11));
        assert_eq!(r.available(), 11);
        assert_eq!(read(&r, 5).as_deref(), Ok(&b"hello"[..]));
        let (mut a, mut b) = ([0u8; 3], [0u8; 10]);
        assert_eq!(r.read(&mut [&mut a, &mut b]), Ok(6));
        assert_eq!((&a, &b[..3]), (b", p", &b"ipe"[..]));
        assert_eq!(read(&r, 1), Err(Errno::AGAIN));
        assert_eq!(read(&w, 1), Err(Errno::BADF));
        assert_eq!(r.write(&[b"x"]), Err(Errno::BADF));
    }

    #[test]
    fn closing_an_end_gives_eof_or_epipe() {
        let (r, w) = new(1);
        assert_eq!(w.write(&[b"ab"]), Ok(2));
        drop(w);
        assert_eq!(read(&r, 10).as_deref(), Ok(&b"ab"[..]));
        assert_eq!(read(&r, 10).as_deref(), Ok(&b""[..]));
        let in_hup = (sys::POLLIN | sys::POLLHUP) as i16;
        assert_eq!(r.revents(sys::POLLIN as i16), in_hup);
        let (r, w) = new(2);
        drop(r);
        assert_eq!(w.write(&[b"x"]), Err(Errno::PIPE));
        assert_eq!(w.revents(sys::POLLOUT as i16), sys::POLLERR as i16);
    }

    #[test]
    fn a_full_pipe_takes_what_fits_then_nothing() {
        let (r, w) = new(1);
        let big = vec![7u8; CAPACITY - 10];
        assert_eq!(w.write(&[&big]), Ok(CAPACITY - 10));
        assert_eq!(
            w.write(&[&[1u8; 20]]),
            Err(Errno::AGAIN),
            "small writes are atomic"
        );
        assert_eq!(w.write(&[&[1u8; PIPE_BUF + 1]]), Ok(10));
        assert_eq!(w.write(&[b"x"]), Err(Errno::AGAIN));
        assert_eq!(w.revents(sys::POLLOUT as i16), 0);
        assert_eq!(read(&r, CAPACITY).map(|v| v.len()), Ok(CAPACITY));
        assert_eq!(w.revents(sys::POLLOUT as i16), sys::POLLOUT as i16);
        assert_eq!(r.revents(sys::POLLIN as i16), 0);
    }
}
