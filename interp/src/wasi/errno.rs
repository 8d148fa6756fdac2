//! The `errno` values of WASI preview 1 that this host returns.
//!
//! The numbers are fixed by the `wasi_snapshot_preview1` ABI (`typenames.witx`,
//! type `errno`). Only the variants the host actually produces are listed; add
//! one here, with its ABI number and its name, before returning it.
//!
//! Host I/O errors are translated from the host's Linux `errno` where there
//! is one, and from the error's kind otherwise (cap-std reports a path that
//! would leave its directory as `PermissionDenied` with no OS number: the
//! guest sees `perm`).

/// A WASI preview 1 error number, as the guest sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Errno {
    /// Permission denied.
    Acces = 2,
    /// Resource unavailable, try again.
    Again = 6,
    /// Bad file descriptor.
    Badf = 8,
    /// Device or resource busy.
    Busy = 10,
    /// File exists.
    Exist = 20,
    /// Bad address: a pointer or length reaches outside guest memory.
    Fault = 21,
    /// File too large.
    Fbig = 22,
    /// Illegal byte sequence: a path that is not UTF-8.
    Ilseq = 25,
    /// Interrupted function.
    Intr = 27,
    /// Invalid argument.
    Inval = 28,
    /// I/O error on the host side.
    Io = 29,
    /// Is a directory.
    Isdir = 31,
    /// Too many levels of symbolic links.
    Loop = 32,
    /// File descriptor value too large.
    Mfile = 33,
    /// Too many links.
    Mlink = 34,
    /// Filename too long (also: a caller's buffer too short for a name).
    Nametoolong = 37,
    /// Too many files open in the system.
    Nfile = 41,
    /// No such file or directory.
    Noent = 44,
    /// Not enough space.
    Nomem = 48,
    /// No space left on device.
    Nospc = 51,
    /// Function not implemented.
    Nosys = 52,
    /// Not a directory.
    Notdir = 54,
    /// Directory not empty.
    Notempty = 55,
    /// Not a socket.
    Notsock = 57,
    /// Not supported on this kind of descriptor.
    Notsup = 58,
    /// No such device or address.
    Nxio = 60,
    /// Value too large for its type.
    Overflow = 61,
    /// Operation not permitted.
    Perm = 63,
    /// Broken pipe.
    Pipe = 64,
    /// Read-only file system.
    Rofs = 69,
    /// Invalid seek: the descriptor is a stream.
    Spipe = 70,
    /// Text file busy.
    Txtbsy = 74,
    /// Cross-device link.
    Xdev = 75,
    /// The descriptor lacks the right the call needs.
    Notcapable = 76,
}

impl Errno {
    /// The lower-case name the witx gives the value, for traces.
    pub fn name(self) -> &'static str {
        match self {
            Errno::Acces => "acces",
            Errno::Again => "again",
            Errno::Badf => "badf",
            Errno::Busy => "busy",
            Errno::Exist => "exist",
            Errno::Fault => "fault",
            Errno::Fbig => "fbig",
            Errno::Ilseq => "ilseq",
            Errno::Intr => "intr",
            Errno::Inval => "inval",
            Errno::Io => "io",
            Errno::Isdir => "isdir",
            Errno::Loop => "loop",
            Errno::Mfile => "mfile",
            Errno::Mlink => "mlink",
            Errno::Nametoolong => "nametoolong",
            Errno::Nfile => "nfile",
            Errno::Noent => "noent",
            Errno::Nomem => "nomem",
            Errno::Nospc => "nospc",
            Errno::Nosys => "nosys",
            Errno::Notdir => "notdir",
            Errno::Notempty => "notempty",
            Errno::Notsock => "notsock",
            Errno::Notsup => "notsup",
            Errno::Nxio => "nxio",
            Errno::Overflow => "overflow",
            Errno::Perm => "perm",
            Errno::Pipe => "pipe",
            Errno::Rofs => "rofs",
            Errno::Spipe => "spipe",
            Errno::Txtbsy => "txtbsy",
            Errno::Xdev => "xdev",
            Errno::Notcapable => "notcapable",
        }
    }

    /// The WASI value for a Linux `errno`, if this host knows it.
    fn from_linux(code: i32) -> Option<Self> {
        Some(match code {
            1 => Errno::Perm,
            2 => Errno::Noent,
            4 => Errno::Intr,
            5 => Errno::Io,
            6 => Errno::Nxio,
            9 => Errno::Badf,
            11 => Errno::Again,
            12 => Errno::Nomem,
            13 => Errno::Acces,
            14 => Errno::Fault,
            16 => Errno::Busy,
            17 => Errno::Exist,
            18 => Errno::Xdev,
            20 => Errno::Notdir,
            21 => Errno::Isdir,
            22 => Errno::Inval,
            23 => Errno::Nfile,
            24 => Errno::Mfile,
            26 => Errno::Txtbsy,
            27 => Errno::Fbig,
            28 => Errno::Nospc,
            29 => Errno::Spipe,
            30 => Errno::Rofs,
            31 => Errno::Mlink,
            32 => Errno::Pipe,
            36 => Errno::Nametoolong,
            38 => Errno::Nosys,
            39 => Errno::Notempty,
            40 => Errno::Loop,
            75 => Errno::Overflow,
            84 => Errno::Ilseq,
            88 => Errno::Notsock,
            95 => Errno::Notsup,
            _ => return None,
        })
    }
}

