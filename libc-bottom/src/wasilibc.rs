//! `<wasi/libc.h>` and `<wasi/libc-find-relpath.h>`: the preopen queries
//! and registrations particular to a WASI libc.
//!
//! These work on the state of [`crate::preopen`] with the logic of
//! [`crate::path`], the same the POSIX calls use, so a path resolves here
//! exactly as `open` would resolve it. The path-taking `__wasilibc_*`
//! wrappers (`__wasilibc_access`, `__wasilibc_nocwd_*`, ...) are C in the
//! top half (`libc-top/src/wasi/`) over the POSIX calls.
//!
//! Deviations: `__wasilibc_find_abspath` matches the preopen on the path's
//! components as written (skipping empty and `.` ones) so that it can return
//! a pointer into the caller's string; a `..` is left for the runtime to
//! resolve inside the preopen. The descriptors returned are the preopens'.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::errno::Errno;
use crate::path::Preopen;
use crate::preopen::Global;

/// The NUL-terminated names handed out as `abs_prefix`, without their
/// leading `/`. They are kept for the life of the program, since a caller
/// may hold one after the preopens change; there is one per distinct
/// prefix, so this stays as small as the list of preopens.
static PREFIXES: Global<Vec<Box<[u8]>>> = Global::new(Vec::new());

/// The stored C form of `prefix` (a preopen's absolute name).
pub fn c_prefix(prefix: &str) -> *const u8 {
    let name = prefix.trim_start_matches('/').as_bytes();
    PREFIXES.with(|all| {
        if let Some(p) = all.iter().find(|p| &p[..p.len() - 1] == name) {
            return p.as_ptr();
        }
        let mut p = Vec::with_capacity(name.len() + 1);
        p.extend_from_slice(name);
        p.push(0);
        all.push(p.into_boxed_slice());
        all[all.len() - 1].as_ptr()
    })
}

/// Where the components of `prefix` (absolute, normalised) end in `path`
/// (read as absolute, as written), skipping empty and `.` components:
/// the byte offset of the rest of `path`, or `None` if `prefix` does not
/// contain it.
pub fn match_raw(prefix: &str, path: &str) -> Option<usize> {
    let mut at = 0;
    for want in prefix.split('/').filter(|c| !c.is_empty()) {
        loop {
            let rest = &path[at..];
            let start = at + (rest.len() - rest.trim_start_matches('/').len());
            let end = path[start..].find('/').map_or(path.len(), |i| start + i);
            let comp = &path[start..end];
            at = end;
            match comp {
                "" => return None,
                "." => continue,
                c if c == want => break,
                _ => return None,
            }
        }
    }
    Some(at)
}

/// The rest of `path` after a match at `at`, as the header promises it:
/// no leading `/` or `.` components, and `.` rather than empty.
pub fn rest_of(path: &str, at: usize) -> &str {
    let mut rest = &path[at..];
    loop {
        rest = rest.trim_start_matches('/');
        match rest.strip_prefix('.') {
            Some("") => rest = "",
            Some(r) if r.starts_with('/') => {
                rest = r;
                continue;
            }
            _ => {}
        }
        break;
    }
    if rest.is_empty() {
        "."
    } else {
        rest
    }
}

/// The preopen that serves `path` as written (see [`match_raw`]): the
/// longest prefix, the latest among equals, with the offset of the rest.
pub fn find_raw<'p>(preopens: &'p [Preopen], path: &str) -> Result<(&'p Preopen, usize), Errno> {
    let mut best: Option<(&Preopen, usize)> = None;
    for p in preopens {
        if let Some(at) = match_raw(&p.prefix, path) {
            if best.is_none_or(|(b, _)| p.prefix.len() >= b.prefix.len()) {
                best = Some((p, at));
            }
        }
    }
    best.ok_or(Errno::NOENT)
}

#[cfg(target_os = "wasi")]
mod shims {
    use alloc::string::String;
    use core::ffi::{c_char, c_int, c_void};

    use super::{c_prefix, find_raw, rest_of};
    use crate::cabi;
    use crate::errno::{Errno, OrMinusOne};
    use crate::path::{self, Preopen};
    use crate::preopen::{discover, with_state};

    extern "C" {
        fn realloc(p: *mut c_void, n: usize) -> *mut c_void;
    }

