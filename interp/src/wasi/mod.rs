//! The WASI preview 1 host: the functions a module imports from
//! `wasi_snapshot_preview1`.
//!
//! All 46 preview 1 functions are registered with their ABI signatures, so any
//! program linked against a preview 1 libc instantiates. Implemented here:
//! `args_get`, `args_sizes_get`, `environ_get`, `environ_sizes_get`,
//! `clock_res_get`, `clock_time_get`, `fd_close`, `fd_fdstat_get`,
//! `fd_fdstat_set_flags`, `fd_prestat_get`, `fd_prestat_dir_name`, `fd_read`,
//! `fd_seek`, `fd_tell`, `fd_write`, `poll_oneoff` (clock subscriptions; stdio
//! descriptors always report ready), `proc_exit`, `random_get`, `sched_yield`.
//!
//! Completed by the full-host issue (they return `nosys` until then):
//! `fd_advise`, `fd_allocate`, `fd_datasync`, `fd_fdstat_set_rights`,
//! `fd_filestat_get`, `fd_filestat_set_size`, `fd_filestat_set_times`,
//! `fd_pread`, `fd_pwrite`, `fd_readdir`, `fd_renumber`, `fd_sync`,
//! `path_create_directory`, `path_filestat_get`, `path_filestat_set_times`,
//! `path_link`, `path_open`, `path_readlink`, `path_remove_directory`,
//! `path_rename`, `path_symlink`, `path_unlink_file`, `proc_raise`,
//! `sock_accept`, `sock_recv`, `sock_send`, `sock_shutdown`.
//!
//! Each function reports failure to the guest as an [`Errno`]; a host-side
//! `Err(wasmi::Error)` is reserved for `proc_exit` and for traps (a module that
//! exports no `memory`).

mod args;
mod clock;
mod errno;
mod fd;
mod fd_table;
mod memory;
mod nosys;
mod poll;
mod proc;
mod random;

use std::fs::File;
use std::time::Instant;

use wasmi::{Caller, Error, Extern, Linker};

pub use errno::Errno;
use fd_table::FdTable;
pub use fd_table::Preopen;
use memory::GuestMemory;

/// The import module name of WASI preview 1.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// The state behind one guest's WASI imports.
pub struct Host {
    /// `argv`, each entry NUL-terminated.
    args: Vec<Vec<u8>>,
    /// `environ` as `NAME=VALUE`, each entry NUL-terminated.
    env: Vec<Vec<u8>>,
    fds: FdTable,
    /// The epoch of the monotonic clock.
    start: Instant,
    /// Opened on the first `random_get`.
    urandom: Option<File>,
}

impl Host {
    /// A host that shows the guest `args` (argv[0] first), `env` as
    /// `NAME=VALUE` entries, and `preopens` as descriptors 3, 4, ...
    pub fn new(args: Vec<Vec<u8>>, env: Vec<Vec<u8>>, preopens: Vec<Preopen>) -> Self {
        let terminate = |mut entry: Vec<u8>| {
            entry.push(0);
            entry
        };
        Host {
            args: args.into_iter().map(terminate).collect(),
            env: env.into_iter().map(terminate).collect(),
            fds: FdTable::new(preopens),
            start: Instant::now(),
            urandom: None,
        }
    }
}

/// Runs one host call: gives `op` the guest memory and the host state, and
/// turns its result into the errno the guest sees.
fn with_memory(
    caller: &mut Caller<'_, Host>,
    op: impl FnOnce(&mut GuestMemory<'_>, &mut Host) -> Result<(), Errno>,
) -> Result<i32, Error> {
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return Err(Error::new(
            "the module calls WASI but exports no memory named `memory`",
        ));
    };
    let (bytes, host) = memory.data_and_store_mut(caller);
    Ok(errno::to_raw(op(&mut GuestMemory::new(bytes), host)))
}

/// Defines every `wasi_snapshot_preview1` function in `linker`.
pub fn add_to_linker(linker: &mut Linker<Host>) -> Result<(), Error> {
    linker.func_wrap(MODULE, "args_get", args::args_get)?;
    linker.func_wrap(MODULE, "args_sizes_get", args::args_sizes_get)?;
    linker.func_wrap(MODULE, "environ_get", args::environ_get)?;
    linker.func_wrap(MODULE, "environ_sizes_get", args::environ_sizes_get)?;
    linker.func_wrap(MODULE, "clock_res_get", clock::clock_res_get)?;
    linker.func_wrap(MODULE, "clock_time_get", clock::clock_time_get)?;
    linker.func_wrap(MODULE, "fd_close", fd::fd_close)?;
    linker.func_wrap(MODULE, "fd_fdstat_get", fd::fd_fdstat_get)?;
    linker.func_wrap(MODULE, "fd_fdstat_set_flags", fd::fd_fdstat_set_flags)?;
    linker.func_wrap(MODULE, "fd_prestat_get", fd::fd_prestat_get)?;
    linker.func_wrap(MODULE, "fd_prestat_dir_name", fd::fd_prestat_dir_name)?;
    linker.func_wrap(MODULE, "fd_read", fd::fd_read)?;
    linker.func_wrap(MODULE, "fd_seek", fd::fd_seek)?;
    linker.func_wrap(MODULE, "fd_tell", fd::fd_tell)?;
    linker.func_wrap(MODULE, "fd_write", fd::fd_write)?;
    linker.func_wrap(MODULE, "poll_oneoff", poll::poll_oneoff)?;
    linker.func_wrap(MODULE, "proc_exit", proc::proc_exit)?;
    linker.func_wrap(MODULE, "random_get", random::random_get)?;
    linker.func_wrap(MODULE, "sched_yield", proc::sched_yield)?;
    nosys::add_to_linker(linker)
}
