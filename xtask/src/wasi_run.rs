//! Building the bundled interpreter, `wasi-run`, for the tasks that run
//! wasm programs (test, bench), and the bench's bare-engine runner.

use std::path::PathBuf;
use std::process::Command;

use crate::err;
use crate::util::target_dir;
use crate::util::{project_root, Result};

/// `cargo build` of one target of the interp package (`what` selects it,
/// e.g. `["--bin", "wasi-run"]`), in release mode or dev (the engine is
/// optimised in both).
fn cargo_build(what: [&str; 2], release: bool) -> Result<()> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(project_root())
        .args(["build", "--quiet", "--package", "interp"])
        .args(what);
    if release {
        cmd.arg("--release");
    }
    let status = cmd.status().map_err(|e| err!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(err!("building {} failed", what[1]));
    }
    Ok(())
}

/// Build `wasi-run` (`release` for timing, dev otherwise) and return the
/// path of the binary.
pub fn build(release: bool) -> Result<PathBuf> {
    cargo_build(["--bin", "wasi-run"], release)?;
    let profile = if release { "release" } else { "debug" };
    Ok(target_dir().join(profile).join("wasi-run"))
}

/// Build the bench's bare runner (`interp/examples/bare_engine.rs`: the same
/// engine with a minimal host) in release mode and return its path.
pub fn build_bare() -> Result<PathBuf> {
    cargo_build(["--example", "bare_engine"], true)?;
    Ok(target_dir().join("release/examples/bare_engine"))
}
