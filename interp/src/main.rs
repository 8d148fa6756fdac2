//! `wasi-run [OPTIONS] MODULE.wasm [ARGS]...`: runs a WASI preview 1 module.
//! Options follow wasmtime's spelling; everything after the module path goes
//! to the guest untouched (or, with `--invoke`, to the invoked function).
//!
//! Exit status: the module's own (`proc_exit`, or 0 when it returns); 1 if
//! it cannot be started (unreadable, not wasm, invalid, a missing import, a
//! preopen or option value it cannot use); 2 for a command line that does not
//! parse (clap's usage error); 134 if it traps, which includes running out of
//! `--fuel` and overflowing `--max-wasm-stack`; 124 if `--timeout` expires
//! (the convention of GNU `timeout`), with a one-line message on stderr.
//! A trap also prints a wasm backtrace, named from the module's `name`
//! section (see `backtrace.rs` for how it is kept).

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches, Parser};
use interp::options::{self, EnvVar};
use interp::run::{self, Entry, Failure, Limits};
use interp::wasi::{Host, Preopen};

/// The exit status when `--timeout` expires.
const TIMEOUT_STATUS: i32 = 124;

/// Run a WASI preview 1 program.
#[derive(Parser)]
#[command(
    name = "wasi-run",
    version,
    override_usage = "wasi-run [OPTIONS] MODULE.wasm [ARGS]..."
)]
struct Cli {
    /// Grant the guest the host directory HOST, seen as GUEST (default:
    /// HOST). Preopened as descriptors 3, 4, ... in command-line order.
    #[arg(long = "dir", value_name = "HOST[::GUEST]", value_parser = options::parse_dir)]
    dirs: Vec<Preopen>,

    /// Like --dir, but the guest can change nothing under it, and cannot
    /// gain the rights to.
    #[arg(long = "readonly-dir", value_name = "HOST[::GUEST]", value_parser = options::parse_readonly_dir)]
    readonly_dirs: Vec<Preopen>,

    /// Set a guest environment variable; NAME alone passes on the host's
    /// value, if it has one.
    #[arg(long = "env", value_name = "NAME[=VALUE]", value_parser = options::parse_env)]
    env: Vec<EnvVar>,

    /// Pass the whole host environment to the guest (--env still overrides).
    #[arg(long = "inherit-env")]
    inherit_env: bool,

    /// The guest's argv[0] (default: the module path).
    #[arg(long = "argv0", value_name = "NAME")]
    argv0: Option<OsString>,

    /// Call the export FUNC instead of `_start` (after `_initialize`, if
    /// exported), passing ARGS as its parameters, and print its results.
    #[arg(long = "invoke", value_name = "FUNC")]
    invoke: Option<String>,

    /// Trap after about N wasm instructions (wasmi also charges for compiling
    /// each function, and each call spends about a dozen on the bookkeeping
    /// that gives traps a backtrace).
    #[arg(long = "fuel", value_name = "N")]
    fuel: Option<u64>,

    /// The most bytes any linear memory may grow to (default 2 GiB).
    #[arg(long = "max-memory", value_name = "BYTES")]
    max_memory: Option<usize>,

    /// The most bytes of wasm value stack.
    #[arg(long = "max-wasm-stack", value_name = "BYTES")]
    max_wasm_stack: Option<usize>,

    /// Stop the module after SECONDS (fractions allowed), with exit status 124.
    #[arg(long = "timeout", value_name = "SECONDS")]
    timeout: Option<f64>,

    /// Virtual clocks from a fixed instant and a seeded random_get, so runs
    /// repeat exactly.
    #[arg(long = "deterministic")]
    deterministic: bool,

    /// The seed of random_get (default 0 with --deterministic).
    #[arg(long = "seed", value_name = "N")]
    seed: Option<u64>,

    /// Print every WASI call to stderr.
    #[arg(long = "trace")]
    trace: bool,

    /// Print every WASI call to FILE.
    #[arg(long = "trace-file", value_name = "FILE")]
    trace_file: Option<PathBuf>,

