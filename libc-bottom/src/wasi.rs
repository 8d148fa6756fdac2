//! The raw `wasi_snapshot_preview1` imports this libc uses, with the types of
//! the WASI preview 1 spec (witx) lowered to wasm32 values. Every function
//! returns the spec's `errno` as an `i32`, 0 for success.
//!
//! Nothing here is safe to call without checking the pointer arguments; the
//! safe wrappers live in the module of the header they serve.

/// A buffer to read into (`iovec`).
#[repr(C)]
pub struct Iovec {
    pub buf: *mut u8,
    pub len: usize,
}

/// A buffer to write from (`ciovec`).
#[repr(C)]
pub struct Ciovec {
    pub buf: *const u8,
    pub len: usize,
}

/// `fdstat`: the file type, flags and rights of a descriptor.
#[repr(C)]
#[derive(Default)]
pub struct Fdstat {
    pub filetype: u8,
    pub flags: u16,
    pub rights_base: u64,
    pub rights_inheriting: u64,
}

const _: () = assert!(core::mem::size_of::<Fdstat>() == 24);
const _: () = assert!(core::mem::size_of::<Iovec>() == 8);

/// `prestat`: what a preopened descriptor is (tag 0: a directory, with the
/// length of its name).
#[repr(C)]
#[derive(Default)]
pub struct Prestat {
    pub tag: u8,
    pub name_len: usize,
}

/// `filestat`: the metadata of a file.
#[repr(C)]
#[derive(Default)]
pub struct Filestat {
    pub dev: u64,
    pub ino: u64,
    pub filetype: u8,
    pub nlink: u64,
    pub size: u64,
    pub atim: u64,
    pub mtim: u64,
    pub ctim: u64,
}

const _: () = assert!(core::mem::size_of::<Prestat>() == 8);
const _: () = assert!(core::mem::size_of::<Filestat>() == 64);
const _: () = assert!(core::mem::offset_of!(Filestat, filetype) == 16);

/// `event` from `poll_oneoff`.
#[repr(C)]
#[derive(Default)]
pub struct Event {
    pub userdata: u64,
    pub error: u16,
    pub kind: u8,
    pub nbytes: u64,
    pub flags: u16,
}

const _: () = assert!(core::mem::size_of::<Event>() == 32);

/// `subscription` for `poll_oneoff` in general: the variant's body is
/// 32 bytes at offset 16 (a clock, or a descriptor for fd_read/fd_write).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Subscription {
    pub userdata: u64,
    pub tag: u8,
    pub pad: [u8; 7],
    pub body: [u64; 4],
}

const _: () = assert!(core::mem::size_of::<Subscription>() == 48);
const _: () = assert!(core::mem::offset_of!(Subscription, body) == 16);

impl Subscription {
    /// Wait until `fd` is ready for `kind` (`EVENTTYPE_FD_READ` or
    /// `EVENTTYPE_FD_WRITE`).
    pub fn fd(userdata: u64, kind: u8, fd: u32) -> Subscription {
        Subscription {
            userdata,
            tag: kind,
            pad: [0; 7],
            body: [u64::from(fd), 0, 0, 0],
        }
    }

    /// The descriptor of an `fd` subscription.
    pub fn descriptor(&self) -> u32 {
        self.body[0] as u32
    }

    /// Wait on `clock` until `timeout` nanoseconds, absolute with
    /// `SUBCLOCKFLAGS_ABSTIME` in `flags`, else relative. The clock variant
    /// is: id (u32, padded to 8), timeout, precision, flags (u16).
    pub fn clock(userdata: u64, clock: u32, timeout: u64, flags: u16) -> Subscription {
        Subscription {
            userdata,
            tag: EVENTTYPE_CLOCK,
            pad: [0; 7],
            body: [u64::from(clock), timeout, 0, u64::from(flags)],
        }
    }
}

pub const EVENTTYPE_FD_READ: u8 = 1;
pub const EVENTTYPE_FD_WRITE: u8 = 2;
pub const EVENTRWFLAGS_HANGUP: u16 = 1;

pub const CLOCKID_REALTIME: u32 = 0;
pub const CLOCKID_MONOTONIC: u32 = 1;
pub const CLOCKID_PROCESS_CPUTIME: u32 = 2;
pub const CLOCKID_THREAD_CPUTIME: u32 = 3;
pub const EVENTTYPE_CLOCK: u8 = 0;
pub const SUBCLOCKFLAGS_ABSTIME: u16 = 1;