    /// The preopen for `path` relative to the working directory: its
    /// descriptor, the C form of its prefix, and the relative path.
    fn find_rel(path: &str) -> Result<(c_int, *const u8, String), Errno> {
        with_state(|s| {
            let abs = path::absolute(&s.cwd, path)?;
            let (pre, rel) = path::find(&s.preopens, &abs)?;
            Ok((pre.fd as c_int, c_prefix(&pre.prefix), String::from(rel)))
        })
    }

    /// Copy `rel` and its NUL into `buf`, which has `len` bytes.
    ///
    /// # Safety
    /// `buf` is null or valid for `len` bytes.
    unsafe fn put(rel: &str, buf: *mut c_char, len: usize) -> Result<(), Errno> {
        if rel.len() >= len {
            return Err(Errno::RANGE);
        }
        // SAFETY: the caller's promise; `len` is nonzero here.
        let out = unsafe { cabi::bytes_mut(buf.cast(), len) }?;
        out[..rel.len()].copy_from_slice(rel.as_bytes());
        out[rel.len()] = 0;
        Ok(())
    }

    /// # Safety
    /// `path` is null or NUL-terminated; `abs_prefix` and `relative` are
    /// valid for writes; `*relative` is valid for `relative_len` bytes.
    #[no_mangle]
    pub unsafe extern "C" fn __wasilibc_find_relpath(
        path: *const c_char,
        abs_prefix: *mut *const c_char,
        relative: *mut *mut c_char,
        relative_len: usize,
    ) -> c_int {
        // SAFETY: the caller's promises, passed on.
        let r = unsafe { cabi::path(path) }
            .and_then(find_rel)
            .and_then(|(fd, pre, rel)| {
                if abs_prefix.is_null() || relative.is_null() {
                    return Err(Errno::FAULT);
                }
                // SAFETY: non-null and valid for writes, as promised.
                unsafe {
                    put(&rel, *relative, relative_len)?;
                    *abs_prefix = pre.cast();
                }
                Ok(fd)
            });
        r.or_minus_one()
    }

    /// As `__wasilibc_find_relpath`, growing `*relative` with `realloc`
    /// (and updating `*relative_len`) when it is too small and
    /// `can_realloc` is nonzero.
    ///
    /// # Safety
    /// As `__wasilibc_find_relpath`; `*relative` is null or from `malloc`
    /// when `can_realloc` is nonzero; `relative_len` is valid.
    #[no_mangle]
    pub unsafe extern "C" fn __wasilibc_find_relpath_alloc(
        path: *const c_char,
        abs_prefix: *mut *const c_char,
        relative: *mut *mut c_char,
        relative_len: *mut usize,
        can_realloc: c_int,
    ) -> c_int {
        // SAFETY: the caller's promises, passed on.
        let r = unsafe { cabi::path(path) }
            .and_then(find_rel)
            .and_then(|(fd, pre, rel)| {
                if abs_prefix.is_null() || relative.is_null() || relative_len.is_null() {
                    return Err(Errno::FAULT);
                }
                // SAFETY: non-null and valid, as promised; the buffer is grown
                // before it is written when it is too small.
                unsafe {
                    if rel.len() >= *relative_len && can_realloc != 0 {
                        let need = rel.len() + 1;
                        let p = realloc((*relative).cast(), need).cast::<c_char>();
                        if p.is_null() {
                            return Err(Errno::NOMEM);
                        }
                        *relative = p;
                        *relative_len = need;
                    }
                    put(&rel, *relative, *relative_len)?;
                    *abs_prefix = pre.cast();
                }
                Ok(fd)
            });
        r.or_minus_one()
    }

    /// # Safety
    /// `abspath` is null or NUL-terminated; the out-pointers are valid for
    /// writes. `*relative` points into `abspath`.
    #[no_mangle]
    pub unsafe extern "C" fn __wasilibc_find_abspath(
        abspath: *const c_char,
        abs_prefix: *mut *const c_char,
        relative: *mut *const c_char,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        let r = unsafe { cabi::path(abspath) }.and_then(|p| {
            if abs_prefix.is_null() || relative.is_null() {
                return Err(Errno::FAULT);
            }
            let (fd, pre, at) = with_state(|s| {
                let (pre, at) = find_raw(&s.preopens, p)?;
                Ok::<_, Errno>((pre.fd as c_int, c_prefix(&pre.prefix), at))
            })?;
            let rest = rest_of(p, at);
            // `rest` is a slice of `p`, which is the caller's string, except
            // for ".", which is a static string.
            // SAFETY: both out-pointers are valid for writes, as promised.
            unsafe {
                *abs_prefix = pre.cast();
                *relative = if rest == "." {
                    c".".as_ptr()
                } else {
                    rest.as_ptr().cast()
                };
            }
            Ok(fd)
        });
        r.or_minus_one()
    }

