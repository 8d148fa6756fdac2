//! `<unistd.h>`: descriptors and process exit.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/unistd.h.html>
//!
//! WASI deviations: descriptors are the libc's ([`crate::fdtable`]): WASI
//! descriptors under their own numbers until the program dups or pipes;
//! `isatty` trusts the runtime's file type and rights, as a character
//! device that cannot seek; the working directory is emulated (`cwd`),
//! resolved lexically against the preopened directories.

pub mod cwd;
pub mod dup;
pub mod exit;
pub mod files;
pub mod io;
