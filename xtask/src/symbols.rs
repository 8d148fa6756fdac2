//! `cargo xtask symbols`: which of wasi-libc's symbols our libraries define,
//! and the snapshots that make every ABI change a reviewed diff.
//!
//! The report compares the globals defined by the sysroot's `lib/` (every
//! archive and crt object) with `../shared/reference/wasi-libc-defined-symbols.txt`
//! and groups what is missing by the reference header that declares it.
//!
//! The snapshots live in `snapshots/`: `defined-symbols.txt` (our defined
//! globals), `wasi-imports.txt` (what libc.a needs from outside: the
//! `wasi_snapshot_preview1` imports, by their Rust path, and the linker's
//! symbols) and `macros.txt` (`-dM -D_ALL_SOURCE` over our headers,
//! less the compiler's own). `cargo xtask test` fails when one is stale;
//! `--bless` rewrites them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::abi;
use crate::err;
use crate::sysroot::TRIPLE;
use crate::toolchain::Toolchain;
use crate::util::{project_root, run_tool, write_if_changed, Result};

pub fn snapshot_dir() -> PathBuf {
    project_root().join("snapshots")
}

/// `(symbol, kind)` pairs of `llvm-nm --format=posix` over `files`.
fn nm(tc: &Toolchain, args: &[&str], files: &[PathBuf]) -> Result<Vec<(String, String)>> {
    let out = run_tool(
        Command::new(&tc.nm)
            .args(args)
            .arg("--format=posix")
            .args(files),
    )?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let name = w.next()?;
            let kind = w.next()?;
            // Archive member headers ("libc.a[x.o]:") have no kind.
            (!name.ends_with(':')).then(|| (name.to_string(), kind.to_string()))
        })
        .collect())
}

fn libraries(sysroot: &Path) -> Result<Vec<PathBuf>> {
    let lib = sysroot.join("lib").join(TRIPLE);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&lib)
        .map_err(|e| err!("cannot read {}: {e}", lib.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "a" || x == "o"))
        .collect();
    v.sort();
    Ok(v)
}

/// Our defined globals (weak ones included) over every library and crt object.
pub fn defined(tc: &Toolchain, sysroot: &Path) -> Result<BTreeSet<String>> {
    let files = libraries(sysroot)?;
    Ok(nm(tc, &["--defined-only", "--extern-only"], &files)?
        .into_iter()
        .map(|(s, _)| s)
        .collect())
}

/// The WASI functions libc.a imports: its undefined symbols that nothing in
/// the sysroot defines, as the bottom half names them.
pub fn imports(tc: &Toolchain, sysroot: &Path) -> Result<BTreeSet<String>> {
    let libc = sysroot.join("lib").join(TRIPLE).join("libc.a");
    let defined = defined(tc, sysroot)?;
    Ok(nm(tc, &["--undefined-only"], &[libc])?
        .into_iter()
        .map(|(s, _)| s)
        .filter(|s| !defined.contains(s))
        .map(|s| stable_name(&s))
        .collect())
}

/// A Rust-mangled `_ZN…E` name as its path without the hash that changes
/// from build to build (`libc_bottom::wasi::fd_read`); other names as they are.
fn stable_name(sym: &str) -> String {
    let Some(mut rest) = sym.strip_prefix("_ZN").and_then(|r| r.strip_suffix('E')) else {
        return sym.to_string();
    };
    let mut parts = Vec::new();
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(len) = rest[..digits].parse::<usize>() else {
            return sym.to_string();
        };
        let Some(part) = rest.get(digits..digits + len) else {
            return sym.to_string();
        };
        parts.push(part);
        rest = &rest[digits + len..];
    }
    if parts.last().is_some_and(|p| {
        p.len() == 17 && p.starts_with('h') && p[1..].bytes().all(|b| b.is_ascii_hexdigit())
    }) {
        parts.pop();
    }
    parts.join("::")
}

/// wasi-libc declares some public functions in internal headers; name the
/// public header a program includes instead.
fn public_header(h: &str) -> String {
    let h = h.trim_start_matches("./");
    if let Some(rest) = h.strip_prefix("__header_") {
        for dir in ["sys_", "netinet_", "arpa_"] {
            if let Some(r) = rest.strip_prefix(dir) {
                return format!("{}/{r}", dir.trim_end_matches('_'));
            }
        }
        return rest.to_string();
    }
    match h {
        "__functions_malloc.h" => "stdlib.h".into(),
        "__functions_memcpy.h" => "string.h".into(),
        "__function___isatty.h" => "unistd.h".into(),
        "__errno.h" => "errno.h".into(),
        _ => h.to_string(),
    }
}

