//! The bottom half's layout assertions can fail. bindgen writes
//! `sys_layout.rs` with clang's size and member offsets of every shared
//! struct for wasm32, asserted against rustc's layout when libc-bottom is
//! built (see `libc-bottom/build.rs`). This check compiles that file as it
//! is, which must pass, and again with one member added to `struct stat` on
//! the Rust side only, which must fail naming `stat`: proof that C and Rust
//! cannot drift apart unnoticed.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::Outcome;
use crate::toolchain::RUST_TARGET;
use crate::util::target_dir;

/// The newest `sys_layout.rs` that the sysroot build generated.
fn generated() -> Result<PathBuf, String> {
    let build = target_dir().join(RUST_TARGET).join("libc/build");
    let entries = fs::read_dir(&build).map_err(|e| {
        format!(
            "cannot read {} (build the sysroot first): {e}",
            build.display()
        )
    })?;
    entries
        .flatten()
        .map(|e| e.path().join("out/sys_layout.rs"))
        .filter(|p| p.is_file())
        .max_by_key(|p| p.metadata().and_then(|m| m.modified()).ok())
        .ok_or_else(|| format!("no sys_layout.rs under {}", build.display()))
}

/// Compile `source` for wasm32 as a no_std library, type-checking only.
/// Returns the compiler's stderr on failure.
fn compiles(source: &str, scratch: &Path) -> Result<bool, String> {
    let src = scratch.with_extension("rs");
    fs::write(&src, format!("#![no_std]\n{source}"))
        .map_err(|e| format!("cannot write {}: {e}", src.display()))?;
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = Command::new(rustc)
        .args(["--edition", "2021", "--crate-type", "lib", "--target"])
        .arg(RUST_TARGET)
        .args(["--emit=metadata", "-A", "warnings", "-o"])
        .arg(scratch.with_extension("rmeta"))
        .arg(&src)
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    if out.status.success() {
        return Ok(true);
    }
    let err = String::from_utf8_lossy(&out.stderr);
    if err.contains("Size of stat") || err.contains("Offset of field: stat::") {
        Ok(false)
    } else {
        Err(format!(
            "rustc failed for another reason: {}",
            err.lines().next().unwrap_or("")
        ))
    }
}

pub fn assertions_catch_a_changed_struct() -> Outcome {
    let path = generated()?;
    let text =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let dir = target_dir().join("c-tests/checks");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;

    if !compiles(&text, &dir.join("layout-as-generated"))? {
        return Err("the generated layout assertions fail as generated".into());
    }
    let anchor = "pub struct stat {";
    if !text.contains(anchor) {
        return Err(format!("no `{anchor}` in {}", path.display()));
    }
    let changed = text.replacen(anchor, &format!("{anchor}\n    pub probe_extra: u32,"), 1);
    if compiles(&changed, &dir.join("layout-changed"))? {
        return Err("a member added to struct stat on the Rust side went unnoticed".into());
    }
    Ok(())
}
