//! Checks of the built sysroot itself, beyond the C tests: what `libc.a`
//! exports, that the companion libraries link, that a rebuild is a no-op,
//! that C functions keep to C's namespace (namespace.rs), and that the
//! launchers compile for both triples.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

use walkdir::WalkDir;

use super::{Outcome, Tally};
use crate::sysroot::{self, Sysroot, TRIPLE};
use crate::toolchain::{output, Toolchain};
use crate::util::run_tool;
use crate::util::{project_root, target_dir};

pub fn run(tc: &Toolchain, built: &Sysroot, runner: &Path, tally: &Tally) {
    tally.record(
        "check: libc.a exports C names only",
        exports_c_names_only(tc, &built.dir),
    );
    tally.record(
        "check: -lm, -lwasi-emulated-signal ... link and run",
        companion_libs_link(tc, &built.dir, runner),
    );
    tally.record(
        "check: a second sysroot build rewrites nothing",
        rebuild_is_noop(&built.dir),
    );
    tally.record(
        "check: C functions reach only reserved names",
        super::namespace::check(tc, &built.dir),
    );
    tally.record(
        "check: the bottom half calls none of its own exported names",
        super::namespace::bottom_self_calls(tc, &built.dir),
    );
    abi_check(tally);
    tally.record(
        "check: Rust's std for wasm32-wasip1 links against libc.a and runs",
        rust_std_works(&built.dir, runner),
    );
    for triple in ["wasm32-wasip1", "wasm32-wasi"] {
        tally.record(
            &format!("check: bin/{triple}-clang builds a program that runs"),
            launcher_works(&built.dir, runner, triple),
        );
    }
}

/// Defined global symbols of an archive, as `(member, symbol)` pairs.
fn defined_globals(tc: &Toolchain, lib: &Path) -> Result<Vec<(String, String)>, String> {
    let text = output(
        &tc.nm,
        &[
            "--defined-only",
            "--extern-only",
            "--print-file-name",
            "--format=posix",
            &lib.display().to_string(),
        ],
    )
    .ok_or_else(|| format!("{} failed on {}", tc.nm.display(), lib.display()))?;
    // posix format with file names: "lib.a[member.o]: symbol T value size"
    Ok(text
        .lines()
        .filter_map(|l| {
            let (file, rest) = l.split_once(": ")?;
            let member = file
                .split_once('[')
                .map_or(file, |(_, m)| m.trim_end_matches(']'));
            Some((
                member.to_string(),
                rest.split_whitespace().next()?.to_string(),
            ))
        })
        .collect())
}

/// The symbols that must not be in libc.a: Rust-mangled names, Rust's
/// allocator shims (`__rust_alloc`, `__rg_alloc`…), members of Rust's
/// compiler_builtins, and anything compiler-rt's builtins define.
pub fn foreign_symbols(ours: &[(String, String)], builtins: &HashSet<String>) -> Vec<String> {
    ours.iter()
        .filter(|(member, sym)| {
            sym.starts_with("_ZN")
                || sym.starts_with("_R")
                || sym.starts_with("__rust")
                || sym.starts_with("__rg_")
                || member.contains("compiler_builtins")
                || builtins.contains(sym)
        })
        .map(|(member, sym)| format!("{sym} (in {member})"))
        .collect()
}

fn exports_c_names_only(tc: &Toolchain, sysroot: &Path) -> Outcome {
    let ours = defined_globals(tc, &sysroot.join("lib").join(TRIPLE).join("libc.a"))?;
    if ours.is_empty() {
        return Err("libc.a defines no symbols".into());
    }
    let builtins: HashSet<String> = defined_globals(tc, &tc.builtins)?
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    let bad = foreign_symbols(&ours, &builtins);
    if bad.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} foreign symbols, e.g. {}",
            bad.len(),
            bad[..bad.len().min(5)].join(", ")
        ))
    }
}

