//! `proc_exit`, `proc_raise` and `sched_yield`.

use std::io::Write;

use wasmi::{Caller, Error};

use super::{with_memory, Errno, Host};

/// Ends the guest: the status travels up as an error that `run` turns into
/// the process exit status.
pub fn proc_exit(mut caller: Caller<'_, Host>, status: u32) -> Result<(), Error> {
    if let Some(out) = caller.data_mut().trace.as_mut() {
        // It does not return, so there is no result to show.
        let _ = writeln!(out, "proc_exit(rval={status}) = ?");
    }
    Err(Error::i32_exit(status as i32))
}

/// Signals are not part of this host: `notsup`, as wasmtime answers.
pub fn proc_raise(mut caller: Caller<'_, Host>, sig: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "proc_raise",
        |_| format!("sig={sig}"),
        |_, _| Err(Errno::Notsup),
    )
}

pub fn sched_yield(mut caller: Caller<'_, Host>) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "sched_yield",
        |_| String::new(),
        |_, _| {
            std::thread::yield_now();
            Ok(())
        },
    )
}
