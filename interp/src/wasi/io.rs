//! Byte I/O on descriptors: `fd_read`, `fd_write`, `fd_pread`,
//! `fd_pwrite`, `fd_seek` and `fd_tell`.
//!
//! Stdio is not seekable (`spipe`); byte I/O on a directory is `badf`; a
//! descriptor of the right kind without the right is `notcapable`. A file
//! with the `append` flag has each write go to its end.

use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;

use wasmi::{Caller, Error};

use super::fd_table::{Descriptor, Kind};
use super::flags::{self, right};
use super::memory::{GuestMemory, Iovec};
use super::{with_memory, Errno, Host};

/// Sum of the iovec lengths, which must fit the `size` written back.
fn total_len(iovs: &[Iovec]) -> Result<u32, Errno> {
    iovs.iter()
        .try_fold(0u32, |sum, iov| sum.checked_add(iov.len))
        .ok_or(Errno::Inval)
}

/// Checks every buffer of `iovs` before any of them is used.
fn check_iovecs(mem: &GuestMemory<'_>, iovs: &[Iovec]) -> Result<(), Errno> {
    total_len(iovs)?;
    iovs.iter().try_for_each(|iov| mem.check(iov.buf, iov.len))
}

/// Writes the iovec buffers to `out` in order, as `writev` does.
fn write_iovecs(mem: &GuestMemory<'_>, iovs: &[Iovec], out: &mut dyn Write) -> Result<u32, Errno> {
    check_iovecs(mem, iovs)?;
    let total = total_len(iovs)?;
    for iov in iovs {
        out.write_all(mem.slice(iov.buf, iov.len)?)?;
    }
    out.flush()?;
    Ok(total)
}

/// Reads into the iovec buffers in order, as `readv` does: stops at the first
/// short read, and reports an error only if nothing was read.
fn read_iovecs(
    mem: &mut GuestMemory<'_>,
    iovs: &[Iovec],
    input: &mut dyn Read,
) -> Result<u32, Errno> {
    check_iovecs(mem, iovs)?;
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

/// A file offset from the guest's `filesize`, which must fit an `off_t`.
pub fn offset(value: u64) -> Result<u64, Errno> {
    i64::try_from(value)
        .map(|_| value)
        .map_err(|_| Errno::Inval)
}

/// The open file behind `entry`: `spipe` for stdio, `badf` for a directory.
pub fn file_of(entry: &Descriptor) -> Result<&std::fs::File, Errno> {
    match &entry.kind {
        Kind::File(file) => Ok(file),
        Kind::Stdin | Kind::Stdout | Kind::Stderr => Err(Errno::Spipe),
        Kind::Dir(_) => Err(Errno::Badf),
    }
}

pub fn fd_write(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    nwritten: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_write",
        |_| format!("fd={fd}, iovs={iovs:#x}, iovs_len={iovs_len}, nwritten={nwritten:#x}"),
        |mem, host| {
            if matches!(host.fds.get(fd)?.kind, Kind::Stdin | Kind::Dir(_)) {
                return Err(Errno::Badf);
            }
            let entry = host.fds.get_with(fd, right::FD_WRITE)?;
            mem.check(nwritten, 4)?;
            let iovs = mem.iovecs(iovs, iovs_len)?;
            let written = match &entry.kind {
                Kind::Stdout => write_iovecs(mem, &iovs, &mut std::io::stdout().lock())?,
                Kind::Stderr => write_iovecs(mem, &iovs, &mut std::io::stderr().lock())?,
                Kind::File(file) => {
                    let mut file: &std::fs::File = file;
                    check_iovecs(mem, &iovs)?;
                    if entry.flags & flags::FDFLAGS_APPEND != 0 {
                        file.seek(SeekFrom::End(0))?;
                    }
                    write_iovecs(mem, &iovs, &mut file)?
                }
                Kind::Stdin | Kind::Dir(_) => return Err(Errno::Badf),
            };
            mem.write_u32(nwritten, written)
        },
    )
}

pub fn fd_read(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    nread: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_read",
        |_| format!("fd={fd}, iovs={iovs:#x}, iovs_len={iovs_len}, nread={nread:#x}"),
        |mem, host| {
            if matches!(
                host.fds.get(fd)?.kind,
                Kind::Stdout | Kind::Stderr | Kind::Dir(_)
            ) {
                return Err(Errno::Badf);
            }
            let entry = host.fds.get_with(fd, right::FD_READ)?;
            mem.check(nread, 4)?;
            let iovs = mem.iovecs(iovs, iovs_len)?;
            let read = match &entry.kind {
                Kind::Stdin => read_iovecs(mem, &iovs, &mut std::io::stdin().lock())?,
                Kind::File(file) => {
                    let mut file: &std::fs::File = file;
                    read_iovecs(mem, &iovs, &mut file)?
                }
                Kind::Stdout | Kind::Stderr | Kind::Dir(_) => return Err(Errno::Badf),
            };
            mem.write_u32(nread, read)
        },
    )
}

