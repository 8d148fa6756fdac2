//! The C standard's namespace rule, checked on the built `libc.a`.
//!
//! A strictly conforming C program may use any name the C standard does not
//! reserve: it may define its own `write`, `unlink`, `environ` or
//! `signgam`. So whatever the link pulls in for a C standard function must
//! neither call such a name (the program's definition would be called) nor
//! define one strongly (the link would fail with a duplicate). Reserved
//! names (`__x`, `_X`, the C names themselves and the prefixes C keeps for
//! its future) are fine, as are weak definitions, which a program's own
//! definition replaces. The top half meets this by calling the bottom
//! half's reserved names (libc-top/src/internal/reserved.h).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::Path;
use std::process::Command;

use super::Outcome;
use crate::abi::ast;
use crate::sysroot::TRIPLE;
use crate::toolchain::{output, Toolchain};
use crate::util::target_dir;

/// The C11 headers whose functions and variables are the C names.
const C_HEADERS: &[&str] = &[
    "assert.h",
    "complex.h",
    "ctype.h",
    "errno.h",
    "fenv.h",
    "inttypes.h",
    "locale.h",
    "math.h",
    "setjmp.h",
    "signal.h",
    "stdio.h",
    "stdlib.h",
    "string.h",
    "time.h",
    "uchar.h",
    "wchar.h",
    "wctype.h",
];

/// Names C reserves for itself whatever its headers declare today: the
/// implementation's own, and its future library directions (C11 7.31).
fn reserved(name: &str, c_names: &HashSet<String>) -> bool {
    let lower_after = |prefix: &str| {
        name.strip_prefix(prefix)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_ascii_lowercase())
    };
    let b = name.as_bytes();
    name.starts_with("__")
        || (b.len() > 1 && b[0] == b'_' && b[1].is_ascii_uppercase())
        || c_names.contains(name)
        || ["is", "to", "str", "mem", "wcs"]
            .into_iter()
            .any(lower_after)
        || ["cnd_", "mtx_", "thrd_", "tss_", "atomic_"]
            .into_iter()
            .any(|p| name.starts_with(p))
}

/// The functions and variables the C headers declare in strict C11.
fn c_names(tc: &Toolchain, sysroot: &Path) -> Result<HashSet<String>, String> {
    let include = sysroot.join("include").join(TRIPLE);
    let scratch = target_dir().join("namespace");
    fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let src = scratch.join("c-names.c");
    let text: String = C_HEADERS
        .iter()
        .map(|h| format!("#include <{h}>\n"))
        .collect();
    fs::write(&src, text).map_err(|e| format!("{}: {e}", src.display()))?;
    let out = Command::new(&tc.clang)
        .args(["--target=wasm32-wasip1", "-std=c11", "-mexception-handling"])
        .arg(format!("--sysroot={}", sysroot.display()))
        .args(["-fsyntax-only", "-Xclang", "-ast-dump"])
        .arg(&src)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tc.clang.display()))?;
    if !out.status.success() {
        return Err(format!(
            "the C headers do not compile under -std=c11: {}",
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .next()
                .unwrap_or("")
        ));
    }
    let decls = ast::parse(&String::from_utf8_lossy(&out.stdout), &[include]);
    Ok(decls.objects.into_iter().map(|o| o.name).collect())
}

/// One archive's symbol table: who defines what, and what each member needs.
#[derive(Default)]
struct Archive {
    /// Symbol to the member that defines it.
    definer: HashMap<String, String>,
    /// Member to its strong global definitions.
    strong: BTreeMap<String, Vec<String>>,
    /// Member to its undefined symbols.
    needs: BTreeMap<String, Vec<String>>,
}

fn archive(tc: &Toolchain, lib: &Path) -> Result<Archive, String> {
    let text = output(
        &tc.nm,
        &[
            "--extern-only",
            "--print-file-name",
            "--format=posix",
            &lib.display().to_string(),
        ],
    )
    .ok_or_else(|| format!("{} failed on {}", tc.nm.display(), lib.display()))?;
    let mut a = Archive::default();
    // "lib.a[member.o]: symbol TYPE value size"
    for line in text.lines() {
        let Some((file, rest)) = line.split_once("]: ") else {
            continue;
        };
        let member = file.rsplit_once('[').map_or(file, |(_, m)| m).to_string();
        let mut words = rest.split_whitespace();
        let (Some(sym), Some(kind)) = (words.next(), words.next()) else {
            continue;
        };
        let sym = sym.to_string();
        match kind {
            "U" => a.needs.entry(member).or_default().push(sym),
            "T" | "D" | "B" | "R" => {
                a.definer
                    .entry(sym.clone())
                    .or_insert_with(|| member.clone());
                a.strong.entry(member).or_default().push(sym);
            }
            "W" | "V" => {
                a.definer.entry(sym).or_insert(member);
            }
            _ => {}
        }
    }
    Ok(a)
}

