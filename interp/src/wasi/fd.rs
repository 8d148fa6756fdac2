//! `fd_*` calls on open descriptors other than byte I/O (see `io`): status,
//! flags and rights, closing and renumbering, syncing, advice and
//! allocation, and the preopen queries.
//!
//! Deviations, as wasmtime has them:
//! - Stdio reports `character_device` when the host descriptor is a terminal
//!   and `unknown` otherwise; its rights are just `fd_read` (stdin) or
//!   `fd_write` (stdout, stderr), and it accepts any valid flags.
//! - `fd_prestat_dir_name` with a buffer shorter than the name fails with
//!   `nametoolong` and writes nothing; the name is not NUL-terminated.
//!
//! Of the `fdflags`, `append` and `nonblock` can be set on a file (append
//! writes go to the end of the file; nonblock changes nothing for files);
//! the `sync` family is refused with `notsup`.

use wasmi::{Caller, Error};

use super::fd_table::Kind;
use super::flags::{self, right};
use super::io::{file_of, offset};
use super::{with_memory, Errno, Host};

/// `preopentype` of a directory.
const PREOPENTYPE_DIR: u8 = 0;

/// Size of the `fdstat` record.
const FDSTAT_SIZE: u32 = 24;
/// Size of the `prestat` record.
const PRESTAT_SIZE: u32 = 8;

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
