//! The WASI preview 1 host: the 46 functions a module imports from
//! `wasi_snapshot_preview1`, all implemented.
//!
//! Files and directories are reached only through cap-std [`Dir`] handles of
//! the preopens, so no guest path (`..`, absolute, a symlink chain, a symlink
//! swapped in during a call) resolves outside them. Each function reports
//! failure to the guest as an [`Errno`]; a host-side `Err(wasmi::Error)` is
//! reserved for `proc_exit` and for traps (a module that exports no `memory`).
//!
//! Deviations from wasmtime, on purpose:
//! - `fd_allocate` extends the file as `posix_fallocate` does (wasmtime:
//!   `notsup`); `fd_advise` checks its arguments and gives no advice.
//! - `proc_raise` fails with `notsup`; `sock_*` fail with `badf` for a closed
//!   descriptor and `notsock` otherwise: no sockets are ever preopened.
//! - `path_open` asking for rights beyond the directory's inheriting rights
//!   fails with `notcapable` (wasmtime quietly narrows them).
//!
//! With a tracer set ([`Host::set_trace`]) every call writes one line: its
//! name, its decoded arguments, and its result.
//!
//! [`Dir`]: cap_std::fs::Dir

mod args;
mod clock;
mod errno;
mod fd;
mod fd_table;
mod filestat;
mod flags;
mod io;
mod memory;
mod path;
mod poll;
mod proc;
mod random;
mod readdir;
mod sock;
mod trace;

use std::io::{IsTerminal, Write};

use wasmi::{Caller, Error, Extern, Linker, StoreLimits};

pub use errno::Errno;
pub use fd_table::Preopen;
use fd_table::{Descriptor, FdTable};
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
    clock: clock::Clock,
    random: random::Random,
    /// Where each call is reported, if anywhere.
    trace: Option<Box<dyn Write + Send>>,
    /// Memory and table limits, for the store's limiter.
    pub limits: StoreLimits,
}

/// The `filetype` of a stdio descriptor: a terminal is a character device;
/// pipes and files are `unknown`, as wasmtime reports them.
fn stdio_filetype(is_terminal: bool) -> u8 {
    if is_terminal {
        flags::FILETYPE_CHARACTER_DEVICE
    } else {
        flags::FILETYPE_UNKNOWN
    }
}

impl Host {
    /// A host that shows the guest `args` (argv[0] first), `env` as
    /// `NAME=VALUE` entries, and `preopens` as descriptors 3, 4, ... Fails
    /// with a message if a preopen cannot be opened.
    pub fn new(
        args: Vec<Vec<u8>>,
        env: Vec<Vec<u8>>,
        preopens: &[Preopen],
    ) -> Result<Self, String> {
        let terminate = |mut entry: Vec<u8>| {
            entry.push(0);
            entry
        };
        let dirs = preopens
            .iter()
            .map(|p| Descriptor::preopened(p).map_err(|e| format!("{}: {e}", p.host.display())))
            .collect::<Result<Vec<_>, _>>()?;
        let stdio_types = [
            stdio_filetype(std::io::stdin().is_terminal()),
            stdio_filetype(std::io::stdout().is_terminal()),
            stdio_filetype(std::io::stderr().is_terminal()),
        ];
        Ok(Host {
            args: args.into_iter().map(terminate).collect(),
            env: env.into_iter().map(terminate).collect(),
            fds: FdTable::new(dirs, stdio_types),
            clock: clock::Clock::real(),
            random: random::Random::os(),
            trace: None,
            limits: StoreLimits::default(),
        })
    }

    /// Deterministic mode: virtual clocks (see the `clock` module) and a
    /// random generator seeded with `seed`.
    pub fn set_deterministic(&mut self, seed: u64) {
        self.clock = clock::Clock::virtual_clock();
        self.random = random::Random::seeded(seed);
    }

    /// Seeds `random_get` without touching the clocks.
    pub fn set_seed(&mut self, seed: u64) {
        self.random = random::Random::seeded(seed);
    }

    /// Reports every call to `out`, one line each.
    pub fn set_trace(&mut self, out: Box<dyn Write + Send>) {
        self.trace = Some(out);
    }
}

