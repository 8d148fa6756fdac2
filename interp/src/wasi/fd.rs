//! `fd_*` calls on the descriptors this host has: stdio and preopened
//! directories.
//!
//! Deviations, until the full host opens files:
//! - Stdio is not seekable (`spipe`); directories report `badf` for I/O.
//! - `fd_fdstat_get` on stdio reports `character_device` when the host
//!   descriptor is a terminal and `unknown` otherwise (pipes, files), as
//!   wasmtime does; flags are always 0, and the rights are just `fd_read`
//!   (stdin) or `fd_write` (stdout, stderr), again as wasmtime reports.
//! - `fd_fdstat_set_flags` accepts and ignores any valid flags on stdio.
//! - `fd_prestat_dir_name` with a buffer shorter than the name fails with
//!   `nametoolong` and writes nothing; the name is not NUL-terminated.

use std::io::{IsTerminal, Read, Write};

use wasmi::{Caller, Error};

use super::fd_table::Entry;
use super::memory::{GuestMemory, Iovec};
use super::{with_memory, Errno, Host};

/// `filetype` values.
const FILETYPE_UNKNOWN: u8 = 0;
const FILETYPE_CHARACTER_DEVICE: u8 = 2;
const FILETYPE_DIRECTORY: u8 = 3;

/// `rights` bits.
const RIGHT_FD_READ: u64 = 1 << 1;
const RIGHT_FD_SEEK: u64 = 1 << 2;
const RIGHT_FD_TELL: u64 = 1 << 5;
const RIGHT_FD_WRITE: u64 = 1 << 6;
/// Every bit preview 1 defines (`fd_datasync` = 0 to `sock_accept` = 29):
/// what a directory passes on to what is opened under it.
const RIGHTS_ALL: u64 = (1 << 30) - 1;
/// The rights of a directory itself: all but byte I/O and seeking.
const RIGHTS_DIRECTORY: u64 =
    RIGHTS_ALL & !(RIGHT_FD_READ | RIGHT_FD_WRITE | RIGHT_FD_SEEK | RIGHT_FD_TELL);

/// All `fdflags` bits: append, dsync, nonblock, rsync, sync.
const FDFLAGS_ALL: u32 = 0x1f;

/// `whence` values.
const WHENCE_END: u8 = 2;

/// `preopentype` of a directory.
const PREOPENTYPE_DIR: u8 = 0;

/// Size of the `fdstat` record.
const FDSTAT_SIZE: u32 = 24;
/// Size of the `prestat` record.
const PRESTAT_SIZE: u32 = 8;

/// Sum of the iovec lengths, which must fit the `size` written back.
fn total_len(iovs: &[Iovec]) -> Result<u32, Errno> {
    iovs.iter()
        .try_fold(0u32, |sum, iov| sum.checked_add(iov.len))
        .ok_or(Errno::Inval)
}

/// Writes the iovec buffers to `out` in order, as `writev` does.
fn write_iovecs(mem: &GuestMemory<'_>, iovs: &[Iovec], out: &mut dyn Write) -> Result<u32, Errno> {
    let total = total_len(iovs)?;
    for iov in iovs {
        mem.check(iov.buf, iov.len)?;
    }
    for iov in iovs {
        out.write_all(mem.slice(iov.buf, iov.len)?)?;
    }
    out.flush()?;
    Ok(total)
}

pub fn fd_write(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    nwritten: u32,
) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        let entry = host.fds.get(fd)?;
        mem.check(nwritten, 4)?;
        let iovs = mem.iovecs(iovs, iovs_len)?;
        let written = match entry {
            Entry::Stdout => write_iovecs(mem, &iovs, &mut std::io::stdout().lock())?,
            Entry::Stderr => write_iovecs(mem, &iovs, &mut std::io::stderr().lock())?,
            Entry::Stdin | Entry::Dir(_) => return Err(Errno::Badf),
        };
        mem.write_u32(nwritten, written)
    })
}

