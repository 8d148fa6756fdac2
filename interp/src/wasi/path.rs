//! `path_*` calls: opening, creating, removing, renaming and linking names
//! under a directory descriptor.
//!
//! Every path is resolved by cap-std relative to the descriptor's [`Dir`], so
//! `..` above it, absolute paths and symlinks that lead out are refused
//! (`perm`, or `notcapable` when the descriptor lacks the right). A path must
//! be UTF-8 (`ilseq` otherwise). `path_symlink` refuses an absolute target;
//! `path_link` with `symlink_follow` is `inval`, as in wasmtime.
//!
//! [`Dir`]: cap_std::fs::Dir

use cap_fs_ext::{DirExt, FollowSymlinks, OpenOptionsFollowExt, OpenOptionsMaybeDirExt};
use cap_std::fs::{Dir, OpenOptions};
use wasmi::{Caller, Error};

use super::fd_table::{Descriptor, Kind};
use super::filestat::std_filetype;
use super::flags::{self, right};
use super::memory::GuestMemory;
use super::{trace, with_memory, Errno, Host};

/// The guest path at `ptr`, which must be UTF-8.
pub fn read_path(mem: &GuestMemory<'_>, ptr: u32, len: u32) -> Result<String, Errno> {
    let bytes = mem.slice(ptr, len)?;
    let path = std::str::from_utf8(bytes).map_err(|_| Errno::Ilseq)?;
    Ok(path.to_string())
}

/// What `path_open` was asked for, checked and decoded.
struct OpenRequest {
    follow: bool,
    oflags: u16,
    base: u64,
    inheriting: u64,
    fdflags: u16,
}

/// Opens `path` under `dir` as `request` says, without looking at rights.
fn open(dir: &Dir, path: &str, request: &OpenRequest) -> Result<Descriptor, Errno> {
    let has = |flag: u16| request.oflags & flag != 0;
    let follow = if request.follow {
        FollowSymlinks::Yes
    } else {
        FollowSymlinks::No
    };
    if has(flags::OFLAGS_DIRECTORY) {
        if has(flags::OFLAGS_CREAT) || has(flags::OFLAGS_TRUNC) {
            return Err(Errno::Inval);
        }
        let opened = if request.follow {
            dir.open_dir(path)?
        } else {
            dir.open_dir_nofollow(path)?
        };
        return Ok(descriptor(
            Kind::Dir(opened),
            flags::FILETYPE_DIRECTORY,
            request,
        ));
    }
    let wants_write =
        request.base & (right::FD_WRITE | right::FD_ALLOCATE | right::FD_FILESTAT_SET_SIZE) != 0;
    // The host needs write access to create or truncate; the guest's rights
    // still decide what it may do with the descriptor.
    let write = wants_write || has(flags::OFLAGS_CREAT) || has(flags::OFLAGS_TRUNC);
    let read = request.base & (right::FD_READ | right::FD_READDIR) != 0 || !write;
    let mut options = OpenOptions::new();
    options
        .read(read)
        .write(write)
        .truncate(has(flags::OFLAGS_TRUNC))
        .follow(follow)
        .maybe_dir(true);
    if has(flags::OFLAGS_CREAT) {
        if has(flags::OFLAGS_EXCL) {
            options.create_new(true);
        } else {
            options.create(true);
        }
    }
    let file = dir.open_with(path, &options)?.into_std();
    let meta = file.metadata()?;
    if meta.is_dir() {
        let opened = Dir::from_std_file(file);
        return Ok(descriptor(
            Kind::Dir(opened),
            flags::FILETYPE_DIRECTORY,
            request,
        ));
    }
    Ok(descriptor(Kind::File(file), std_filetype(&meta), request))
}

fn descriptor(kind: Kind, filetype: u8, request: &OpenRequest) -> Descriptor {
    Descriptor {
        kind,
        filetype,
        base: request.base,
        inheriting: request.inheriting,
        flags: request.fdflags,
        preopen: None,
    }
}

#[allow(clippy::too_many_arguments)]
pub fn path_open(
    mut caller: Caller<'_, Host>,
    fd: u32,
    dirflags: u32,
    path: u32,
    path_len: u32,
    oflags: u32,
    base: u64,
    inheriting: u64,
    fdflags: u32,
    out: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "path_open",
        |mem| {
            format!(
                "fd={fd}, dirflags={}, path={}, oflags={}, fs_rights_base={}, fs_rights_inheriting={}, fdflags={}, fd_out={out:#x}",
                flags::lookup_names(dirflags),
                trace::string(mem, path, path_len),
                flags::oflags_names(oflags),
                flags::rights_names(base),
                flags::rights_names(inheriting),
                flags::fdflags_names(fdflags),
            )
        },
        |mem, host| {
            let oflags = u16::try_from(oflags).map_err(|_| Errno::Inval)?;
            let fdflags = u16::try_from(fdflags).map_err(|_| Errno::Inval)?;
            if oflags & !flags::OFLAGS_ALL != 0 || fdflags & !flags::FDFLAGS_ALL != 0 {
                return Err(Errno::Inval);
            }
            let mut needed = right::PATH_OPEN;
            if oflags & flags::OFLAGS_CREAT != 0 {
                needed |= right::PATH_CREATE_FILE;
            }
            if oflags & flags::OFLAGS_TRUNC != 0 {
                needed |= right::PATH_FILESTAT_SET_SIZE;
            }
            let (dir, parent) = host.fds.dir_with(fd, needed)?;
            if base & !parent.inheriting != 0 || inheriting & !parent.inheriting != 0 {
                return Err(Errno::Notcapable);
            }
            if fdflags & !(flags::FDFLAGS_APPEND | flags::FDFLAGS_NONBLOCK) != 0 {
                return Err(Errno::Notsup);
            }
            let path = read_path(mem, path, path_len)?;
            mem.check(out, 4)?;
            let request = OpenRequest {
                follow: dirflags & flags::LOOKUP_SYMLINK_FOLLOW != 0,
                oflags,
                base,
                inheriting,
                fdflags,
            };
            let opened = open(dir, &path, &request)?;
            let new_fd = host.fds.insert(opened)?;
            mem.write_u32(out, new_fd)
        },
    )
}