    /// Add `fd` as a preopened directory named `prefix` (copied). It is
    /// preferred to earlier preopens of the same name.
    ///
    /// # Safety
    /// `prefix` is null or NUL-terminated.
    #[no_mangle]
    pub unsafe extern "C" fn __wasilibc_register_preopened_fd(
        fd: c_int,
        prefix: *const c_char,
    ) -> c_int {
        // SAFETY: the caller's promise, passed on.
        let r = unsafe { cabi::path(prefix) }.and_then(|name| {
            // The preopen list holds WASI descriptors; the caller's is the
            // libc's, which the descriptor table may map elsewhere.
            let fd = crate::fdtable::wasi(fd, Errno::NOTDIR)?;
            let p = Preopen::new(fd, name)?;
            with_state(|s| s.preopens.push(p));
            Ok(0)
        });
        r.or_minus_one()
    }

    /// Find the preopens now, if they are not known (the first path a
    /// program names would do it otherwise).
    #[no_mangle]
    pub extern "C" fn __wasilibc_populate_preopens() {
        with_state(|s| {
            if s.preopens.is_empty() {
                s.preopens = discover();
            }
        });
    }

    /// Forget every preopen, found or registered: until
    /// `__wasilibc_populate_preopens` or a registration, no path resolves.
    #[no_mangle]
    pub extern "C" fn __wasilibc_reset_preopens() {
        with_state(|s| s.preopens.clear());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn at(prefix: &str, path: &str) -> Option<&'static str> {
        let path: &'static str = alloc::string::String::from(path).leak();
        match_raw(prefix, path).map(|i| rest_of(path, i))
    }

    #[test]
    fn raw_matching_skips_empty_and_dot_components() {
        assert_eq!(at("/", "/a/b"), Some("a/b"));
        assert_eq!(at("/", "a"), Some("a"));
        assert_eq!(at("/", "/"), Some("."));
        assert_eq!(at("/data", "/data"), Some("."));
        assert_eq!(at("/data", "data/x"), Some("x"));
        assert_eq!(at("/data", "//./data//x/y"), Some("x/y"));
        assert_eq!(at("/data", "/database"), None);
        assert_eq!(at("/data/sub", "/data"), None);
        assert_eq!(at("/data", "/other/data"), None);
        assert_eq!(at("/data", "/data/../etc"), Some("../etc"));
        assert_eq!(at("/data", "/data/./x"), Some("x"));
        assert_eq!(at("/data", "/data/./."), Some("."));
        assert_eq!(at("/data", "/data/.x"), Some(".x"));
    }

    #[test]
    fn the_longest_latest_raw_match_wins() {
        let pre = vec![
            Preopen::new(3, "/").unwrap(),
            Preopen::new(4, "/data").unwrap(),
            Preopen::new(5, "/data").unwrap(),
        ];
        let fd = |p: &str| find_raw(&pre, p).map(|(o, _)| o.fd);
        assert_eq!(fd("/data/x"), Ok(5));
        assert_eq!(fd("/etc"), Ok(3));
        assert_eq!(find_raw(&pre[1..], "/etc").map(|_| ()), Err(Errno::NOENT));
    }

    #[test]
    fn prefixes_are_stored_once_without_their_slash() {
        let a = c_prefix("/data");
        assert_eq!(a, c_prefix("/data"));
        // SAFETY: c_prefix returns a NUL-terminated string it keeps.
        let s = unsafe { core::ffi::CStr::from_ptr(a.cast()) };
        assert_eq!(s.to_bytes(), b"data");
        // SAFETY: as above.
        let root = unsafe { core::ffi::CStr::from_ptr(c_prefix("/").cast()) };
        assert_eq!(root.to_bytes(), b"");
    }
}
