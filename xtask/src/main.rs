//! `cargo xtask`: the build driver of the sysroot.
//!
//! Every subcommand is declared here, with its documentation; each lives in
//! a module of its own. See ARCHITECTURE.md for how the pieces fit.

mod abi;
mod bench;
mod dist;
mod install;
mod symbols;
mod sysroot;
mod test;
#[cfg(test)]
mod tidy;
mod toolchain;
mod unicode;
mod util;
mod wasi_run;
mod wasm_object;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Build, test and package the WASI sysroot"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the sysroot (headers, crt objects, libc.a, empty companion libraries).
    Sysroot {
        /// Where to put the sysroot [default: target/sysroot].
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Run every test: cargo tests, then the C tests against the sysroot under wasi-run.
    Test {
        /// Rewrite the expected output of the C tests from their current output.
        #[arg(long)]
        bless: bool,
        /// Only run the C tests whose path contains this string.
        filter: Option<String>,
        /// Run the C tests' modules under this wasmtime instead of wasi-run
        /// (a cross-check; tests marked `// wasmtime: no` are left out).
        #[arg(long, value_name = "WASMTIME")]
        wasmtime: Option<std::path::PathBuf>,
    },
    /// Compare speed and size with the reference sysroot (Debian's wasi-libc).
    Bench {
        /// How many times to run each program on each sysroot.
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Write a reproducible target/dist/wasi-sysroot-<version>.tar.gz and its .sha256.
    Dist,
    /// Install the sysroot for a toolchain or a distribution package.
    Install(install::Args),
    /// Print what the toolchain discovery found, and what is missing.
    Doctor,
    /// Compare our headers' ABI with wasi-libc's: types, members, values, prototypes, macros.
    AbiCheck,
    /// Report which wasi-libc symbols we define; check the ABI snapshots in snapshots/.
    Symbols {
        /// Rewrite the snapshots from the current build.
        #[arg(long)]
        bless: bool,
    },
    /// Generate the wide-character tables from the Unicode Character Database.
    Unicode {
        /// Fail if the committed tables differ from what would be generated.
        #[arg(long)]
        check: bool,
        /// Where UnicodeData.txt and friends are [default: /usr/share/unicode].
        #[arg(long)]
        ucd: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Sysroot { out } => {
            let out = out.map_or_else(sysroot::default_dir, |o| util::absolute(&o));
            sysroot::run(&out).map(|_| ())
        }
        Command::Test {
            bless,
            filter,
            wasmtime,
        } => test::run(bless, filter.as_deref(), wasmtime),
        Command::Bench { runs } => bench::run(runs),
        Command::Dist => dist::run().map(|_| ()),
        Command::Install(args) => install::run(&args),
        Command::Doctor => toolchain::doctor(),
        Command::AbiCheck => abi::run(),
        Command::Symbols { bless } => symbols::run(bless),
        Command::Unicode { check, ucd } => unicode::run(check, ucd.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