/// The raw value returned to the guest for a host call's result: 0 on success.
///
/// This is the only place where an [`Errno`] becomes a number.
pub fn to_raw(result: Result<(), Errno>) -> i32 {
    match result {
        Ok(()) => 0,
        Err(errno) => i32::from(errno as u16),
    }
}

impl From<std::io::Error> for Errno {
    fn from(error: std::io::Error) -> Self {
        use std::io::ErrorKind;
        if cfg!(target_os = "linux") {
            if let Some(errno) = error.raw_os_error().and_then(Errno::from_linux) {
                return errno;
            }
        }
        match error.kind() {
            ErrorKind::NotFound => Errno::Noent,
            ErrorKind::PermissionDenied => Errno::Perm,
            ErrorKind::AlreadyExists => Errno::Exist,
            ErrorKind::BrokenPipe => Errno::Pipe,
            ErrorKind::InvalidInput => Errno::Inval,
            ErrorKind::WouldBlock => Errno::Again,
            ErrorKind::Interrupted => Errno::Intr,
            ErrorKind::Unsupported => Errno::Notsup,
            ErrorKind::NotADirectory => Errno::Notdir,
            ErrorKind::IsADirectory => Errno::Isdir,
            ErrorKind::DirectoryNotEmpty => Errno::Notempty,
            ErrorKind::ReadOnlyFilesystem => Errno::Rofs,
            ErrorKind::CrossesDevices => Errno::Xdev,
            ErrorKind::StorageFull => Errno::Nospc,
            ErrorKind::FileTooLarge => Errno::Fbig,
            ErrorKind::OutOfMemory => Errno::Nomem,
            _ => Errno::Io,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abi_numbers() {
        assert_eq!(to_raw(Ok(())), 0);
        assert_eq!(to_raw(Err(Errno::Badf)), 8);
        assert_eq!(to_raw(Err(Errno::Fault)), 21);
        assert_eq!(to_raw(Err(Errno::Inval)), 28);
        assert_eq!(to_raw(Err(Errno::Noent)), 44);
        assert_eq!(to_raw(Err(Errno::Notdir)), 54);
        assert_eq!(to_raw(Err(Errno::Perm)), 63);
        assert_eq!(to_raw(Err(Errno::Spipe)), 70);
        assert_eq!(to_raw(Err(Errno::Notcapable)), 76);
    }

    #[test]
    fn host_errors() {
        let os = |code| Errno::from(std::io::Error::from_raw_os_error(code));
        if cfg!(target_os = "linux") {
            assert_eq!(os(2), Errno::Noent);
            assert_eq!(os(20), Errno::Notdir);
            assert_eq!(os(39), Errno::Notempty);
            assert_eq!(os(40), Errno::Loop);
        }
        let escape = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "outside");
        assert_eq!(Errno::from(escape), Errno::Perm);
        assert_eq!(Errno::Notcapable.name(), "notcapable");
    }
}
