//! The `errno` values of WASI preview 1 that this host returns.
//!
//! The numbers are fixed by the `wasi_snapshot_preview1` ABI (`typenames.witx`,
//! type `errno`). Only the variants the host actually produces are listed; add
//! one here, with its ABI number, before returning it.

/// A WASI preview 1 error number, as the guest sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Errno {
    /// Bad file descriptor.
    Badf = 8,
    /// Bad address: a pointer or length reaches outside guest memory.
    Fault = 21,
    /// Invalid argument.
    Inval = 28,
    /// I/O error on the host side.
    Io = 29,
    /// Filename too long (here: a caller's buffer too short for a name).
    Nametoolong = 37,
    /// Function not implemented.
    Nosys = 52,
    /// Not supported on this kind of descriptor.
    Notsup = 58,
    /// Value too large for its type.
    Overflow = 61,
    /// Broken pipe.
    Pipe = 64,
    /// Invalid seek: the descriptor is a stream.
    Spipe = 70,
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
        match error.kind() {
            std::io::ErrorKind::BrokenPipe => Errno::Pipe,
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
        assert_eq!(to_raw(Err(Errno::Io)), 29);
        assert_eq!(to_raw(Err(Errno::Nametoolong)), 37);
        assert_eq!(to_raw(Err(Errno::Nosys)), 52);
        assert_eq!(to_raw(Err(Errno::Notsup)), 58);
        assert_eq!(to_raw(Err(Errno::Overflow)), 61);
        assert_eq!(to_raw(Err(Errno::Pipe)), 64);
        assert_eq!(to_raw(Err(Errno::Spipe)), 70);
    }
}