/// Runs `op` on the directory `fd` (which needs `needed`) and the path at
/// `path`, for the calls that take one directory and one path.
fn one_path(
    caller: &mut Caller<'_, Host>,
    name: &str,
    needed: u64,
    fd: u32,
    path: u32,
    path_len: u32,
    op: impl FnOnce(&Dir, &str) -> std::io::Result<()>,
) -> Result<i32, Error> {
    with_memory(
        caller,
        name,
        |mem| format!("fd={fd}, path={}", trace::string(mem, path, path_len)),
        |mem, host| {
            let (dir, _) = host.fds.dir_with(fd, needed)?;
            let path = read_path(mem, path, path_len)?;
            Ok(op(dir, &path)?)
        },
    )
}

pub fn path_create_directory(
    mut caller: Caller<'_, Host>,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<i32, Error> {
    one_path(
        &mut caller,
        "path_create_directory",
        right::PATH_CREATE_DIRECTORY,
        fd,
        path,
        path_len,
        |dir, path| dir.create_dir(path),
    )
}

pub fn path_remove_directory(
    mut caller: Caller<'_, Host>,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<i32, Error> {
    one_path(
        &mut caller,
        "path_remove_directory",
        right::PATH_REMOVE_DIRECTORY,
        fd,
        path,
        path_len,
        |dir, path| dir.remove_dir(path),
    )
}

pub fn path_unlink_file(
    mut caller: Caller<'_, Host>,
    fd: u32,
    path: u32,
    path_len: u32,
) -> Result<i32, Error> {
    one_path(
        &mut caller,
        "path_unlink_file",
        right::PATH_UNLINK_FILE,
        fd,
        path,
        path_len,
        |dir, path| dir.remove_file(path),
    )
}

pub fn path_rename(
    mut caller: Caller<'_, Host>,
    fd: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "path_rename",
        |mem| {
            format!(
                "fd={fd}, old_path={}, new_fd={new_fd}, new_path={}",
                trace::string(mem, old, old_len),
                trace::string(mem, new, new_len)
            )
        },
        |mem, host| {
            let (from_dir, _) = host.fds.dir_with(fd, right::PATH_RENAME_SOURCE)?;
            let (to_dir, _) = host.fds.dir_with(new_fd, right::PATH_RENAME_TARGET)?;
            let old = read_path(mem, old, old_len)?;
            let new = read_path(mem, new, new_len)?;
            Ok(from_dir.rename(&old, to_dir, &new)?)
        },
    )
}

#[allow(clippy::too_many_arguments)]
pub fn path_link(
    mut caller: Caller<'_, Host>,
    fd: u32,
    lookup: u32,
    old: u32,
    old_len: u32,
    new_fd: u32,
    new: u32,
    new_len: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "path_link",
        |mem| {
            format!(
                "old_fd={fd}, old_flags={}, old_path={}, new_fd={new_fd}, new_path={}",
                flags::lookup_names(lookup),
                trace::string(mem, old, old_len),
                trace::string(mem, new, new_len)
            )
        },
        |mem, host| {
            let (from_dir, _) = host.fds.dir_with(fd, right::PATH_LINK_SOURCE)?;
            let (to_dir, _) = host.fds.dir_with(new_fd, right::PATH_LINK_TARGET)?;
            if lookup & flags::LOOKUP_SYMLINK_FOLLOW != 0 {
                return Err(Errno::Inval);
            }
            let old = read_path(mem, old, old_len)?;
            let new = read_path(mem, new, new_len)?;
            Ok(from_dir.hard_link(&old, to_dir, &new)?)
        },
    )
}

pub fn path_symlink(
    mut caller: Caller<'_, Host>,
    old: u32,
    old_len: u32,
    fd: u32,
    new: u32,
    new_len: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "path_symlink",
        |mem| {
            format!(
                "old_path={}, fd={fd}, new_path={}",
                trace::string(mem, old, old_len),
                trace::string(mem, new, new_len)
            )
        },
        |mem, host| {
            let (dir, _) = host.fds.dir_with(fd, right::PATH_SYMLINK)?;
            let target = read_path(mem, old, old_len)?;
            let link = read_path(mem, new, new_len)?;
            if target.starts_with('/') {
                return Err(Errno::Perm);
            }
            Ok(dir.symlink(&target, &link)?)
        },
    )
}

pub fn path_readlink(
    mut caller: Caller<'_, Host>,
    fd: u32,
    path: u32,
    path_len: u32,
    buf: u32,
    buf_len: u32,
    bufused: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "path_readlink",
        |mem| {
            format!(
                "fd={fd}, path={}, buf={buf:#x}, buf_len={buf_len}, bufused={bufused:#x}",
                trace::string(mem, path, path_len)
            )
        },
        |mem, host| {
            let (dir, _) = host.fds.dir_with(fd, right::PATH_READLINK)?;
            let path = read_path(mem, path, path_len)?;
            mem.check(buf, buf_len)?;
            mem.check(bufused, 4)?;
            let target = dir.read_link_contents(&path)?;
            let bytes = target.as_os_str().as_encoded_bytes();
            let used = bytes.len().min(buf_len as usize);
            mem.write(buf, &bytes[..used])?;
            // `used` is at most `buf_len`.
            mem.write_u32(bufused, used as u32)
        },
    )
}
