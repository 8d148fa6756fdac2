//! The program's view of the file system: the preopened directories and the
//! emulated working directory (see [`crate::path`] for the pure logic).
//!
//! Both are found or set on first use, so a program that never names a path
//! pays nothing for them. wasm32-wasip1 has one thread, so this state needs
//! no lock; [`Global`] encodes that assumption in one place.

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::UnsafeCell;

use crate::errno::Errno;
use crate::path::{self, Preopen};

/// A global of the single-threaded program.
pub struct Global<T>(UnsafeCell<T>);

// SAFETY: wasm32-wasip1 programs have exactly one thread, so no two
// accesses can race.
unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    pub const fn new(value: T) -> Self {
        Global(UnsafeCell::new(value))
    }

    /// Run `f` with the value. `f` must not reach this same global again.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: one thread, and `f` does not re-enter (the contract above),
        // so this is the only reference while it lives.
        f(unsafe { &mut *self.0.get() })
    }
}

/// The file-system state: `None` until first used.
pub struct State {
    pub preopens: Vec<Preopen>,
    pub cwd: String,
}

static STATE: Global<Option<State>> = Global::new(None);

/// Run `f` with the file-system state, discovering the preopens first if
/// this is the first use.
pub fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with(|s| {
        let state = s.get_or_insert_with(|| State {
            preopens: discover(),
            cwd: String::from("/"),
        });
        f(state)
    })
}

/// Resolve `path` (as a C caller gave it) to a preopened descriptor and a
/// path relative to it.
pub fn resolve(path: &str) -> Result<(u32, String), Errno> {
    with_state(|s| {
        let abs = path::absolute(&s.cwd, path)?;
        let (pre, rel) = path::find(&s.preopens, &abs)?;
        Ok((pre.fd, String::from(rel)))
    })
}

/// `AT_FDCWD`: "relative to the working directory" in the `*at` calls.
pub const AT_FDCWD: core::ffi::c_int = crate::sys::AT_FDCWD;

/// Where an `*at` call's `path` lives: a WASI directory descriptor and a
/// path relative to it. Absolute paths and `AT_FDCWD` go through the
/// preopens; a real `dirfd` takes a relative path as it is, and the runtime
/// keeps it inside that directory.
pub fn resolve_at(dirfd: core::ffi::c_int, path: &str) -> Result<(u32, String), Errno> {
    if path.starts_with('/') || dirfd == AT_FDCWD {
        return resolve(path);
    }
    if path.is_empty() {
        return Err(Errno::NOENT);
    }
    #[cfg(target_os = "wasi")]
    let fd = crate::fdtable::wasi(dirfd, Errno::NOTDIR)?;
    #[cfg(not(target_os = "wasi"))]
    let fd = u32::try_from(dirfd).map_err(|_| Errno::BADF)?;
    Ok((fd, String::from(path)))
}

/// The preopens the runtime gives (also `__wasilibc_populate_preopens`).
#[cfg(target_os = "wasi")]
pub fn discover() -> Vec<Preopen> {
    use crate::wasi;

    let mut found = Vec::new();
    // Preopens are numbered from 3 up, without gaps; the first descriptor
    // that is not one ends the list.
    for fd in 3u32.. {
        let mut ps = wasi::Prestat::default();
        // SAFETY: `ps` is a valid out-parameter.
        if unsafe { wasi::fd_prestat_get(fd, &mut ps) } != 0 {
            break;
        }
        if ps.tag != wasi::PREOPENTYPE_DIR {
            continue;
        }
        let mut name = alloc::vec![0u8; ps.name_len];
        // SAFETY: `name` has exactly the length we pass.
        if unsafe { wasi::fd_prestat_dir_name(fd, name.as_mut_ptr(), name.len()) } != 0 {
            continue;
        }
        // Some runtimes count a terminating NUL in the length.
        while name.last() == Some(&0) {
            name.pop();
        }
        if let Ok(name) = core::str::from_utf8(&name) {
            if let Ok(p) = Preopen::new(fd, name) {
                found.push(p);
            }
        }
    }
    found
}

#[cfg(not(target_os = "wasi"))]
pub fn discover() -> Vec<Preopen> {
    Vec::new()
}