/// Runs one host call: gives `op` the guest memory and the host state, and
/// turns its result into the errno the guest sees. When tracing, `describe`
/// decodes the arguments (before the call: they are inputs) for the line.
fn with_memory(
    caller: &mut Caller<'_, Host>,
    name: &str,
    describe: impl FnOnce(&GuestMemory<'_>) -> String,
    op: impl FnOnce(&mut GuestMemory<'_>, &mut Host) -> Result<(), Errno>,
) -> Result<i32, Error> {
    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
        return Err(Error::new(
            "the module calls WASI but exports no memory named `memory`",
        ));
    };
    let (bytes, host) = memory.data_and_store_mut(caller);
    let mut mem = GuestMemory::new(bytes);
    let args = host.trace.is_some().then(|| describe(&mem));
    let result = op(&mut mem, host);
    if let (Some(args), Some(out)) = (args, host.trace.as_mut()) {
        trace::line(out, name, &args, result);
    }
    Ok(errno::to_raw(result))
}

/// Defines every `wasi_snapshot_preview1` function in `linker`.
pub fn add_to_linker(linker: &mut Linker<Host>) -> Result<(), Error> {
    linker.func_wrap(MODULE, "args_get", args::args_get)?;
    linker.func_wrap(MODULE, "args_sizes_get", args::args_sizes_get)?;
    linker.func_wrap(MODULE, "environ_get", args::environ_get)?;
    linker.func_wrap(MODULE, "environ_sizes_get", args::environ_sizes_get)?;
    linker.func_wrap(MODULE, "clock_res_get", clock::clock_res_get)?;
    linker.func_wrap(MODULE, "clock_time_get", clock::clock_time_get)?;
    linker.func_wrap(MODULE, "fd_advise", fd::fd_advise)?;
    linker.func_wrap(MODULE, "fd_allocate", fd::fd_allocate)?;
    linker.func_wrap(MODULE, "fd_close", fd::fd_close)?;
    linker.func_wrap(MODULE, "fd_datasync", fd::fd_datasync)?;
    linker.func_wrap(MODULE, "fd_fdstat_get", fd::fd_fdstat_get)?;
    linker.func_wrap(MODULE, "fd_fdstat_set_flags", fd::fd_fdstat_set_flags)?;
    linker.func_wrap(MODULE, "fd_fdstat_set_rights", fd::fd_fdstat_set_rights)?;
    linker.func_wrap(MODULE, "fd_filestat_get", filestat::fd_filestat_get)?;
    linker.func_wrap(
        MODULE,
        "fd_filestat_set_size",
        filestat::fd_filestat_set_size,
    )?;
    linker.func_wrap(
        MODULE,
        "fd_filestat_set_times",
        filestat::fd_filestat_set_times,
    )?;
    linker.func_wrap(MODULE, "fd_pread", io::fd_pread)?;
    linker.func_wrap(MODULE, "fd_prestat_get", fd::fd_prestat_get)?;
    linker.func_wrap(MODULE, "fd_prestat_dir_name", fd::fd_prestat_dir_name)?;
    linker.func_wrap(MODULE, "fd_pwrite", io::fd_pwrite)?;
    linker.func_wrap(MODULE, "fd_read", io::fd_read)?;
    linker.func_wrap(MODULE, "fd_readdir", readdir::fd_readdir)?;
    linker.func_wrap(MODULE, "fd_renumber", fd::fd_renumber)?;
    linker.func_wrap(MODULE, "fd_seek", io::fd_seek)?;
    linker.func_wrap(MODULE, "fd_sync", fd::fd_sync)?;
    linker.func_wrap(MODULE, "fd_tell", io::fd_tell)?;
    linker.func_wrap(MODULE, "fd_write", io::fd_write)?;
    linker.func_wrap(MODULE, "path_create_directory", path::path_create_directory)?;
    linker.func_wrap(MODULE, "path_filestat_get", filestat::path_filestat_get)?;
    linker.func_wrap(
        MODULE,
        "path_filestat_set_times",
        filestat::path_filestat_set_times,
    )?;
    linker.func_wrap(MODULE, "path_link", path::path_link)?;
    linker.func_wrap(MODULE, "path_open", path::path_open)?;
    linker.func_wrap(MODULE, "path_readlink", path::path_readlink)?;
    linker.func_wrap(MODULE, "path_remove_directory", path::path_remove_directory)?;
    linker.func_wrap(MODULE, "path_rename", path::path_rename)?;
    linker.func_wrap(MODULE, "path_symlink", path::path_symlink)?;
    linker.func_wrap(MODULE, "path_unlink_file", path::path_unlink_file)?;
    linker.func_wrap(MODULE, "poll_oneoff", poll::poll_oneoff)?;
    linker.func_wrap(MODULE, "proc_exit", proc::proc_exit)?;
    linker.func_wrap(MODULE, "proc_raise", proc::proc_raise)?;
    linker.func_wrap(MODULE, "random_get", random::random_get)?;
    linker.func_wrap(MODULE, "sched_yield", proc::sched_yield)?;
    linker.func_wrap(MODULE, "sock_accept", sock::sock_accept)?;
    linker.func_wrap(MODULE, "sock_recv", sock::sock_recv)?;
    linker.func_wrap(MODULE, "sock_send", sock::sock_send)?;
    linker.func_wrap(MODULE, "sock_shutdown", sock::sock_shutdown)?;
    Ok(())
}
