//! Building the bundled interpreter, `wasi-run`, for the tasks that run
//! wasm programs (test, bench).

use std::path::PathBuf;
use std::process::Command;

use crate::err;
use crate::util::target_dir;
use crate::util::{project_root, Result};

/// Build `wasi-run` with cargo (`release` for timing, dev otherwise; the
/// engine is optimised in both) and return the path of the binary.
pub fn build(release: bool) -> Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(project_root()).args([
        "build",
        "--quiet",
        "--package",
        "interp",
        "--bin",
        "wasi-run",
    ]);
    if release {
        cmd.arg("--release");
    }
    let status = cmd.status().map_err(|e| err!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(err!("building wasi-run failed"));
    }
    let profile = if release { "release" } else { "debug" };
    Ok(target_dir().join(profile).join("wasi-run"))
}

/// Build the bench's bare runner (`interp/examples/bare_engine.rs`: the same
/// engine with a minimal host) in release mode and return its path.
pub fn build_bare() -> Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(project_root())
        .args([
            "build",
            "--quiet",
            "--release",
            "--package",
            "interp",
            "--example",
            "bare_engine",
        ])
        .status()
        .map_err(|e| err!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(err!("building the bare engine runner failed"));
    }
    Ok(target_dir().join("release/examples/bare_engine"))
}