/// Reads into the iovec buffers in order, as `readv` does: stops at the first
/// short read, and reports an error only if nothing was read.
fn read_iovecs(
    mem: &mut GuestMemory<'_>,
    iovs: &[Iovec],
    input: &mut dyn Read,
) -> Result<u32, Errno> {
    total_len(iovs)?;
    for iov in iovs {
        mem.check(iov.buf, iov.len)?;
    }
    let mut total = 0u32;
    for iov in iovs {
        let buf = mem.slice_mut(iov.buf, iov.len)?;
        let count = loop {
            match input.read(buf) {
                Ok(count) => break count,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) if total > 0 => return Ok(total),
                Err(e) => return Err(e.into()),
            }
        };
        // `count` is at most `iov.len`, and the lengths sum to a `u32`.
        total += count as u32;
        if count < buf.len() {
            break;
        }
    }
    Ok(total)
}

pub fn fd_read(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    nread: u32,
) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        match host.fds.get(fd)? {
            Entry::Stdin => {}
            Entry::Stdout | Entry::Stderr | Entry::Dir(_) => return Err(Errno::Badf),
        }
        mem.check(nread, 4)?;
        let iovs = mem.iovecs(iovs, iovs_len)?;
        let read = read_iovecs(mem, &iovs, &mut std::io::stdin().lock())?;
        mem.write_u32(nread, read)
    })
}

pub fn fd_close(mut caller: Caller<'_, Host>, fd: u32) -> Result<i32, Error> {
    with_memory(&mut caller, |_, host| host.fds.close(fd))
}

pub fn fd_seek(
    mut caller: Caller<'_, Host>,
    fd: u32,
    _offset: i64,
    whence: u32,
    newoffset: u32,
) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        let entry = host.fds.get(fd)?;
        if whence > u32::from(WHENCE_END) {
            return Err(Errno::Inval);
        }
        mem.check(newoffset, 8)?;
        match entry {
            Entry::Stdin | Entry::Stdout | Entry::Stderr => Err(Errno::Spipe),
            Entry::Dir(_) => Err(Errno::Badf),
        }
    })
}

pub fn fd_tell(mut caller: Caller<'_, Host>, fd: u32, offset: u32) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        let entry = host.fds.get(fd)?;
        mem.check(offset, 8)?;
        match entry {
            Entry::Stdin | Entry::Stdout | Entry::Stderr => Err(Errno::Spipe),
            Entry::Dir(_) => Err(Errno::Badf),
        }
    })
}

/// The `filetype` of a stdio descriptor, from whether the host's is a terminal.
fn stdio_filetype(is_terminal: bool) -> u8 {
    if is_terminal {
        FILETYPE_CHARACTER_DEVICE
    } else {
        FILETYPE_UNKNOWN
    }
}

pub fn fd_fdstat_get(mut caller: Caller<'_, Host>, fd: u32, out: u32) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        let (filetype, base, inheriting) = match host.fds.get(fd)? {
            Entry::Stdin => {
                let filetype = stdio_filetype(std::io::stdin().is_terminal());
                (filetype, RIGHT_FD_READ, RIGHT_FD_READ)
            }
            Entry::Stdout => {
                let filetype = stdio_filetype(std::io::stdout().is_terminal());
                (filetype, RIGHT_FD_WRITE, RIGHT_FD_WRITE)
            }
            Entry::Stderr => {
                let filetype = stdio_filetype(std::io::stderr().is_terminal());
                (filetype, RIGHT_FD_WRITE, RIGHT_FD_WRITE)
            }
            Entry::Dir(_) => (FILETYPE_DIRECTORY, RIGHTS_DIRECTORY, RIGHTS_ALL),
        };
        let mut record = [0u8; FDSTAT_SIZE as usize];
        record[0] = filetype;
        // fs_flags (offset 2) stay 0.
        record[8..16].copy_from_slice(&u64::to_le_bytes(base));
        record[16..24].copy_from_slice(&u64::to_le_bytes(inheriting));
        mem.write(out, &record)
    })
}

