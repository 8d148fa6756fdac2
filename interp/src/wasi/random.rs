//! `random_get`: bytes from the host's `/dev/urandom`.

use std::fs::File;
use std::io::Read;

use wasmi::{Caller, Error};

use super::{with_memory, Errno, Host};

pub fn random_get(mut caller: Caller<'_, Host>, buf: u32, buf_len: u32) -> Result<i32, Error> {
    with_memory(&mut caller, |mem, host| {
        let out = mem.slice_mut(buf, buf_len)?;
        let urandom = match &mut host.urandom {
            Some(file) => file,
            slot => slot.insert(File::open("/dev/urandom").map_err(|_| Errno::Io)?),
        };
        urandom.read_exact(out).map_err(|_| Errno::Io)
    })
}