pub struct Snapshot {
    pub name: &'static str,
    pub text: String,
}

fn lines<'a>(items: impl IntoIterator<Item = &'a String>) -> String {
    items.into_iter().map(|s| format!("{s}\n")).collect()
}

/// The three snapshots as they are now.
pub fn snapshots(tc: &Toolchain, sysroot: &Path) -> Result<Vec<Snapshot>> {
    let macros: String = abi::our_macros(&tc.clang, &abi::all_of_ours())?
        .iter()
        .map(|(k, (p, b))| format!("#define {k}{p} {b}").trim_end().to_string() + "\n")
        .collect();
    Ok(vec![
        Snapshot {
            name: "defined-symbols.txt",
            text: lines(&defined(tc, sysroot)?),
        },
        Snapshot {
            name: "wasi-imports.txt",
            text: lines(&imports(tc, sysroot)?),
        },
        Snapshot {
            name: "macros.txt",
            text: macros,
        },
    ])
}

/// Compare (or with `bless`, rewrite) the snapshots; the names of the stale ones.
pub fn check_snapshots(tc: &Toolchain, sysroot: &Path, bless: bool) -> Result<Vec<String>> {
    let mut stale = Vec::new();
    for s in snapshots(tc, sysroot)? {
        let path = snapshot_dir().join(s.name);
        if bless {
            write_if_changed(&path, s.text.as_bytes())?;
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(s.text.as_str()) {
            stale.push(format!("snapshots/{}", s.name));
        }
    }
    Ok(stale)
}

/// The report: `N of M reference symbols defined`, the missing by header, our extras.
pub fn report(tc: &Toolchain, sysroot: &Path) -> Result<String> {
    let path = abi::reference_dir().join("wasi-libc-defined-symbols.txt");
    let text =
        std::fs::read_to_string(&path).map_err(|e| err!("cannot read {}: {e}", path.display()))?;
    let reference: BTreeSet<String> = text.split_whitespace().map(str::to_string).collect();
    let ours = defined(tc, sysroot)?;
    let headers = abi::declaring_headers(&tc.clang).unwrap_or_default();
    let mut missing: BTreeMap<String, Vec<&String>> = BTreeMap::new();
    for s in reference.difference(&ours) {
        let h = headers
            .get(s)
            .map_or("(no header)".to_string(), |h| public_header(h));
        missing.entry(h).or_default().push(s);
    }
    let extra: Vec<&String> = ours.difference(&reference).collect();
    let mut out = format!(
        "{} of {} reference symbols defined\n",
        reference.intersection(&ours).count(),
        reference.len()
    );
    out += &format!(
        "missing, by header ({}):\n",
        reference.len() - reference.intersection(&ours).count()
    );
    for (h, syms) in &missing {
        let names: Vec<&str> = syms.iter().map(|s| s.as_str()).collect();
        out += &format!("  {h} ({}): {}\n", syms.len(), names.join(" "));
    }
    let names: Vec<&str> = extra.iter().map(|s| s.as_str()).collect();
    out += &format!("ours only ({}): {}\n", extra.len(), names.join(" "));
    Ok(out)
}

/// `cargo xtask symbols [--bless]`.
pub fn run(bless: bool) -> Result<()> {
    let tc = crate::toolchain::discover()?;
    let built = crate::sysroot::run(&crate::sysroot::default_dir())?;
    print!("{}", report(&tc, &built.dir)?);
    let stale = check_snapshots(&tc, &built.dir, bless)?;
    if bless {
        println!("snapshots written to {}", snapshot_dir().display());
        return Ok(());
    }
    if stale.is_empty() {
        println!("snapshots up to date");
        Ok(())
    } else {
        Err(err!(
            "stale: {} (review, then cargo xtask symbols --bless)",
            stale.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_headers_map_to_public_ones() {
        assert_eq!(public_header("__header_sys_stat.h"), "sys/stat.h");
        assert_eq!(public_header("__header_netinet_in.h"), "netinet/in.h");
        assert_eq!(public_header("__header_string.h"), "string.h");
        assert_eq!(public_header("__functions_malloc.h"), "stdlib.h");
        assert_eq!(public_header("stdio.h"), "stdio.h");
    }

    #[test]
    fn rust_hashes_are_dropped() {
        assert_eq!(
            stable_name("_ZN11libc_bottom4wasi7fd_read17hb8c0179578c698d3E"),
            "libc_bottom::wasi::fd_read"
        );
        assert_eq!(stable_name("__heap_base"), "__heap_base");
    }
}
