//! `<dirent.h>`: reading directories over `fd_readdir`.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/readdir.html>
//!
//! `fd_readdir` fills a buffer with entries (a 24-byte header, then the name)
//! starting at a cookie, and may cut the last entry short when the buffer
//! is full. [`Reader`] keeps a buffer and the cookie of the next entry: an
//! entry cut short is fetched again from its own cookie, with a bigger
//! buffer when it alone does not fit. The pure parsing is host-tested.
//! `opendirat` and `fdclosedir` (BSD, offered by wasi-libc) are here too;
//! `scandir`, `scandirat`, `alphasort` and `versionsort` are portable C in
//! the top half.
//!
//! WASI deviations: `telldir` positions are WASI cookies; one that does not
//! fit in a `long` (32 bits here) makes `telldir` fail with EOVERFLOW.

use alloc::vec;
use alloc::vec::Vec;

use crate::errno::Errno;
use crate::sys;

/// Size of the header of an entry in the `fd_readdir` format.
pub const HEADER: usize = 24;

/// One entry as read from the buffer.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    pub next: u64,
    pub ino: u64,
    pub filetype: u8,
    pub name: &'a [u8],
}

/// The entry at the start of `buf`, or `None` when `buf` holds only part
/// of one.
pub fn parse(buf: &[u8]) -> Option<Entry<'_>> {
    let header = buf.get(..HEADER)?;
    let u64_at = |i: usize| {
        header
            .get(i..i + 8)
            .and_then(|b| b.try_into().ok())
            .map(u64::from_le_bytes)
    };
    let namlen = header
        .get(16..20)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)?;
    let name = buf.get(HEADER..HEADER.checked_add(namlen as usize)?)?;
    Some(Entry {
        next: u64_at(0)?,
        ino: u64_at(8)?,
        filetype: header[20],
        name,
    })
}

/// The `d_type` of a WASI file type.
pub fn d_type(filetype: u8) -> u8 {
    (match filetype {
        1 => sys::DT_BLK,
        2 => sys::DT_CHR,
        3 => sys::DT_DIR,
        4 => sys::DT_REG,
        5 | 6 => sys::DT_SOCK,
        7 => sys::DT_LNK,
        _ => sys::DT_UNKNOWN,
    }) as u8
}

/// Where a directory stream is, independent of how entries are fetched.
pub struct Reader {
    buf: Vec<u8>,
    /// Bytes of `buf` the last fetch filled.
    used: usize,
    /// Offset of the next unread entry in `buf`.
    pos: usize,
    /// Cookie of the next unread entry.
    cookie: u64,
    /// Whether the last fetch reached the end of the directory.
    at_end: bool,
}

/// What a [`Reader`] wants next.
pub enum Step<'a> {
    Entry(Entry<'a>),
    End,
}

impl Reader {
    pub fn new() -> Reader {
        Reader {
            buf: vec![0; 4096],
            used: 0,
            pos: 0,
            cookie: 0,
            at_end: false,
        }
    }

    /// Start again from `cookie` (0 is the beginning).
    pub fn seek(&mut self, cookie: u64) {
        self.cookie = cookie;
        self.used = 0;
        self.pos = 0;
        self.at_end = false;
    }

    /// The cookie of the entry `next` would return.
    pub fn tell(&self) -> u64 {
        self.cookie
    }

    /// The next entry, calling `fetch(buf, cookie)` (which returns how many
    /// bytes it wrote) whenever the buffer runs out.
    pub fn next(
        &mut self,
        mut fetch: impl FnMut(&mut [u8], u64) -> Result<usize, Errno>,
    ) -> Result<Step<'_>, Errno> {
        loop {
            let rest = &self.buf[self.pos..self.used];
            if let Some(e) = parse(rest) {
                let len = HEADER + e.name.len();
                self.cookie = e.next;
                let start = self.pos;
                self.pos += len;
                let e = parse(&self.buf[start..start + len]).ok_or(Errno::IO)?;
                return Ok(Step::Entry(e));
            }
            if self.at_end {
                return Ok(Step::End);
            }
            // Only part of an entry, or none, is left: fetch from its cookie.
            // An entry that filled a whole buffer alone needs a bigger one.
            if self.pos == 0 && self.used == self.buf.len() {
                let bigger = self.buf.len().checked_mul(2).ok_or(Errno::NOMEM)?;
                self.buf.resize(bigger, 0);
            }
            let used = fetch(&mut self.buf, self.cookie)?.min(self.buf.len());
            self.at_end = used < self.buf.len();
            self.used = used;
            self.pos = 0;
        }
    }
}

impl Default for Reader {
    fn default() -> Self {
        Reader::new()
    }
}

#[cfg(target_os = "wasi")]
mod imp {
    use alloc::boxed::Box;
    use alloc::vec::Vec;
    use core::ffi::{c_char, c_int, c_long};
    use core::mem::offset_of;

    use super::{d_type, Reader, Step};
    use crate::errno::{Errno, OrMinusOne, OrNull};
    use crate::fdtable;
    use crate::sys;
    use crate::unistd::io::fdstat;
    use crate::wasi;