/// The header of each entry `fd_readdir` writes; the name follows it.
#[repr(C)]
pub struct Dirent {
    pub next: u64,
    pub ino: u64,
    pub namlen: u32,
    pub filetype: u8,
}

const _: () = assert!(core::mem::size_of::<Dirent>() == 24);
const _: () = assert!(core::mem::offset_of!(Dirent, filetype) == 20);

/// `fstflags`: which timestamps `*_filestat_set_times` sets, and whether
/// to the time given or to now.
pub const FSTFLAGS_ATIM: u32 = 1;
pub const FSTFLAGS_ATIM_NOW: u32 = 2;
pub const FSTFLAGS_MTIM: u32 = 4;
pub const FSTFLAGS_MTIM_NOW: u32 = 8;

pub const PREOPENTYPE_DIR: u8 = 0;
pub const FILETYPE_CHARACTER_DEVICE: u8 = 2;
pub const FILETYPE_REGULAR_FILE: u8 = 4;
pub const FILETYPE_SOCKET_DGRAM: u8 = 5;
pub const FILETYPE_SOCKET_STREAM: u8 = 6;
pub const FDFLAGS_NONBLOCK: u16 = 4;
pub const FILETYPE_DIRECTORY: u8 = 3;
pub const LOOKUPFLAGS_SYMLINK_FOLLOW: u32 = 1;
pub const LOOKUPFLAGS_NONE: u32 = 0;

