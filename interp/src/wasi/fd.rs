//! `fd_*` calls on open descriptors: byte I/O, seeking, flags and rights,
//! closing and renumbering, syncing, and the preopen queries.
//!
//! Deviations, as wasmtime has them:
//! - Stdio is not seekable (`spipe`); byte I/O on a directory is `badf`.
//! - Stdio reports `character_device` when the host descriptor is a terminal
//!   and `unknown` otherwise; its rights are just `fd_read` (stdin) or
//!   `fd_write` (stdout, stderr), and it accepts any valid flags.
//! - `fd_prestat_dir_name` with a buffer shorter than the name fails with
//!   `nametoolong` and writes nothing; the name is not NUL-terminated.
//!
//! Of the `fdflags`, `append` and `nonblock` can be set on a file (append
//! writes go to the end of the file; nonblock changes nothing for files);
//! the `sync` family is refused with `notsup`.

use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;

use wasmi::{Caller, Error};

use super::fd_table::{Descriptor, Kind};
use super::flags::{self, right};
use super::memory::{GuestMemory, Iovec};
use super::{with_memory, Errno, Host};

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
fn offset(value: u64) -> Result<u64, Errno> {
    i64::try_from(value)
        .map(|_| value)
        .map_err(|_| Errno::Inval)
}

/// The open file behind `entry`: `spipe` for stdio, `badf` for a directory.
fn file_of(entry: &Descriptor) -> Result<&std::fs::File, Errno> {
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

pub fn fd_close(mut caller: Caller<'_, Host>, fd: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_close",
        |_| format!("fd={fd}"),
        |_, host| host.fds.close(fd),
    )
}

pub fn fd_renumber(mut caller: Caller<'_, Host>, from: u32, to: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_renumber",
        |_| format!("fd={from}, to={to}"),
        |_, host| host.fds.renumber(from, to),
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

pub fn fd_fdstat_get(mut caller: Caller<'_, Host>, fd: u32, out: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_fdstat_get",
        |_| format!("fd={fd}, stat={out:#x}"),
        |mem, host| {
            let entry = host.fds.get(fd)?;
            let mut record = [0u8; FDSTAT_SIZE as usize];
            record[0] = entry.filetype;
            record[2..4].copy_from_slice(&entry.flags.to_le_bytes());
            record[8..16].copy_from_slice(&entry.base.to_le_bytes());
            record[16..24].copy_from_slice(&entry.inheriting.to_le_bytes());
            mem.write(out, &record)
        },
    )
}

pub fn fd_fdstat_set_flags(mut caller: Caller<'_, Host>, fd: u32, new: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_fdstat_set_flags",
        |_| format!("fd={fd}, flags={}", flags::fdflags_names(new)),
        |_, host| {
            let entry = host.fds.get_mut(fd)?;
            let new = u16::try_from(new).map_err(|_| Errno::Inval)?;
            if new & !flags::FDFLAGS_ALL != 0 {
                return Err(Errno::Inval);
            }
            match entry.kind {
                Kind::Stdin | Kind::Stdout | Kind::Stderr => return Ok(()),
                Kind::File(_) | Kind::Dir(_) => {}
            }
            if entry.base & right::FD_FDSTAT_SET_FLAGS == 0 {
                return Err(Errno::Notcapable);
            }
            let kept = flags::FDFLAGS_APPEND | flags::FDFLAGS_NONBLOCK;
            if new & !kept != 0 {
                return Err(Errno::Notsup);
            }
            if matches!(entry.kind, Kind::Dir(_)) && new & flags::FDFLAGS_APPEND != 0 {
                return Err(Errno::Isdir);
            }
            entry.flags = new;
            Ok(())
        },
    )
}

