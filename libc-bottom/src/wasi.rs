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

pub const PREOPENTYPE_DIR: u8 = 0;
pub const FILETYPE_CHARACTER_DEVICE: u8 = 2;
pub const FILETYPE_DIRECTORY: u8 = 3;
pub const LOOKUPFLAGS_SYMLINK_FOLLOW: u32 = 1;
pub const RIGHTS_FD_SEEK: u64 = 1 << 2;
pub const RIGHTS_FD_TELL: u64 = 1 << 5;

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    pub fn args_sizes_get(argc: *mut usize, buf_size: *mut usize) -> i32;
    pub fn args_get(argv: *mut *mut u8, buf: *mut u8) -> i32;
    pub fn environ_sizes_get(count: *mut usize, buf_size: *mut usize) -> i32;
    pub fn environ_get(environ: *mut *mut u8, buf: *mut u8) -> i32;
    pub fn fd_read(fd: u32, iovs: *const Iovec, iovs_len: usize, nread: *mut usize) -> i32;
    pub fn fd_write(fd: u32, iovs: *const Ciovec, iovs_len: usize, nwritten: *mut usize) -> i32;
    pub fn fd_close(fd: u32) -> i32;
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
    pub fn proc_exit(code: u32) -> !;
}
