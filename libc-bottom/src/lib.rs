//! The bottom half of the libc: the POSIX calls that need the operating
//! system, written over the `wasi_snapshot_preview1` imports.
//!
//! Three layers, each in the module of the header it serves:
//! - [`wasi`]: the raw imports, exactly as the WASI preview 1 spec gives them;
//! - a safe core per area returning `Result<T, Errno>`;
//! - thin `extern "C"` shims, the only place that touches C pointers and the
//!   only place that sets `errno` (through [`errno::OrMinusOne`]).
//!
//! The shims and the imports exist only when building for `target_os =
//! "wasi"`; on the host this crate builds as a plain library so that its pure
//! logic can be unit-tested. C types and constants come from `headers/`
//! through bindgen ([`sys`]). Start-up glue that needs weak symbols or
//! constructors, which stable Rust cannot emit, is C under `c/` and `crt/`.

#![no_std]

extern crate alloc;
#[cfg(test)]
extern crate std;

mod allocator;
pub mod cabi;
pub mod dirent;
pub mod errno;
pub mod fcntl;
pub mod fcntl_ops;
pub mod fdtable;
pub mod ioctl;
pub mod path;
pub mod pipe;
pub mod poll;
pub mod preopen;
pub mod socket;
pub mod start;
pub mod sys;
pub mod sys_stat;
pub mod sys_uio;
pub mod time;
pub mod unistd;
#[cfg(target_os = "wasi")]
pub mod wasi;
pub mod wasilibc;

/// A panic in the libc is a bug in the libc: there is no one to unwind to,
/// so stop the program with a trap (the wasm `unreachable` instruction).
#[cfg(all(target_os = "wasi", not(test)))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    core::arch::wasm32::unreachable()
}