    /// The module, then the guest's arguments.
    #[arg(value_name = "MODULE.wasm", required = true, trailing_var_arg = true)]
    module_and_args: Vec<OsString>,
}

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let order = |id: &str| -> Vec<usize> {
        matches
            .indices_of(id)
            .map(|indices| indices.collect())
            .unwrap_or_default()
    };
    let (dir_order, readonly_order) = (order("dirs"), order("readonly_dirs"));
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => error.exit(),
    };
    // The preopens in command-line order, whichever option gave them.
    let mut preopens: Vec<(usize, Preopen)> = dir_order
        .into_iter()
        .zip(cli.dirs.iter().cloned())
        .chain(
            readonly_order
                .into_iter()
                .zip(cli.readonly_dirs.iter().cloned()),
        )
        .collect();
    preopens.sort_by_key(|(index, _)| *index);
    let preopens: Vec<Preopen> = preopens.into_iter().map(|(_, p)| p).collect();

    let status = run(cli, &preopens);
    // The guest's output goes through unbuffered writes, but make sure.
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // Like a shell, keep only the low 8 bits of the status.
    ExitCode::from(status as u8)
}

/// Ends the process with status 124 once `seconds` have passed.
fn start_watchdog(seconds: f64) -> Result<(), String> {
    let limit = Duration::try_from_secs_f64(seconds)
        .map_err(|_| format!("--timeout {seconds}: not a duration in seconds"))?;
    std::thread::spawn(move || {
        std::thread::sleep(limit);
        let _ = std::io::stdout().flush();
        eprintln!("wasi-run: timeout: the module ran longer than {seconds} s");
        std::process::exit(TIMEOUT_STATUS);
    });
    Ok(())
}

fn run(cli: Cli, preopens: &[Preopen]) -> i32 {
    for dir in preopens {
        if !dir.host.is_dir() {
            eprintln!("wasi-run: --dir {}: not a directory", dir.host.display());
            return run::LOAD_FAILURE_STATUS;
        }
    }
    let Some(module) = cli.module_and_args.first() else {
        eprintln!("wasi-run: no module given");
        return run::LOAD_FAILURE_STATUS;
    };
    let module = PathBuf::from(module);
    let guest_args = &cli.module_and_args[1..];
    let argv0 = cli.argv0.as_ref().unwrap_or(&cli.module_and_args[0]);
    let args = std::iter::once(argv0)
        .chain(guest_args)
        .map(|arg| arg.as_encoded_bytes().to_vec())
        .collect();
    let mut vars = Vec::new();
    if cli.inherit_env {
        for (name, value) in std::env::vars_os() {
            if let (Ok(name), Ok(value)) = (name.into_string(), value.into_string()) {
                vars.push(EnvVar {
                    name,
                    value: Some(value),
                });
            }
        }
    }
    vars.extend(cli.env.iter().cloned());
    let env = options::environment(&vars, |name| {
        std::env::var_os(name).map(|value| value.as_encoded_bytes().to_vec())
    });
    let mut host = match Host::new(args, env, preopens) {
        Ok(host) => host,
        Err(message) => {
            eprintln!("wasi-run: --dir {message}");
            return run::LOAD_FAILURE_STATUS;
        }
    };
    if cli.deterministic {
        host.set_deterministic(cli.seed.unwrap_or(0));
    } else if let Some(seed) = cli.seed {
        host.set_seed(seed);
    }
    if let Some(file) = &cli.trace_file {
        match std::fs::File::create(file) {
            Ok(out) => host.set_trace(Box::new(std::io::LineWriter::new(out))),
            Err(error) => {
                eprintln!("wasi-run: --trace-file {}: {error}", file.display());
                return run::LOAD_FAILURE_STATUS;
            }
        }
    } else if cli.trace {
        host.set_trace(Box::new(std::io::stderr()));
    }
    let limits = Limits {
        fuel: cli.fuel,
        max_memory: cli.max_memory,
        max_wasm_stack: cli.max_wasm_stack,
    };
    let entry = match cli.invoke {
        Some(name) => Entry::Invoke {
            name,
            args: guest_args
                .iter()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect(),
        },
        None => Entry::Start,
    };
    if let Some(seconds) = cli.timeout {
        if let Err(message) = start_watchdog(seconds) {
            eprintln!("wasi-run: {message}");
            return run::LOAD_FAILURE_STATUS;
        }
    }
    match run::run(&module, host, &limits, &entry) {
        Ok(status) => status,
        Err(Failure::Load(reason)) => {
            eprintln!("wasi-run: {}: {reason}", module.display());
            run::LOAD_FAILURE_STATUS
        }
        Err(Failure::Trap(message, frames)) => {
            let _ = std::io::stdout().flush();
            eprintln!("wasi-run: trap: {message}");
            if !frames.is_empty() {
                eprintln!("wasm backtrace:");
                for frame in frames {
                    eprintln!("{frame}");
                }
            }
            run::TRAP_STATUS
        }
    }
}
