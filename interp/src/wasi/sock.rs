//! `sock_accept`, `sock_recv`, `sock_send`, `sock_shutdown`.
//!
//! This host never preopens a socket, so no descriptor is one: each call
//! fails with `badf` for a descriptor that is not open and `notsock` for one
//! that is, after checking its pointers.

use wasmi::{Caller, Error};

use super::{with_memory, Errno, Host};

/// The answer for any socket call on `fd`.
fn not_a_socket(host: &Host, fd: u32) -> Result<(), Errno> {
    host.fds.get(fd)?;
    Err(Errno::Notsock)
}

pub fn sock_accept(
    mut caller: Caller<'_, Host>,
    fd: u32,
    flags: u32,
    out: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "sock_accept",
        |_| format!("fd={fd}, flags={flags:#x}, out={out:#x}"),
        |_, host| not_a_socket(host, fd),
    )
}

pub fn sock_recv(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    flags: u32,
    nread: u32,
    oflags: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "sock_recv",
        |_| {
            format!("fd={fd}, iovs={iovs:#x}, iovs_len={iovs_len}, flags={flags:#x}, nread={nread:#x}, oflags={oflags:#x}")
        },
        |_, host| not_a_socket(host, fd),
    )
}

pub fn sock_send(
    mut caller: Caller<'_, Host>,
    fd: u32,
    iovs: u32,
    iovs_len: u32,
    flags: u32,
    nwritten: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "sock_send",
        |_| {
            format!("fd={fd}, iovs={iovs:#x}, iovs_len={iovs_len}, flags={flags:#x}, nwritten={nwritten:#x}")
        },
        |_, host| not_a_socket(host, fd),
    )
}

pub fn sock_shutdown(mut caller: Caller<'_, Host>, fd: u32, how: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "sock_shutdown",
        |_| format!("fd={fd}, how={how}"),
        |_, host| not_a_socket(host, fd),
    )
}
