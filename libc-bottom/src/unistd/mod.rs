//! `<unistd.h>`: descriptors and process exit.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/unistd.h.html>
//!
//! WASI deviations: descriptors are WASI descriptors (no descriptor table of
//! our own yet); `isatty` trusts the runtime's file type and rights, as a
//! character device that cannot seek; the working directory is emulated
//! (`cwd`), resolved lexically against the preopened directories.

pub mod cwd;
pub mod exit;
pub mod files;
pub mod io;

use crate::errno::Errno;

/// A C descriptor as a WASI one: negative descriptors do not exist.
pub fn wasi_fd(fd: core::ffi::c_int) -> Result<u32, Errno> {
    u32::try_from(fd).map_err(|_| Errno::BADF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_descriptors_are_ebadf() {
        assert_eq!(wasi_fd(-1), Err(Errno::BADF));
        assert_eq!(wasi_fd(3), Ok(3));
    }
}