/// `pread`: fills the buffers in order from `at` without moving the offset.
fn pread_iovecs(
    mem: &mut GuestMemory<'_>,
    iovs: &[Iovec],
    file: &std::fs::File,
    mut at: u64,
) -> Result<u32, Errno> {
    check_iovecs(mem, iovs)?;
    let mut total = 0u32;
    for iov in iovs {
        let buf = mem.slice_mut(iov.buf, iov.len)?;
        let count = match file.read_at(buf, at) {
            Ok(count) => count,
            Err(_) if total > 0 => return Ok(total),
            Err(e) => return Err(e.into()),
        };
        total += count as u32;
        at = at.saturating_add(count as u64);
        if count < buf.len() {
            break;
        }
    }
    Ok(total)
}

pub fn fd_pread(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    at: u64,
    nread: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_pread",
        |_| format!("fd={fd}, iovs={iovs:#x}, iovs_len={iovs_len}, offset={at}, nread={nread:#x}"),
        |mem, host| {
            file_of(host.fds.get(fd)?)?;
            let file = file_of(host.fds.get_with(fd, right::FD_READ | right::FD_SEEK)?)?;
            mem.check(nread, 4)?;
            let iovs = mem.iovecs(iovs, iovs_len)?;
            let read = pread_iovecs(mem, &iovs, file, offset(at)?)?;
            mem.write_u32(nread, read)
        },
    )
}

pub fn fd_pwrite(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    at: u64,
    nwritten: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_pwrite",
        |_| {
            format!(
                "fd={fd}, iovs={iovs:#x}, iovs_len={iovs_len}, offset={at}, nwritten={nwritten:#x}"
            )
        },
        |mem, host| {
            file_of(host.fds.get(fd)?)?;
            let file = file_of(host.fds.get_with(fd, right::FD_WRITE | right::FD_SEEK)?)?;
            mem.check(nwritten, 4)?;
            let iovs = mem.iovecs(iovs, iovs_len)?;
            check_iovecs(mem, &iovs)?;
            let mut at = offset(at)?;
            for iov in &iovs {
                file.write_all_at(mem.slice(iov.buf, iov.len)?, at)?;
                at = at.saturating_add(u64::from(iov.len));
            }
            mem.write_u32(nwritten, total_len(&iovs)?)
        },
    )
}

pub fn fd_seek(
    mut caller: Caller<'_, Host>,
    fd: u32,
    delta: i64,
    whence: u32,
    newoffset: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_seek",
        |_| {
            format!(
                "fd={fd}, offset={delta}, whence={}, newoffset={newoffset:#x}",
                flags::whence_name(whence)
            )
        },
        |mem, host| {
            let entry = host.fds.get(fd)?;
            let target = match u8::try_from(whence) {
                Ok(flags::WHENCE_SET) => {
                    SeekFrom::Start(u64::try_from(delta).map_err(|_| Errno::Inval)?)
                }
                Ok(flags::WHENCE_CUR) => SeekFrom::Current(delta),
                Ok(flags::WHENCE_END) => SeekFrom::End(delta),
                _ => return Err(Errno::Inval),
            };
            mem.check(newoffset, 8)?;
            file_of(entry)?;
            // Asking where the offset is needs only `fd_tell`.
            let needed = if target == SeekFrom::Current(0) {
                right::FD_TELL
            } else {
                right::FD_SEEK
            };
            let entry = host.fds.get_with(fd, needed)?;
            let mut file = file_of(entry)?;
            let position = file.seek(target)?;
            mem.write_u64(newoffset, position)
        },
    )
}

pub fn fd_tell(mut caller: Caller<'_, Host>, fd: u32, out: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_tell",
        |_| format!("fd={fd}, offset={out:#x}"),
        |mem, host| {
            mem.check(out, 8)?;
            file_of(host.fds.get(fd)?)?;
            let mut file = file_of(host.fds.get_with(fd, right::FD_TELL)?)?;
            let position = file.stream_position()?;
            mem.write_u64(out, position)
        },
    )
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
    fn offsets_must_fit_off_t() {
        assert_eq!(offset(5), Ok(5));
        assert_eq!(offset(u64::MAX), Err(Errno::Inval));
    }
}