pub fn fd_fdstat_set_rights(
    mut caller: Caller<'_, Host>,
    fd: u32,
    base: u64,
    inheriting: u64,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_fdstat_set_rights",
        |_| {
            format!(
                "fd={fd}, fs_rights_base={}, fs_rights_inheriting={}",
                flags::rights_names(base),
                flags::rights_names(inheriting)
            )
        },
        |_, host| {
            let entry = host.fds.get_mut(fd)?;
            if base & !entry.base != 0 || inheriting & !entry.inheriting != 0 {
                return Err(Errno::Notcapable);
            }
            entry.base = base;
            entry.inheriting = inheriting;
            Ok(())
        },
    )
}

/// `fsync` or `fdatasync` of a file or directory.
fn sync(host: &Host, fd: u32, needed: u64, data_only: bool) -> Result<(), Errno> {
    if let Kind::Stdin | Kind::Stdout | Kind::Stderr = host.fds.get(fd)?.kind {
        return Err(Errno::Inval);
    }
    let entry = host.fds.get_with(fd, needed)?;
    let opened;
    let file = match &entry.kind {
        Kind::File(file) => file,
        Kind::Dir(dir) => {
            opened = dir.open(".")?.into_std();
            &opened
        }
        Kind::Stdin | Kind::Stdout | Kind::Stderr => return Err(Errno::Inval),
    };
    if data_only {
        file.sync_data()?;
    } else {
        file.sync_all()?;
    }
    Ok(())
}

pub fn fd_sync(mut caller: Caller<'_, Host>, fd: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_sync",
        |_| format!("fd={fd}"),
        |_, host| sync(host, fd, right::FD_SYNC, false),
    )
}

pub fn fd_datasync(mut caller: Caller<'_, Host>, fd: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_datasync",
        |_| format!("fd={fd}"),
        |_, host| sync(host, fd, right::FD_DATASYNC, true),
    )
}

pub fn fd_advise(
    mut caller: Caller<'_, Host>,
    fd: u32,
    at: u64,
    len: u64,
    advice: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_advise",
        |_| format!("fd={fd}, offset={at}, len={len}, advice={advice}"),
        |_, host| {
            let entry = host.fds.get_with(fd, right::FD_ADVISE)?;
            file_of(entry)?;
            if advice > u32::from(flags::ADVICE_MAX) {
                return Err(Errno::Inval);
            }
            offset(at)?;
            offset(len)?;
            Ok(())
        },
    )
}

pub fn fd_allocate(mut caller: Caller<'_, Host>, fd: u32, at: u64, len: u64) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_allocate",
        |_| format!("fd={fd}, offset={at}, len={len}"),
        |_, host| {
            let entry = host.fds.get_with(fd, right::FD_ALLOCATE)?;
            let file = file_of(entry)?;
            let end = offset(at)?.checked_add(offset(len)?).ok_or(Errno::Fbig)?;
            offset(end).map_err(|_| Errno::Fbig)?;
            if len == 0 {
                return Err(Errno::Inval);
            }
            if file.metadata()?.len() < end {
                file.set_len(end)?;
            }
            Ok(())
        },
    )
}

pub fn fd_prestat_get(mut caller: Caller<'_, Host>, fd: u32, out: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_prestat_get",
        |_| format!("fd={fd}, buf={out:#x}"),
        |mem, host| {
            let Some(name) = &host.fds.get(fd)?.preopen else {
                return Err(Errno::Badf);
            };
            let name_len = u32::try_from(name.len()).map_err(|_| Errno::Overflow)?;
            let mut record = [0u8; PRESTAT_SIZE as usize];
            record[0] = PREOPENTYPE_DIR;
            record[4..8].copy_from_slice(&name_len.to_le_bytes());
            mem.write(out, &record)
        },
    )
}

pub fn fd_prestat_dir_name(
    mut caller: Caller<'_, Host>,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_prestat_dir_name",
        |_| format!("fd={fd}, path={path:#x}, path_len={path_len}"),
        |mem, host| {
            let Some(name) = &host.fds.get(fd)?.preopen else {
                return Err(Errno::Badf);
            };
            let name = name.as_bytes();
            if usize::try_from(path_len).is_ok_and(|len| len < name.len()) {
                return Err(Errno::Nametoolong);
            }
            mem.write(path, name)
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
