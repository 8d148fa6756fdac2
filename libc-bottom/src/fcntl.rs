//! `<fcntl.h>`: opening files.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/open.html>
//!
//! `open`, `openat` and `creat` are variadic or trivial in C, so their C
//! entry points are in `c/`; they call [`__libc_openat`] here.
//!
//! The `O_*` values of the headers are WASI's own bits: the access modes are
//! separate bits, `O_CREAT`, `O_DIRECTORY`, `O_EXCL`, `O_TRUNC` are WASI's
//! `oflags` shifted by 12, and `O_APPEND`…`O_SYNC` are WASI's `fdflags`. A
//! new descriptor asks for the rights its access mode needs, within what the
//! parent directory may hand on, so a read-only preopen gives read-only
//! files. WASI deviations: `O_CLOEXEC`, `O_NOCTTY`, `O_TTY_INIT` are 0
//! (there is no exec and no controlling terminal); the mode argument is
//! ignored (WASI has no permission bits).

use crate::errno::Errno;
use crate::sys;

/// Rights every descriptor asks for, whatever its access mode: they change
/// nothing in the file's data, and directories need the `path_*` ones to
/// serve as the `dirfd` of the `*at` calls (POSIX lets a read-only directory
/// descriptor be used to create or remove entries).
#[cfg(target_os = "wasi")]
const COMMON: u64 = {
    use crate::wasi::rights::*;
    FD_DATASYNC
        | FD_SYNC
        | FD_SEEK
        | FD_TELL
        | FD_FDSTAT_SET_FLAGS
        | FD_ADVISE
        | FD_FILESTAT_GET
        | FD_FILESTAT_SET_TIMES
        | POLL_FD_READWRITE
        | PATH_CREATE_DIRECTORY
        | PATH_CREATE_FILE
        | PATH_LINK_SOURCE
        | PATH_LINK_TARGET
        | PATH_OPEN
        | PATH_READLINK
        | PATH_RENAME_SOURCE
        | PATH_RENAME_TARGET
        | PATH_FILESTAT_GET
        | PATH_FILESTAT_SET_SIZE
        | PATH_FILESTAT_SET_TIMES
        | PATH_SYMLINK
        | PATH_REMOVE_DIRECTORY
        | PATH_UNLINK_FILE
};

/// How `open`'s flags split into WASI's arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct OpenArgs {
    pub read: bool,
    pub write: bool,
    pub oflags: u32,
    pub fdflags: u32,
    pub follow: bool,
}

/// Split `open` flags. No access mode at all counts as `O_RDONLY`, which is
/// 0 elsewhere and is what programs that pass a literal 0 mean.
pub fn split(flags: u32) -> Result<OpenArgs, Errno> {
    let known = sys::O_ACCMODE
        | sys::O_CREAT
        | sys::O_DIRECTORY
        | sys::O_EXCL
        | sys::O_TRUNC
        | sys::O_NOFOLLOW
        | sys::O_APPEND
        | sys::O_DSYNC
        | sys::O_NONBLOCK
        | sys::O_RSYNC
        | sys::O_SYNC;
    if flags & !known != 0 {
        return Err(Errno::INVAL);
    }
    let write = flags & sys::O_WRONLY != 0;
    Ok(OpenArgs {
        read: flags & sys::O_RDONLY != 0 || flags & sys::O_ACCMODE == 0,
        write,
        oflags: (flags >> 12) & 0xf,
        fdflags: flags & 0x1f,
        follow: flags & sys::O_NOFOLLOW == 0,
    })
}

// The shifts above rely on the headers' values being WASI's.
const _: () = assert!(sys::O_CREAT == 1 << 12 && sys::O_DIRECTORY == 2 << 12);
const _: () = assert!(sys::O_EXCL == 4 << 12 && sys::O_TRUNC == 8 << 12);
const _: () = assert!(sys::O_APPEND == 1 && sys::O_SYNC == 16);

#[cfg(target_os = "wasi")]
pub use imp::*;

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::{c_char, c_int};

    use super::{split, COMMON};
    use crate::errno::{Errno, OrMinusOne};
    use crate::preopen::resolve_at;
    use crate::unistd::io::fdstat;
    use crate::wasi::{self, rights};

    /// Open `path` relative to `dirfd` with the (unsigned) `open` flags.
    pub fn open_at(dirfd: c_int, path: &str, flags: u32) -> Result<u32, Errno> {
        let args = split(flags)?;
        let (fd, rel) = resolve_at(dirfd, path)?;
        let may = fdstat(fd)?.rights_inheriting;
        let mut want = COMMON;
        if args.read {
            want |= rights::FD_READ | rights::FD_READDIR;
        }
        want &= may;
        if args.write {
            // Asked for whatever the directory says it hands on: runtimes
            // disagree about that. wasmtime reports the inheriting rights
            // of a directory opened read-only without FD_WRITE, yet opens
            // files in it for writing (as POSIX does); a runtime that
            // enforces rights refuses with ENOTCAPABLE, which the program
            // sees as EACCES (errno::for_posix).
            want |= rights::FD_WRITE | rights::FD_ALLOCATE | rights::FD_FILESTAT_SET_SIZE;
        }
        let lookup = if args.follow {
            wasi::LOOKUPFLAGS_SYMLINK_FOLLOW
        } else {
            wasi::LOOKUPFLAGS_NONE
        };
        let mut new = 0;
        // SAFETY: `rel` is a valid string of the given length; `new` is an
        // out-parameter.
        Errno::check(unsafe {
            wasi::path_open(
                fd,
                lookup,
                rel.as_ptr(),
                rel.len(),
                args.oflags,
                want,
                may,
                args.fdflags,
                &mut new,
            )
        })?;
        Ok(new)
    }

    /// The body of `open`, `openat` and `creat` (C, in `c/`).
    ///
    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn __libc_openat(
        dirfd: c_int,
        path: *const c_char,
        flags: c_int,
    ) -> c_int {
        (|| {
            // SAFETY: the caller's promise, passed on.
            let path = unsafe { crate::cabi::path(path)? };
            let fd = open_at(dirfd, path, flags as u32)?;
            crate::fdtable::adopt(fd)
        })()
        .or_minus_one()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_split_into_wasi_arguments() {
        let a =
            split(sys::O_RDWR | sys::O_CREAT | sys::O_TRUNC | sys::O_APPEND).expect("valid flags");
        assert_eq!(
            a,
            OpenArgs {
                read: true,
                write: true,
                oflags: 1 | 8,
                fdflags: 1,
                follow: true
            }
        );
        let r = split(0).expect("0 is O_RDONLY");
        assert!(r.read && !r.write);
        assert!(
            !split(sys::O_RDONLY | sys::O_NOFOLLOW)
                .expect("valid")
                .follow
        );
        assert_eq!(split(1 << 30), Err(Errno::INVAL));
    }
}
