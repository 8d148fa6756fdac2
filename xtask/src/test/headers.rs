//! Every public header compiles alone, first in a translation unit, in
//! every language mode we promise, warning-free under
//! `-Wall -Wextra -pedantic -Werror`. Headers are included with `-I` (not
//! as system headers) so that their warnings are not hidden.
//!
//! One clang invocation per mode takes all the one-line sources at once,
//! and the modes run in parallel.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use walkdir::WalkDir;

use super::{Outcome, Tally};
use crate::toolchain::Toolchain;
use crate::util::{parallel_each, project_root, target_dir};

/// `(name, language, flags)`: the modes of the issue, then the two
/// feature-test extremes.
const MODES: &[(&str, &str, &[&str])] = &[
    ("c99", "c", &["-std=c99"]),
    ("c11", "c", &["-std=c11"]),
    ("c17", "c", &["-std=c17"]),
    ("gnu17", "c", &["-std=gnu17"]),
    ("c++11", "c++", &["-std=c++11"]),
    ("c++17", "c++", &["-std=c++17"]),
    ("gnu17 _ALL_SOURCE", "c", &["-std=gnu17", "-D_ALL_SOURCE"]),
    ("c++17 _GNU_SOURCE", "c++", &["-std=c++17", "-D_GNU_SOURCE"]),
];

/// Public headers: everything under `headers/` but the `bits/` plumbing.
pub fn public_headers(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "h"))
        .filter_map(|e| {
            let rel = e.path().strip_prefix(root).ok()?.display().to_string();
            (!rel.starts_with("bits/")).then_some(rel)
        })
        .collect();
    v.sort();
    v
}

fn sources(dir: &Path, headers: &[String], ext: &str) -> Result<Vec<PathBuf>, String> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    headers
        .iter()
        .map(|h| {
            let p = dir.join(format!("{}.{ext}", h.replace('/', "__")));
            // The typedef keeps a header of macros only from leaving an
            // empty translation unit, which -pedantic rejects.
            fs::write(&p, format!("#include <{h}>\ntypedef int header_check;\n"))
                .map_err(|e| format!("cannot write {}: {e}", p.display()))?;
            Ok(p)
        })
        .collect()
}

fn compile_mode(tc: &Toolchain, headers: &[String], mode: &(&str, &str, &[&str])) -> Outcome {
    let (name, lang, flags) = mode;
    let dir = target_dir()
        .join("header-check")
        .join(name.replace([' ', '+'], "_"));
    let ext = if *lang == "c" { "c" } else { "cc" };
    let srcs = sources(&dir, headers, ext)?;
    let out = Command::new(&tc.clang)
        .args(["--target=wasm32-wasi", "-nostdlibinc", "-fsyntax-only"])
        .args(["-Wall", "-Wextra", "-pedantic", "-Werror"])
        .arg("-x")
        .arg(lang)
        .args(*flags)
        .arg("-I")
        .arg(project_root().join("headers"))
        .args(&srcs)
        .output()
        .map_err(|e| format!("cannot run clang: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    let first: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("error"))
        .take(3)
        .collect();
    Err(first.join(" | "))
}

pub fn run(tc: &Toolchain, tally: &Tally) {
    let headers = public_headers(&project_root().join("headers"));
    parallel_each(MODES, |mode| {
        tally.record(
            &format!("check: {} headers alone, {}", headers.len(), mode.0),
            compile_mode(tc, &headers, mode),
        );
    });
}
