//! `fd_filestat_*` and `path_filestat_*`: a file's metadata, size and times.
//!
//! Stdio reports its filetype with every other field 0, and needs no right
//! for it (stdio has only `fd_read` or `fd_write`). Times set to `*_now` use
//! the host's clock even in deterministic mode.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cap_fs_ext::{DirExt, SystemTimeSpec};
use wasmi::{Caller, Error};

use super::fd_table::Kind;
use super::flags::{self, right};
use super::path::read_path;
use super::{trace, with_memory, Errno, Host};

/// Size of the `filestat` record.
const FILESTAT_SIZE: usize = 64;

/// A `filestat` record before encoding.
#[derive(Debug, Default, PartialEq, Eq)]
struct Filestat {
    dev: u64,
    ino: u64,
    filetype: u8,
    nlink: u64,
    size: u64,
    atim: u64,
    mtim: u64,
    ctim: u64,
}

impl Filestat {
    fn encode(&self) -> [u8; FILESTAT_SIZE] {
        let mut record = [0u8; FILESTAT_SIZE];
        record[0..8].copy_from_slice(&self.dev.to_le_bytes());
        record[8..16].copy_from_slice(&self.ino.to_le_bytes());
        record[16] = self.filetype;
        record[24..32].copy_from_slice(&self.nlink.to_le_bytes());
        record[32..40].copy_from_slice(&self.size.to_le_bytes());
        record[40..48].copy_from_slice(&self.atim.to_le_bytes());
        record[48..56].copy_from_slice(&self.mtim.to_le_bytes());
        record[56..64].copy_from_slice(&self.ctim.to_le_bytes());
        record
    }
}

/// Seconds and nanoseconds since the epoch as nanoseconds; 0 before it.
fn timestamp(secs: i64, nsecs: i64) -> u64 {
    let nanos = i128::from(secs) * 1_000_000_000 + i128::from(nsecs);
    u64::try_from(nanos.max(0)).unwrap_or(u64::MAX)
}

/// The `filetype` for a host file type with the Unix predicates.
macro_rules! filetype_of {
    ($ty:expr) => {{
        let ty = $ty;
        if ty.is_dir() {
            flags::FILETYPE_DIRECTORY
        } else if ty.is_file() {
            flags::FILETYPE_REGULAR_FILE
        } else if ty.is_symlink() {
            flags::FILETYPE_SYMBOLIC_LINK
        } else if ty.is_block_device() {
            flags::FILETYPE_BLOCK_DEVICE
        } else if ty.is_char_device() {
            flags::FILETYPE_CHARACTER_DEVICE
        } else if ty.is_socket() {
            flags::FILETYPE_SOCKET_STREAM
        } else {
            flags::FILETYPE_UNKNOWN
        }
    }};
}

/// A `Filestat` from host metadata with the Unix accessors.
macro_rules! filestat_of {
    ($meta:expr) => {{
        let meta = $meta;
        Filestat {
            dev: meta.dev(),
            ino: meta.ino(),
            filetype: filetype_of!(meta.file_type()),
            nlink: meta.nlink(),
            size: meta.len(),
            atim: timestamp(meta.atime(), meta.atime_nsec()),
            mtim: timestamp(meta.mtime(), meta.mtime_nsec()),
            ctim: timestamp(meta.ctime(), meta.ctime_nsec()),
        }
    }};
}

/// The `filetype` of an open host file.
pub fn std_filetype(meta: &std::fs::Metadata) -> u8 {
    use std::os::unix::fs::FileTypeExt;
    filetype_of!(meta.file_type())
}

fn std_filestat(meta: &std::fs::Metadata) -> Filestat {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    filestat_of!(meta)
}

fn cap_filestat(meta: &cap_std::fs::Metadata) -> Filestat {
    use cap_std::fs::{FileTypeExt, MetadataExt};
    filestat_of!(meta)
}

pub fn fd_filestat_get(mut caller: Caller<'_, Host>, fd: u32, out: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_filestat_get",
        |_| format!("fd={fd}, buf={out:#x}"),
        |mem, host| {
            let entry = host.fds.get(fd)?;
            mem.check(out, FILESTAT_SIZE as u32)?;
            let stat = match &entry.kind {
                Kind::Stdin | Kind::Stdout | Kind::Stderr => Filestat {
                    filetype: entry.filetype,
                    ..Filestat::default()
                },
                _ if entry.base & right::FD_FILESTAT_GET == 0 => return Err(Errno::Notcapable),
                Kind::File(file) => std_filestat(&file.metadata()?),
                Kind::Dir(dir) => cap_filestat(&dir.dir_metadata()?),
            };
            mem.write(out, &stat.encode())
        },
    )
}

pub fn fd_filestat_set_size(
    mut caller: Caller<'_, Host>,
    fd: u32,
    size: u64,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_filestat_set_size",
        |_| format!("fd={fd}, size={size}"),
        |_, host| {
            if !matches!(host.fds.get(fd)?.kind, Kind::File(_)) {
                return Err(Errno::Badf);
            }
            let entry = host.fds.get_with(fd, right::FD_FILESTAT_SET_SIZE)?;
            let Kind::File(file) = &entry.kind else {
                return Err(Errno::Badf);
            };
            i64::try_from(size).map_err(|_| Errno::Fbig)?;
            file.set_len(size)?;
            Ok(())
        },
    )
}

