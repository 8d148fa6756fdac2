//! `_exit` and `_Exit`: end the process now, without running `atexit`
//! handlers or flushing streams (that is `exit`, in the top half).

use core::ffi::c_int;

/// Exit statuses are the low 8 bits, as on POSIX systems, so that a
/// negative or large status means the same thing everywhere.
pub fn status(code: c_int) -> u32 {
    (code & 0xff) as u32
}

/// End the process with `code`, now.
#[cfg(target_os = "wasi")]
pub fn exit_now(code: c_int) -> ! {
    // SAFETY: proc_exit takes a plain integer and does not return.
    unsafe { crate::wasi::proc_exit(status(code)) }
}

#[cfg(target_os = "wasi")]
mod shims {
    use core::ffi::c_int;

    #[no_mangle]
    pub extern "C" fn _Exit(code: c_int) -> ! {
        super::exit_now(code)
    }

    #[no_mangle]
    pub extern "C" fn _exit(code: c_int) -> ! {
        super::exit_now(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_keeps_the_low_byte() {
        assert_eq!(status(0), 0);
        assert_eq!(status(3), 3);
        assert_eq!(status(256), 0);
        assert_eq!(status(-1), 255);
    }
}
