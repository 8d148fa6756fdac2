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

/// The modes that also compile the `__*.h` headers.
const INTERNAL_MODES: &[&str] = &["gnu17", "c++17"];

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
    // wasi-libc's internal names are one-line includes of public headers:
    // two modes are enough for them, and CI time is better spent elsewhere.
    let headers: Vec<String> = headers
        .iter()
        .filter(|h| !h.starts_with("__") || INTERNAL_MODES.contains(name))
        .cloned()
        .collect();
    let srcs = sources(&dir, &headers, ext)?;
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

/// `(flags, header, name, visible)`: what the feature-test macros must
/// show and hide, as with glibc and musl.
const FEATURES: &[(&str, &str, &str, bool)] = &[
    ("-std=c99", "stdlib.h", "random", false),
    ("-std=c99", "stdlib.h", "setenv", false),
    ("-std=c99", "time.h", "clock_gettime", false),
    (
        "-std=c99 -D_POSIX_C_SOURCE=200809L",
        "stdlib.h",
        "setenv",
        true,
    ),
    (
        "-std=c99 -D_POSIX_C_SOURCE=200809L",
        "stdlib.h",
        "random",
        false,
    ),
    (
        "-std=c99 -D_POSIX_C_SOURCE=200809L",
        "time.h",
        "clock_gettime",
        true,
    ),
    ("-std=c99 -D_XOPEN_SOURCE=700", "stdlib.h", "random", true),
    ("-std=c99 -D_XOPEN_SOURCE=700", "time.h", "timegm", false),
    ("-std=c99 -D_DEFAULT_SOURCE", "time.h", "timegm", true),
    (
        "-std=c99 -D_DEFAULT_SOURCE",
        "stdlib.h",
        "secure_getenv",
        false,
    ),
    ("-std=gnu17", "stdlib.h", "random", true),
    ("-std=gnu17", "time.h", "timegm", true),
    ("-std=gnu17", "stdlib.h", "secure_getenv", false),
    ("-std=c99 -D_GNU_SOURCE", "stdlib.h", "secure_getenv", true),
    ("-std=c99 -D_ALL_SOURCE", "stdlib.h", "secure_getenv", true),
    ("-std=c99 -D_ALL_SOURCE", "features.h", "_GNU_SOURCE", true),
];

/// Visible: the name can be used; hidden: it can be declared as
/// something else without a conflict.
fn feature_case(tc: &Toolchain, case: &(&str, &str, &str, bool)) -> Outcome {
    let (flags, header, name, visible) = *case;
    let body = match (visible, name.starts_with('_')) {
        (true, true) => format!("#ifndef {name}\n#error not defined\n#endif\n"),
        (true, false) => format!("__typeof__({name}) *feature_check;\n"),
        (false, _) => format!("int {name};\n"),
    };
    let dir = target_dir().join("header-check").join("features");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let src = dir.join(format!("{}-{name}.c", flags.replace([' ', '=', '-'], "_")));
    fs::write(
        &src,
        format!("#include <{header}>\n{body}typedef int header_check;\n"),
    )
    .map_err(|e| format!("cannot write {}: {e}", src.display()))?;
    let out = Command::new(&tc.clang)
        .args([
            "--target=wasm32-wasi",
            "-nostdlibinc",
            "-fsyntax-only",
            "-Wall",
            "-Werror",
        ])
        .args(flags.split(' '))
        .arg("-I")
        .arg(project_root().join("headers"))
        .arg(&src)
        .output()
        .map_err(|e| format!("cannot run clang: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{name} should be {}",
            if visible { "visible" } else { "hidden" }
        ))
    }
}

pub fn run(tc: &Toolchain, tally: &Tally) {
    let headers = public_headers(&project_root().join("headers"));
    parallel_each(MODES, |mode| {
        tally.record(
            &format!("check: {} headers alone, {}", headers.len(), mode.0),
            compile_mode(tc, &headers, mode),
        );
    });
    let failures = std::sync::Mutex::new(Vec::new());
    parallel_each(FEATURES, |case| {
        if let Err(e) = feature_case(tc, case) {
            let (flags, header, ..) = case;
            failures
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(format!("{flags} <{header}>: {e}"));
        }
    });
    let failures = failures.into_inner().unwrap_or_else(|p| p.into_inner());
    tally.record(
        &format!("check: feature-test macros ({} cases)", FEATURES.len()),
        if failures.is_empty() {
            Ok(())
        } else {
            Err(failures.join("; "))
        },
    );
}
