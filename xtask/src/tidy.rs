//! Tidy: the cheap conventions of the tree, enforced by `cargo test` so that
//! nobody has to remember them (see ../shared/STYLE.md).

use std::fs;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::util::project_root;

/// Files under `dirs` (relative to the root) whose name ends in one of `exts`.
fn files(dirs: &[&str], exts: &[&str]) -> Vec<PathBuf> {
    let root = project_root();
    dirs.iter()
        .flat_map(|d| WalkDir::new(root.join(d)).sort_by_file_name())
        .flatten()
        .map(|e| e.into_path())
        .filter(|p| p.extension().is_some_and(|x| exts.iter().any(|e| x == *e)))
        .collect()
}

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

const RUST_DIRS: &[&str] = &["xtask/src", "interp/src", "libc-bottom/src"];
const C_DIRS: &[&str] = &[
    "headers",
    "libc-top/src",
    "libc-bottom/c",
    "libc-bottom/crt",
    "tests",
    "benches",
];

#[test]
fn rust_modules_open_with_docs() {
    let missing: Vec<_> = files(RUST_DIRS, &["rs"])
        .into_iter()
        .filter(|p| !read(p).starts_with("//!"))
        .collect();
    assert!(missing.is_empty(), "modules without a //! doc: {missing:?}");
}

#[test]
fn no_trailing_whitespace() {
    let mut bad = Vec::new();
    for p in files(RUST_DIRS, &["rs"])
        .into_iter()
        .chain(files(C_DIRS, &["c", "h"]))
    {
        for (n, line) in read(&p).lines().enumerate() {
            if line.ends_with(' ') || line.ends_with('\t') {
                bad.push(format!("{}:{}", p.display(), n + 1));
            }
        }
    }
    assert!(bad.is_empty(), "trailing whitespace: {bad:?}");
}

#[test]
fn no_ignored_tests() {
    let marker = concat!("#[", "ignore");
    let bad: Vec<_> = files(&["xtask", "interp", "libc-bottom"], &["rs"])
        .into_iter()
        .filter(|p| read(p).contains(marker))
        .collect();
    assert!(
        bad.is_empty(),
        "ignored tests (assert current behaviour with a FIXME instead): {bad:?}"
    );
}

#[test]
fn every_c_test_has_its_expected_output() {
    let root = project_root();
    let missing: Vec<_> = files(&["tests"], &["c"])
        .into_iter()
        .filter(|p| !p.starts_with(root.join("tests/include")))
        .filter(|p| !p.with_extension("stdout").is_file())
        .collect();
    assert!(missing.is_empty(), "C tests without a .stdout: {missing:?}");
}

#[test]
fn provenance_markers_are_absent() {
    // This project writes every line itself (DEVELOPERS.md).
    let words = [
        "rich felker",
        "cloudlibc",
        "dlmalloc",
        "copyright (c)",
        "the musl libc",
    ];
    let mut bad = Vec::new();
    let this_file = project_root().join("xtask/src/tidy.rs");
    let sources = files(RUST_DIRS, &["rs"])
        .into_iter()
        .chain(files(C_DIRS, &["c", "h"]));
    for p in sources.filter(|p| *p != this_file) {
        let text = read(&p).to_lowercase();
        for w in words {
            if text.contains(w) {
                bad.push(format!("{}: {w}", p.display()));
            }
        }
    }
    assert!(bad.is_empty(), "text that looks copied: {bad:?}");
}