/// Each unreserved name that the link of a C function calls or strongly
/// defines, with one C function that brings it in.
fn violations(a: &Archive, c_names: &HashSet<String>) -> BTreeMap<String, String> {
    let mut found = BTreeMap::new();
    let mut roots: Vec<&String> = c_names.iter().collect();
    roots.sort();
    for root in roots {
        let Some(first) = a.definer.get(root) else {
            continue;
        };
        let mut seen = BTreeSet::new();
        let mut todo = vec![first];
        while let Some(member) = todo.pop() {
            if !seen.insert(member) {
                continue;
            }
            for sym in a.strong.get(member).into_iter().flatten() {
                if !reserved(sym, c_names) {
                    found
                        .entry(format!("defines {sym}"))
                        .or_insert_with(|| root.clone());
                }
            }
            for sym in a.needs.get(member).into_iter().flatten() {
                if !reserved(sym, c_names) {
                    found
                        .entry(format!("calls {sym}"))
                        .or_insert_with(|| root.clone());
                }
                if let Some(m) = a.definer.get(sym) {
                    todo.push(m);
                }
            }
        }
    }
    found
}

pub fn check(tc: &Toolchain, sysroot: &Path) -> Outcome {
    let names = c_names(tc, sysroot)?;
    if names.len() < 400 {
        return Err(format!(
            "only {} C names read from the headers",
            names.len()
        ));
    }
    let a = archive(tc, &sysroot.join("lib").join(TRIPLE).join("libc.a"))?;
    let bad = violations(&a, &names);
    if bad.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = bad
        .iter()
        .take(6)
        .map(|(what, via)| format!("{via} {what}"))
        .collect();
    Err(format!(
        "{} unreserved names reached from C functions: {}",
        bad.len(),
        list.join(", ")
    ))
}

/// The bottom half's calls to its own unreserved exported functions.
pub fn bottom_self_calls(tc: &Toolchain, sysroot: &Path) -> Outcome {
    let lib = sysroot.join("lib").join(TRIPLE).join("libc.a");
    let out = Command::new(&tc.ar)
        .arg("p")
        .arg(&lib)
        .arg("libc_bottom.o")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tc.ar.display()))?;
    if !out.status.success() || out.stdout.is_empty() {
        return Err(format!("no libc_bottom.o in {}", lib.display()));
    }
    let reserved = |name: &str| name.starts_with("__");
    let calls = crate::wasm_object::calls_to_own_functions(&out.stdout, &reserved)
        .map_err(|e| format!("libc_bottom.o: {e}"))?;
    if calls.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "libc_bottom.o calls its own exported {} (call the private body instead)",
            calls.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> HashSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reserved_names() {
        let c = names(&["remove"]);
        for ok in [
            "remove", "__x", "_Exit", "strlcpy", "isascii", "tss_x", "memccpy",
        ] {
            assert!(reserved(ok, &c), "{ok}");
        }
        for bad in [
            "unlink", "environ", "_environ", "str", "stRange", "signgam", "is",
        ] {
            assert!(!reserved(bad, &c), "{bad}");
        }
    }

    #[test]
    fn follows_the_link_and_ignores_weak_definitions() {
        let mut a = Archive::default();
        let def = |a: &mut Archive, sym: &str, member: &str| {
            a.definer.insert(sym.into(), member.into());
        };
        def(&mut a, "remove", "remove.o");
        def(&mut a, "__unlink", "unlink.o");
        def(&mut a, "unlink", "unlink.o");
        def(&mut a, "signgam", "lgamma.o");
        a.strong.insert("remove.o".into(), vec!["remove".into()]);
        a.strong.insert("unlink.o".into(), vec!["__unlink".into()]);
        a.strong
            .insert("lgamma.o".into(), vec!["lgamma".into(), "signgam".into()]);
        a.needs.insert("remove.o".into(), vec!["__unlink".into()]);
        a.needs.insert("unlink.o".into(), vec!["rmdir".into()]);
        let bad = violations(&a, &names(&["remove", "lgamma"]));
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert_eq!(bad.get("calls rmdir").map(String::as_str), Some("remove"));
        def(&mut a, "lgamma", "lgamma.o");
        let bad = violations(&a, &names(&["remove", "lgamma"]));
        assert_eq!(
            bad.get("defines signgam").map(String::as_str),
            Some("lgamma")
        );
    }
}