/// `cargo xtask abi-check`: mismatches fail; what we lack is only counted.
/// Without the reference (wasi-libc not installed) it is skipped, loudly.
fn abi_check(tally: &Tally) {
    if !crate::abi::reference_include().is_dir() || !crate::abi::reference_dir().is_dir() {
        println!(
            "SKIP check: abi-check (needs wasi-libc's headers and ../shared/reference; \
             apt-get install wasi-libc, WASI_REFERENCE_DIR)"
        );
        return;
    }
    let outcome = match crate::abi::check() {
        Ok(report) => {
            print!("{}", report.summary());
            match report.mismatches() {
                0 => Ok(()),
                n => Err(format!("{n} ABI mismatches (listed above)")),
            }
        }
        Err(e) => Err(e.to_string()),
    };
    tally.record("check: abi-check against wasi-libc", outcome);
}

/// `cargo xtask symbols`: print the count of reference symbols we define;
/// fail on a stale snapshot (rewritten with `--bless`).
pub fn symbols(tc: &Toolchain, built: &Sysroot, bless: bool, tally: &Tally) {
    if let Ok(report) = crate::symbols::report(tc, &built.dir) {
        println!("{}", report.lines().next().unwrap_or(""));
    }
    let outcome = match crate::symbols::check_snapshots(tc, &built.dir, bless) {
        Ok(stale) if stale.is_empty() => Ok(()),
        Ok(stale) => Err(format!(
            "stale {} (review the diff, then cargo xtask symbols --bless)",
            stale.join(", ")
        )),
        Err(e) => Err(e.to_string()),
    };
    tally.record(
        "check: ABI snapshots (symbols, WASI imports, macros)",
        outcome,
    );
}

fn scratch(name: &str) -> PathBuf {
    let dir = target_dir().join("c-tests/checks");
    let _ = fs::create_dir_all(&dir);
    dir.join(name)
}

fn hello_source() -> Result<PathBuf, String> {
    let src = scratch("hello.c");
    fs::write(&src, "#include <stdio.h>\nint main(int argc, char **argv) { printf(\"hello %d %s\\n\", argc, argv[1]); return 0; }\n")
        .map_err(|e| format!("cannot write {}: {e}", src.display()))?;
    Ok(src)
}

fn run_ok(cmd: &mut Command) -> Result<String, String> {
    let out = run_tool(cmd).map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// A program written for wasi-libc's split-out libraries: it asks for each
/// with its macro and its `-l` flag, as ported build systems do.
const EMULATED_USER: &str = r#"#include <signal.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
int main(void)
{
	void *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct rusage ru;
	printf("%d %d %d %d %Lg\n", signal(SIGINT, SIG_IGN) != SIG_ERR, p != MAP_FAILED,
	       getpid() > 0, clock() >= 0 && getrusage(RUSAGE_SELF, &ru) == 0, 1.5L);
	return 0;
}
"#;

fn companion_libs_link(tc: &Toolchain, sysroot: &Path, runner: &Path) -> Outcome {
    let src = scratch("emulated.c");
    fs::write(&src, EMULATED_USER).map_err(|e| format!("cannot write {}: {e}", src.display()))?;
    let libs = sysroot::EMPTY_LIBS.iter().filter_map(|lib| {
        let name = lib.strip_prefix("lib")?.strip_suffix(".a")?;
        Some(format!("-l{name}"))
    });
    let defines =
        ["SIGNAL", "MMAN", "PROCESS_CLOCKS", "GETPID"].map(|d| format!("-D_WASI_EMULATED_{d}"));
    run_ok(
        Command::new(&tc.clang)
            .arg("--target=wasm32-wasi")
            .arg(format!("--sysroot={}", sysroot.display()))
            .args(defines)
            .arg(&src)
            .args(libs)
            .arg("-o")
            .arg(scratch("emulated.wasm")),
    )?;
    let out = run_ok(Command::new(runner).arg(scratch("emulated.wasm")))?;
    if out == "1 1 1 1 1.5\n" {
        Ok(())
    } else {
        Err(format!("printed {out:?}"))
    }
}

type Stamps = BTreeMap<PathBuf, Option<SystemTime>>;

fn stamps(dir: &Path) -> Stamps {
    WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .flatten()
        .map(|e| {
            (
                e.path().to_path_buf(),
                e.path().symlink_metadata().and_then(|m| m.modified()).ok(),
            )
        })
        .collect()
}

fn rebuild_is_noop(sysroot: &Path) -> Outcome {
    let before = stamps(sysroot);
    let build = sysroot::build_dir();
    let build_before = stamps(&build);
    sysroot::run(sysroot).map_err(|e| e.to_string())?;
    let changed: Vec<String> = [(before, stamps(sysroot)), (build_before, stamps(&build))]
        .iter()
        .flat_map(|(a, b)| {
            a.iter()
                .filter(|(p, t)| b.get(*p) != Some(t))
                .map(|(p, _)| p.display().to_string())
                .chain(
                    b.keys()
                        .filter(|p| !a.contains_key(*p))
                        .map(|p| p.display().to_string()),
                )
                .collect::<Vec<_>>()
        })
        .collect();
    if changed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "rewrote {} file(s), e.g. {}",
            changed.len(),
            changed[0]
        ))
    }
}

