//! `cargo xtask test`: the one test command.
//!
//! In order: `cargo test --workspace`; build the sysroot and `wasi-run`;
//! check the built libraries (see [`checks`]); then compile every C test
//! under `tests/` against the sysroot with stock clang, run it under
//! `wasi-run`, and compare its exit status and stdout with the expectation
//! beside it. A test marked `// portable` is also built natively with the
//! host compiler and glibc, and must print exactly the same.
//!
//! A C test is `tests/<area>/<name>.c` with its expected stdout in
//! `<name>.stdout`. Directives are `//` lines at the top of the file:
//! `// portable`, `// args: a b c`, `// env: NAME=VALUE` (repeatable),
//! `// exit: N` (default 0), `// scratch` (run in a fresh empty directory:
//! the native run's working directory, the guest's preopened `/`; such a
//! test names files by relative paths only), `// clock: real` (run with the
//! real clocks and entropy; by default the wasm run is `--deterministic`).

mod checks;
mod ctest;
mod headers;
mod layout;
mod namespace;

use std::process::Command;
use std::sync::Mutex;

use crate::util::{project_root, Result};
use crate::{sysroot, toolchain, wasi_run};

/// The outcome of one test: `Err` holds the one-line reason it failed.
pub type Outcome = std::result::Result<(), String>;

/// Collects outcomes and prints one line per failure.
#[derive(Default)]
pub struct Tally {
    results: Mutex<Vec<(String, Outcome)>>,
}

impl Tally {
    pub fn record(&self, name: &str, outcome: Outcome) {
        if let Err(why) = &outcome {
            println!("FAIL {name}: {why}");
        }
        self.results
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push((name.to_string(), outcome));
    }

    fn counts(&self) -> (usize, usize) {
        let r = self.results.lock().unwrap_or_else(|p| p.into_inner());
        let failed = r.iter().filter(|(_, o)| o.is_err()).count();
        (r.len() - failed, failed)
    }
}

pub fn run(bless: bool, filter: Option<&str>, wasmtime: Option<std::path::PathBuf>) -> Result<()> {
    let tally = Tally::default();
    let root = project_root();

    if filter.is_none() {
        eprintln!("== cargo test --workspace");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let ok = Command::new(cargo)
            .current_dir(&root)
            .args(["test", "--workspace", "--quiet"])
            .status()
            .is_ok_and(|s| s.success());
        tally.record(
            "cargo test --workspace",
            if ok {
                Ok(())
            } else {
                Err("failed (output above)".into())
            },
        );
    }

    eprintln!("== sysroot");
    let out = sysroot::default_dir();
    let built = sysroot::run(&out)?;
    let tc = toolchain::discover()?;
    let runner = wasi_run::build(false)?;

    if filter.is_none() {
        eprintln!("== checks");
        checks::run(&tc, &built, &runner, &tally);
        checks::symbols(&tc, &built, bless, &tally);
        headers::run(&tc, &tally);
        tally.record(
            "check: bindgen layout assertions catch a changed struct",
            layout::assertions_catch_a_changed_struct(),
        );
    }

    eprintln!("== C tests");
    let host_cc = toolchain::host_cc()?;
    ctest::run_all(
        &ctest::Env {
            tc: &tc,
            sysroot: &built.dir,
            runner: &runner,
            host_cc: &host_cc,
            host_cxx: toolchain::host_cxx().ok(),
            libcxx: toolchain::debian_libcxx(),
            reference_include: Some(crate::abi::reference_include()).filter(|d| d.is_dir()),
            cross_built: Default::default(),
            wasmtime,
        },
        bless,
        filter,
        &tally,
    )?;

    let (passed, failed) = tally.counts();
    // The count is the last line of the run, whatever happened.
    println!("{passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}