    /// The C `DIR`: the descriptor, the reader, and the storage of the
    /// `struct dirent` that `readdir` last returned.
    pub struct Dir {
        fd: c_int,
        reader: Reader,
        /// u64 words, so that the dirent inside is aligned for `d_ino`.
        entry: Vec<u64>,
    }

    const NAME: usize = offset_of!(sys::dirent, d_name);

    fn fetch(fd: u32) -> impl FnMut(&mut [u8], u64) -> Result<usize, Errno> {
        move |buf, cookie| {
            let mut used = 0;
            // SAFETY: `buf` is valid for its length; `used` an out-parameter.
            Errno::check(unsafe {
                wasi::fd_readdir(fd, buf.as_mut_ptr(), buf.len(), cookie, &mut used)
            })?;
            Ok(used)
        }
    }

    /// # Safety
    /// `dir` is null or a live `DIR` from `opendir`/`fdopendir`.
    unsafe fn dir_mut<'a>(dir: *mut Dir) -> Result<&'a mut Dir, Errno> {
        // SAFETY: the caller's promise: null or a live Dir.
        unsafe { dir.as_mut() }.ok_or(Errno::BADF)
    }

    #[no_mangle]
    pub extern "C" fn fdopendir(fd: c_int) -> *mut Dir {
        fdopendir_c(fd)
    }

    /// The body of [`fdopendir`], for the functions built on it: they call this
    /// and not the exported name, which a program may define for itself.
    fn fdopendir_c(fd: c_int) -> *mut Dir {
        fdtable::wasi(fd, Errno::NOTDIR)
            .and_then(fdstat)
            .and_then(|st| {
                if st.filetype != wasi::FILETYPE_DIRECTORY {
                    return Err(Errno::NOTDIR);
                }
                let dir = Dir {
                    fd,
                    reader: Reader::new(),
                    entry: Vec::new(),
                };
                Ok(Box::into_raw(Box::new(dir)))
            })
            .or_null()
    }

    /// # Safety
    /// `dir` is null or a live `DIR`.
    #[no_mangle]
    pub unsafe extern "C" fn readdir(dir: *mut Dir) -> *mut sys::dirent {
        // SAFETY: the caller's promise, passed on.
        let result = unsafe { dir_mut(dir) }.and_then(|d| {
            let fd = fdtable::wasi(d.fd, Errno::NOTDIR)?;
            let e = match d.reader.next(fetch(fd))? {
                Step::End => return Ok(core::ptr::null_mut()),
                Step::Entry(e) => e,
            };
            // The dirent: d_ino, d_type, then the name and its NUL.
            let bytes = NAME + e.name.len() + 1;
            d.entry.clear();
            d.entry.resize(bytes.div_ceil(8), 0);
            let p = d.entry.as_mut_ptr().cast::<u8>();
            // SAFETY: `entry` holds at least `bytes` bytes, aligned to 8;
            // the offsets are the C struct's.
            unsafe {
                p.add(offset_of!(sys::dirent, d_ino))
                    .cast::<u64>()
                    .write(e.ino);
                p.add(offset_of!(sys::dirent, d_type))
                    .write(d_type(e.filetype));
                core::ptr::copy_nonoverlapping(e.name.as_ptr(), p.add(NAME), e.name.len());
            }
            Ok(p.cast::<sys::dirent>())
        });
        result.or_null()
    }

    /// # Safety
    /// `dir` is null or a live `DIR`; it is not used again.
    #[no_mangle]
    pub unsafe extern "C" fn closedir(dir: *mut Dir) -> c_int {
        if dir.is_null() {
            return Err::<c_int, _>(Errno::BADF).or_minus_one();
        }
        // SAFETY: a live Dir from Box::into_raw, given back once.
        let dir = unsafe { Box::from_raw(dir) };
        fdtable::close(dir.fd).map(|()| 0).or_minus_one()
    }

    /// # Safety
    /// `dir` is null or a live `DIR`.
    #[no_mangle]
    pub unsafe extern "C" fn dirfd(dir: *mut Dir) -> c_int {
        // SAFETY: the caller's promise, passed on.
        unsafe { dir_mut(dir) }.map(|d| d.fd).or_minus_one()
    }

    /// # Safety
    /// `dir` is null or a live `DIR`.
    #[no_mangle]
    pub unsafe extern "C" fn rewinddir(dir: *mut Dir) {
        // SAFETY: the caller's promise, passed on.
        if let Ok(d) = unsafe { dir_mut(dir) } {
            d.reader.seek(0);
        }
    }

    /// # Safety
    /// `dir` is null or a live `DIR`.
    #[no_mangle]
    pub unsafe extern "C" fn telldir(dir: *mut Dir) -> c_long {
        // SAFETY: the caller's promise, passed on.
        unsafe { dir_mut(dir) }
            .and_then(|d| c_long::try_from(d.reader.tell()).map_err(|_| Errno::OVERFLOW))
            .or_minus_one()
    }