pub fn fd_fdstat_set_flags(
    mut caller: Caller<'_, Host>,
    fd: u32,
    flags: u32,
) -> Result<i32, Error> {
    with_memory(&mut caller, |_, host| {
        let entry = host.fds.get(fd)?;
        if flags & !FDFLAGS_ALL != 0 {
            return Err(Errno::Inval);
        }
        match entry {
            Entry::Stdin | Entry::Stdout | Entry::Stderr => Ok(()),
            Entry::Dir(_) => Err(Errno::Notsup),
        }
    })
}

pub fn fd_prestat_get(mut caller: Caller<'_, Host>, fd: u32, out: u32) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        let Entry::Dir(preopen) = host.fds.get(fd)? else {
            return Err(Errno::Badf);
        };
        let name_len = u32::try_from(preopen.guest.len()).map_err(|_| Errno::Overflow)?;
        let mut record = [0u8; PRESTAT_SIZE as usize];
        record[0] = PREOPENTYPE_DIR;
        record[4..8].copy_from_slice(&name_len.to_le_bytes());
        mem.write(out, &record)
    })
}

pub fn fd_prestat_dir_name(
    mut caller: Caller<'_, Host>,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        let Entry::Dir(preopen) = host.fds.get(fd)? else {
            return Err(Errno::Badf);
        };
        let name = preopen.guest.as_bytes();
        if usize::try_from(path_len).is_ok_and(|len| len < name.len()) {
            return Err(Errno::Nametoolong);
        }
        mem.write(path, name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads at most `chunk` bytes per call, like a pipe.
    struct Trickle<'a> {
        data: &'a [u8],
        chunk: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let count = buf.len().min(self.chunk).min(self.data.len());
            buf[..count].copy_from_slice(&self.data[..count]);
            self.data = &self.data[count..];
            Ok(count)
        }
    }

    #[test]
    fn writev_order_and_total() {
        let mut bytes = *b"hello world.....";
        let mem = GuestMemory::new(&mut bytes);
        let iovs = [
            Iovec { buf: 6, len: 5 },
            Iovec { buf: 5, len: 1 },
            Iovec { buf: 0, len: 5 },
        ];
        let mut out = Vec::new();
        assert_eq!(write_iovecs(&mem, &iovs, &mut out), Ok(11));
        assert_eq!(out, b"world hello");
    }

    #[test]
    fn writev_checks_every_buffer_first() {
        let mut bytes = [b'x'; 16];
        let mem = GuestMemory::new(&mut bytes);
        let iovs = [Iovec { buf: 0, len: 4 }, Iovec { buf: 14, len: 4 }];
        let mut out = Vec::new();
        assert_eq!(write_iovecs(&mem, &iovs, &mut out), Err(Errno::Fault));
        assert!(out.is_empty());
        let huge = [
            Iovec {
                buf: 0,
                len: u32::MAX,
            },
            Iovec { buf: 0, len: 2 },
        ];
        assert_eq!(write_iovecs(&mem, &huge, &mut out), Err(Errno::Inval));
    }

    #[test]
    fn readv_stops_at_short_read() {
        let mut bytes = [0u8; 16];
        let mut mem = GuestMemory::new(&mut bytes);
        let iovs = [Iovec { buf: 0, len: 2 }, Iovec { buf: 8, len: 8 }];
        let mut input = Trickle {
            data: b"abcdef",
            chunk: 3,
        };
        assert_eq!(read_iovecs(&mut mem, &iovs, &mut input), Ok(5));
        assert_eq!(mem.slice(0, 2), Ok(&b"ab"[..]));
        assert_eq!(mem.slice(8, 3), Ok(&b"cde"[..]));
        assert_eq!(read_iovecs(&mut mem, &iovs, &mut input), Ok(1));
        assert_eq!(read_iovecs(&mut mem, &iovs, &mut input), Ok(0));
    }

    #[test]
    fn stdio_filetypes() {
        assert_eq!(stdio_filetype(true), FILETYPE_CHARACTER_DEVICE);
        assert_eq!(stdio_filetype(false), FILETYPE_UNKNOWN);
    }
}