/// The `rights` bits of the spec, in its order.
pub mod rights {
    pub const FD_DATASYNC: u64 = 1 << 0;
    pub const FD_READ: u64 = 1 << 1;
    pub const FD_SEEK: u64 = 1 << 2;
    pub const FD_FDSTAT_SET_FLAGS: u64 = 1 << 3;
    pub const FD_SYNC: u64 = 1 << 4;
    pub const FD_TELL: u64 = 1 << 5;
    pub const FD_WRITE: u64 = 1 << 6;
    pub const FD_ADVISE: u64 = 1 << 7;
    pub const FD_ALLOCATE: u64 = 1 << 8;
    pub const PATH_CREATE_DIRECTORY: u64 = 1 << 9;
    pub const PATH_CREATE_FILE: u64 = 1 << 10;
    pub const PATH_LINK_SOURCE: u64 = 1 << 11;
    pub const PATH_LINK_TARGET: u64 = 1 << 12;
    pub const PATH_OPEN: u64 = 1 << 13;
    pub const FD_READDIR: u64 = 1 << 14;
    pub const PATH_READLINK: u64 = 1 << 15;
    pub const PATH_RENAME_SOURCE: u64 = 1 << 16;
    pub const PATH_RENAME_TARGET: u64 = 1 << 17;
    pub const PATH_FILESTAT_GET: u64 = 1 << 18;
    pub const PATH_FILESTAT_SET_SIZE: u64 = 1 << 19;
    pub const PATH_FILESTAT_SET_TIMES: u64 = 1 << 20;
    pub const FD_FILESTAT_GET: u64 = 1 << 21;
    pub const FD_FILESTAT_SET_SIZE: u64 = 1 << 22;
    pub const FD_FILESTAT_SET_TIMES: u64 = 1 << 23;
    pub const PATH_SYMLINK: u64 = 1 << 24;
    pub const PATH_REMOVE_DIRECTORY: u64 = 1 << 25;
    pub const PATH_UNLINK_FILE: u64 = 1 << 26;
    pub const POLL_FD_READWRITE: u64 = 1 << 27;
}

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    pub fn args_sizes_get(argc: *mut usize, buf_size: *mut usize) -> i32;
    pub fn args_get(argv: *mut *mut u8, buf: *mut u8) -> i32;
    pub fn environ_sizes_get(count: *mut usize, buf_size: *mut usize) -> i32;
    pub fn environ_get(environ: *mut *mut u8, buf: *mut u8) -> i32;
    pub fn fd_read(fd: u32, iovs: *const Iovec, iovs_len: usize, nread: *mut usize) -> i32;
    pub fn fd_write(fd: u32, iovs: *const Ciovec, iovs_len: usize, nwritten: *mut usize) -> i32;
    pub fn fd_close(fd: u32) -> i32;
    pub fn fd_tell(fd: u32, offset: *mut u64) -> i32;
    pub fn fd_renumber(fd: u32, to: u32) -> i32;
    pub fn sock_accept(fd: u32, flags: u32, new: *mut u32) -> i32;
    pub fn sock_recv(
        fd: u32,
        iovs: *const Iovec,
        iovs_len: usize,
        flags: u32,
        nread: *mut usize,
        oflags: *mut u16,
    ) -> i32;
    pub fn sock_send(
        fd: u32,
        iovs: *const Ciovec,
        iovs_len: usize,
        flags: u32,
        nwritten: *mut usize,
    ) -> i32;
    pub fn sock_shutdown(fd: u32, how: u32) -> i32;
    pub fn fd_seek(fd: u32, offset: i64, whence: u8, newoffset: *mut u64) -> i32;
    pub fn fd_fdstat_get(fd: u32, stat: *mut Fdstat) -> i32;
    pub fn fd_prestat_get(fd: u32, out: *mut Prestat) -> i32;
    pub fn fd_prestat_dir_name(fd: u32, path: *mut u8, len: usize) -> i32;
    pub fn path_filestat_get(
        fd: u32,
        flags: u32,
        path: *const u8,
        path_len: usize,
        out: *mut Filestat,
    ) -> i32;
    pub fn path_open(
        dirfd: u32,
        dirflags: u32,
        path: *const u8,
        path_len: usize,
        oflags: u32,
        rights_base: u64,
        rights_inheriting: u64,
        fdflags: u32,
        fd: *mut u32,
    ) -> i32;
    pub fn fd_filestat_get(fd: u32, out: *mut Filestat) -> i32;
    pub fn fd_filestat_set_size(fd: u32, size: u64) -> i32;
    pub fn fd_pread(
        fd: u32,
        iovs: *const Iovec,
        iovs_len: usize,
        offset: u64,
        n: *mut usize,
    ) -> i32;
    pub fn fd_pwrite(
        fd: u32,
        iovs: *const Ciovec,
        iovs_len: usize,
        offset: u64,
        n: *mut usize,
    ) -> i32;
    pub fn fd_sync(fd: u32) -> i32;
    pub fn fd_datasync(fd: u32) -> i32;
    pub fn path_create_directory(fd: u32, path: *const u8, path_len: usize) -> i32;
    pub fn path_remove_directory(fd: u32, path: *const u8, path_len: usize) -> i32;
    pub fn path_unlink_file(fd: u32, path: *const u8, path_len: usize) -> i32;
    pub fn path_rename(
        fd: u32,
        old: *const u8,
        old_len: usize,
        new_fd: u32,
        new: *const u8,
        new_len: usize,
    ) -> i32;
    pub fn path_symlink(
        old: *const u8,
        old_len: usize,
        fd: u32,
        new: *const u8,
        new_len: usize,
    ) -> i32;
    pub fn path_link(
        old_fd: u32,
        flags: u32,
        old: *const u8,
        old_len: usize,
        new_fd: u32,
        new: *const u8,
        new_len: usize,
    ) -> i32;
    pub fn path_readlink(
        fd: u32,
        path: *const u8,
        path_len: usize,
        buf: *mut u8,
        buf_len: usize,
        n: *mut usize,
    ) -> i32;
    pub fn clock_res_get(id: u32, out: *mut u64) -> i32;
    pub fn clock_time_get(id: u32, precision: u64, out: *mut u64) -> i32;
    pub fn poll_oneoff(
        subs: *const Subscription,
        events: *mut Event,
        n: usize,
        nevents: *mut usize,
    ) -> i32;
    pub fn random_get(buf: *mut u8, len: usize) -> i32;
    pub fn sched_yield() -> i32;
    pub fn fd_readdir(fd: u32, buf: *mut u8, buf_len: usize, cookie: u64, used: *mut usize) -> i32;
    pub fn fd_fdstat_set_flags(fd: u32, flags: u32) -> i32;
    pub fn fd_filestat_set_times(fd: u32, atim: u64, mtim: u64, flags: u32) -> i32;
    pub fn path_filestat_set_times(
        fd: u32,
        lookup: u32,
        path: *const u8,
        path_len: usize,
        atim: u64,
        mtim: u64,
        flags: u32,
    ) -> i32;
    pub fn fd_advise(fd: u32, offset: u64, len: u64, advice: u32) -> i32;
    pub fn fd_allocate(fd: u32, offset: u64, len: u64) -> i32;
    pub fn proc_exit(code: u32) -> !;
}