/// The new access and modification times `fstflags` asks for.
fn new_times(
    atim: u64,
    mtim: u64,
    fst: u32,
) -> Result<(Option<SystemTimeSpec>, Option<SystemTimeSpec>), Errno> {
    let fst = u16::try_from(fst).map_err(|_| Errno::Inval)?;
    let all = flags::FST_ATIM | flags::FST_ATIM_NOW | flags::FST_MTIM | flags::FST_MTIM_NOW;
    if fst & !all != 0 {
        return Err(Errno::Inval);
    }
    let pick = |set: u16, now: u16, value: u64| match (fst & set != 0, fst & now != 0) {
        (true, true) => Err(Errno::Inval),
        (true, false) => {
            let time = UNIX_EPOCH
                .checked_add(Duration::from_nanos(value))
                .ok_or(Errno::Overflow)?;
            Ok(Some(SystemTimeSpec::Absolute(
                cap_std::time::SystemTime::from_std(time),
            )))
        }
        (false, true) => Ok(Some(SystemTimeSpec::SymbolicNow)),
        (false, false) => Ok(None),
    };
    Ok((
        pick(flags::FST_ATIM, flags::FST_ATIM_NOW, atim)?,
        pick(flags::FST_MTIM, flags::FST_MTIM_NOW, mtim)?,
    ))
}

/// A `std::fs::FileTimes` for the same request.
fn file_times(atime: Option<SystemTimeSpec>, mtime: Option<SystemTimeSpec>) -> std::fs::FileTimes {
    let resolve = |spec: SystemTimeSpec| match spec {
        SystemTimeSpec::SymbolicNow => SystemTime::now(),
        SystemTimeSpec::Absolute(time) => time.into_std(),
    };
    let mut times = std::fs::FileTimes::new();
    if let Some(atime) = atime {
        times = times.set_accessed(resolve(atime));
    }
    if let Some(mtime) = mtime {
        times = times.set_modified(resolve(mtime));
    }
    times
}

pub fn fd_filestat_set_times(
    mut caller: Caller<'_, Host>,
    fd: u32,
    atim: u64,
    mtim: u64,
    fst: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_filestat_set_times",
        |_| {
            format!(
                "fd={fd}, atim={atim}, mtim={mtim}, fst_flags={}",
                flags::fstflags_names(fst)
            )
        },
        |_, host| {
            let entry = host.fds.get_with(fd, right::FD_FILESTAT_SET_TIMES)?;
            let (atime, mtime) = new_times(atim, mtim, fst)?;
            match &entry.kind {
                Kind::File(file) => file.set_times(file_times(atime, mtime))?,
                Kind::Dir(dir) => dir.set_times(".", atime, mtime)?,
                Kind::Stdin | Kind::Stdout | Kind::Stderr => return Err(Errno::Badf),
            }
            Ok(())
        },
    )
}

pub fn path_filestat_get(
    mut caller: Caller<'_, Host>,
    fd: u32,
    lookup: u32,
    path: u32,
    path_len: u32,
    out: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "path_filestat_get",
        |mem| {
            format!(
                "fd={fd}, flags={}, path={}, buf={out:#x}",
                flags::lookup_names(lookup),
                trace::string(mem, path, path_len)
            )
        },
        |mem, host| {
            let (dir, _) = host.fds.dir_with(fd, right::PATH_FILESTAT_GET)?;
            let path = read_path(mem, path, path_len)?;
            mem.check(out, FILESTAT_SIZE as u32)?;
            let meta = if lookup & flags::LOOKUP_SYMLINK_FOLLOW != 0 {
                dir.metadata(&path)?
            } else {
                dir.symlink_metadata(&path)?
            };
            mem.write(out, &cap_filestat(&meta).encode())
        },
    )
}

#[allow(clippy::too_many_arguments)]
pub fn path_filestat_set_times(
    mut caller: Caller<'_, Host>,
    fd: u32,
    lookup: u32,
    path: u32,
    path_len: u32,
    atim: u64,
    mtim: u64,
    fst: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "path_filestat_set_times",
        |mem| {
            format!(
                "fd={fd}, flags={}, path={}, atim={atim}, mtim={mtim}, fst_flags={}",
                flags::lookup_names(lookup),
                trace::string(mem, path, path_len),
                flags::fstflags_names(fst)
            )
        },
        |mem, host| {
            let (dir, _) = host.fds.dir_with(fd, right::PATH_FILESTAT_SET_TIMES)?;
            let path = read_path(mem, path, path_len)?;
            let (atime, mtime) = new_times(atim, mtim, fst)?;
            if lookup & flags::LOOKUP_SYMLINK_FOLLOW != 0 {
                dir.set_times(&path, atime, mtime)?;
            } else {
                dir.set_symlink_times(&path, atime, mtime)?;
            }
            Ok(())
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_layout() {
        let stat = Filestat {
            dev: 1,
            ino: 2,
            filetype: 4,
            nlink: 3,
            size: 5,
            atim: 6,
            mtim: 7,
            ctim: 8,
        };
        let record = stat.encode();
        assert_eq!(record[16], 4);
        assert_eq!(record[24], 3);
        assert_eq!(record[56], 8);
    }

    #[test]
    fn times() {
        assert_eq!(timestamp(-5, 0), 0);
        assert_eq!(timestamp(2, 5), 2_000_000_005);
        let both = flags::FST_ATIM | flags::FST_ATIM_NOW;
        assert_eq!(new_times(0, 0, u32::from(both)).err(), Some(Errno::Inval));
        assert_eq!(new_times(0, 0, 0x10).err(), Some(Errno::Inval));
        let (a, m) = new_times(5, 0, u32::from(flags::FST_ATIM | flags::FST_MTIM_NOW)).unwrap();
        assert!(matches!(a, Some(SystemTimeSpec::Absolute(_))));
        assert!(matches!(m, Some(SystemTimeSpec::SymbolicNow)));
    }
}
