//! `wasi-run [OPTIONS] MODULE.wasm [ARGS]...`: runs a WASI preview 1 command
//! module. The exit status is the module's own, 1 if it cannot be started, and
//! 134 if it traps. Options follow wasmtime's spelling; everything after the
//! module path goes to the guest untouched.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use interp::options::{self, EnvVar};
use interp::run::{self, Failure};
use interp::wasi::{Host, Preopen};

/// Run a WASI preview 1 program.
#[derive(Parser)]
#[command(
    name = "wasi-run",
    version,
    override_usage = "wasi-run [OPTIONS] MODULE.wasm [ARGS]..."
)]
struct Cli {
    /// Grant the guest the host directory HOST, seen as GUEST (default:
    /// HOST). Preopened as descriptors 3, 4, ... in the order given.
    #[arg(long = "dir", value_name = "HOST[::GUEST]", value_parser = options::parse_dir)]
    dirs: Vec<Preopen>,

    /// Set a guest environment variable; NAME alone passes on the host's
    /// value, if it has one.
    #[arg(long = "env", value_name = "NAME[=VALUE]", value_parser = options::parse_env)]
    env: Vec<EnvVar>,

    /// The module, then the guest's arguments (the path is its argv[0]).
    #[arg(value_name = "MODULE.wasm", required = true, trailing_var_arg = true)]
    module_and_args: Vec<OsString>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let status = run(cli);
    // The guest's output goes through unbuffered writes, but make sure.
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // Like a shell, keep only the low 8 bits of the status.
    ExitCode::from(status as u8)
}

fn run(cli: Cli) -> i32 {
    for dir in &cli.dirs {
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
    let args = cli
        .module_and_args
        .iter()
        .map(|arg| arg.as_encoded_bytes().to_vec())
        .collect();
    let env = options::environment(&cli.env, |name| {
        std::env::var_os(name).map(|value| value.as_encoded_bytes().to_vec())
    });
    match run::run(&module, Host::new(args, env, cli.dirs)) {
        Ok(status) => status,
        Err(Failure::Load(reason)) => {
            eprintln!("wasi-run: {}: {reason}", module.display());
            run::LOAD_FAILURE_STATUS
        }
        Err(Failure::Trap(message)) => {
            let _ = std::io::stdout().flush();
            eprintln!("wasi-run: trap: {message}");
            eprintln!("wasi-run: (wasmi records no wasm backtrace)");
            run::TRAP_STATUS
        }
    }
}