fn launcher_works(sysroot: &Path, runner: &Path, triple: &str) -> Outcome {
    let src = hello_source()?;
    let wasm = scratch(&format!("hello-{triple}.wasm"));
    let launcher = sysroot.join("bin").join(format!("{triple}-clang"));
    run_ok(Command::new(&launcher).arg(&src).arg("-o").arg(&wasm))?;
    let out = run_ok(Command::new(runner).arg(&wasm).arg("there"))?;
    if out == "hello 2 there\n" {
        Ok(())
    } else {
        Err(format!("printed {out:?}"))
    }
}

/// What tests/rust/std_over_libc.rs prints when run with `one two`.
const RUST_STD_EXPECTED: &str = "\
args [\"one\", \"two\"]
HOME Some(\"/home/me\")
[(\"a\", 2), (\"b\", 1)] 1.414
hello file [\"x.txt\"] Some(10)
gone true
time true
";

/// Rust's standard library, built for wasm32-wasip1 without the wasi-libc
/// Rust ships, linked against ours: std is one of the biggest users of a
/// wasm32-wasip1 libc. An undefined libc symbol would become an import
/// (rustc links with --allow-undefined), which wasi-run refuses.
fn rust_std_works(sysroot: &Path, runner: &Path) -> Outcome {
    let src = project_root().join("tests/rust/std_over_libc.rs");
    let lib = sysroot.join("lib").join(TRIPLE);
    let wasm = scratch("std_over_libc.wasm");
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    run_ok(
        Command::new(rustc)
            .args(["--target", "wasm32-wasip1", "-O"])
            .args(["-C", "link-self-contained=no", "-C"])
            .arg(format!("link-arg=-L{}", lib.display()))
            .arg("-C")
            .arg(format!("link-arg={}", lib.join("crt1-command.o").display()))
            .arg(&src)
            .arg("-o")
            .arg(&wasm),
    )?;
    let dir = scratch("std_over_libc.dir");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let out = Command::new(runner)
        .arg("--dir")
        .arg(format!("{}::/", dir.display()))
        .args(["--env", "HOME=/home/me"])
        .arg(&wasm)
        .args(["one", "two"])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", runner.display()))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if out.status.code() != Some(3) || stdout != RUST_STD_EXPECTED || stderr != "to stderr\n" {
        return Err(format!(
            "exit {:?}, stdout {stdout:?}, stderr {stderr:?}",
            out.status.code()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_symbols_are_caught() {
        let builtins: HashSet<String> = ["__multi3".to_string()].into();
        let ours = vec![
            ("strlen.o".to_string(), "strlen".to_string()),
            (
                "libc_bottom.o".to_string(),
                "_ZN4core3fmt5write17h0E".to_string(),
            ),
            (
                "libc_bottom.o".to_string(),
                "_RNvCs1_4core5panic".to_string(),
            ),
            ("compiler_builtins-1.o".to_string(), "memcpy".to_string()),
            ("libc_bottom.o".to_string(), "__multi3".to_string()),
            ("libc_bottom.o".to_string(), "__rust_alloc".to_string()),
        ];
        let bad = foreign_symbols(&ours, &builtins);
        assert_eq!(bad.len(), 5, "{bad:?}");
        assert!(foreign_symbols(&ours[..1], &builtins).is_empty());
    }
}