    /// # Safety
    /// `dir` is null or a live `DIR`; `loc` came from `telldir` on it.
    #[no_mangle]
    pub unsafe extern "C" fn seekdir(dir: *mut Dir, loc: c_long) {
        // SAFETY: the caller's promise, passed on.
        if let (Ok(d), Ok(cookie)) = (unsafe { dir_mut(dir) }, u64::try_from(loc)) {
            d.reader.seek(cookie);
        }
    }

    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn opendir(path: *const c_char) -> *mut Dir {
        // SAFETY: the caller's promise, passed on.
        unsafe { opendirat(sys::AT_FDCWD, path) }
    }

    /// `opendir` relative to a directory descriptor (`AT_FDCWD` for the
    /// working directory), as `openat` resolves it.
    ///
    /// # Safety
    /// `path` is null or a NUL-terminated string.
    #[no_mangle]
    pub unsafe extern "C" fn opendirat(dirfd: c_int, path: *const c_char) -> *mut Dir {
        let flags = (sys::O_RDONLY | sys::O_DIRECTORY) as c_int;
        // SAFETY: the caller's promise, passed on.
        let fd = unsafe { crate::fcntl::__libc_openat(dirfd, path, flags) };
        if fd < 0 {
            return core::ptr::null_mut();
        }
        let dir = fdopendir_c(fd);
        if dir.is_null() {
            let _ = fdtable::close(fd);
        }
        dir
    }

    /// Free the stream and return its descriptor, still open: the
    /// inverse of `fdopendir`.
    ///
    /// # Safety
    /// `dir` is null or a live `DIR`; it is not used again.
    #[no_mangle]
    pub unsafe extern "C" fn fdclosedir(dir: *mut Dir) -> c_int {
        if dir.is_null() {
            return Err::<c_int, _>(Errno::BADF).or_minus_one();
        }
        // SAFETY: a live Dir from Box::into_raw, given back once.
        let dir = unsafe { Box::from_raw(dir) };
        dir.fd
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::String;
    use alloc::vec::Vec;

    /// A fake directory of `n` entries in the fd_readdir format, fetched as
    /// a runtime would: from a cookie, cutting the last entry short.
    fn fake(names: &[String]) -> impl FnMut(&mut [u8], u64) -> Result<usize, Errno> + '_ {
        move |buf, cookie| {
            let mut all = Vec::new();
            for (i, name) in names.iter().enumerate().skip(cookie as usize) {
                all.extend_from_slice(&(i as u64 + 1).to_le_bytes());
                all.extend_from_slice(&(100 + i as u64).to_le_bytes());
                all.extend_from_slice(&(name.len() as u32).to_le_bytes());
                all.extend_from_slice(&[4, 0, 0, 0]);
                all.extend_from_slice(name.as_bytes());
            }
            let n = all.len().min(buf.len());
            buf[..n].copy_from_slice(&all[..n]);
            Ok(n)
        }
    }

    fn read_all(r: &mut Reader, names: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        let mut f = fake(names);
        while let Ok(Step::Entry(e)) = r.next(&mut f) {
            out.push(String::from_utf8(e.name.to_vec()).expect("utf-8 names"));
        }
        out
    }

    #[test]
    fn entries_straddling_buffers_are_fetched_again() {
        let names: Vec<String> = (0..10_000).map(|i| alloc::format!("file-{i:05}")).collect();
        let mut r = Reader::new();
        assert_eq!(read_all(&mut r, &names), names);
        r.seek(0);
        assert_eq!(read_all(&mut r, &names).len(), 10_000);
    }

    #[test]
    fn an_entry_larger_than_the_buffer_grows_it() {
        let long = "x".repeat(10_000);
        let names = alloc::vec![String::from("a"), long.clone(), String::from("b")];
        let mut r = Reader::new();
        assert_eq!(read_all(&mut r, &names), names);
    }

    #[test]
    fn tell_and_seek_resume_at_an_entry() {
        let names: Vec<String> = (0..5).map(|i| alloc::format!("{i}")).collect();
        let mut r = Reader::new();
        let mut f = fake(&names);
        let _ = r.next(&mut f);
        let _ = r.next(&mut f);
        let here = r.tell();
        let rest = read_all(&mut r, &names);
        r.seek(here);
        assert_eq!(read_all(&mut r, &names), rest);
        assert_eq!(rest, ["2", "3", "4"]);
    }

    #[test]
    fn parse_refuses_partial_entries() {
        let mut buf = Vec::new();
        buf.extend_from_slice(&1u64.to_le_bytes());
        buf.extend_from_slice(&2u64.to_le_bytes());
        buf.extend_from_slice(&3u32.to_le_bytes());
        buf.extend_from_slice(&[3, 0, 0, 0]);
        assert_eq!(parse(&buf), None);
        buf.extend_from_slice(b"abc");
        assert_eq!(
            parse(&buf),
            Some(Entry {
                next: 1,
                ino: 2,
                filetype: 3,
                name: b"abc"
            })
        );
        assert_eq!(parse(&buf[..10]), None);
    }
}
