//! Macros: `clang -E -dM -D_ALL_SOURCE` over our headers against the
//! reference list, less what the compiler itself predefines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use super::probe::Side;
use crate::err;
use crate::util::{run_tool, Result};

#[derive(Default, Debug)]
pub struct Classified {
    pub compared: usize,
    pub missing: Vec<String>,
    pub extra: Vec<String>,
    /// Object-like macros whose evaluated value, size or signedness differ.
    pub different_value: Vec<String>,
    /// Where the list and the installed reference headers disagree (the list
    /// comes from a newer wasi-libc) and we agree with the headers: these
    /// values are what prebuilt objects were compiled with. Not failed.
    pub reference_conflict: Vec<String>,
    /// Macros that cannot be evaluated (function-like, statements, types)
    /// and whose text differs: listed, not failed.
    pub different_text: Vec<String>,
}

/// `#define NAME BODY` lines as name -> (parameters or "", body).
pub fn parse(text: &str) -> BTreeMap<String, (String, String)> {
    let mut map = BTreeMap::new();
    for l in text.lines() {
        let Some(rest) = l.strip_prefix("#define ") else {
            continue;
        };
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let name = &rest[..end];
        let after = &rest[end..];
        let (params, body) = if after.starts_with('(') {
            let close = after.find(')').map_or(after.len(), |i| i + 1);
            (&after[..close], &after[close..])
        } else {
            ("", after)
        };
        map.insert(name.to_string(), (params.to_string(), normalize(body)));
    }
    map
}

/// Include guards and the reference's private header plumbing say nothing
/// about the API.
fn is_plumbing(name: &str) -> bool {
    (name.starts_with('_') && (name.ends_with("_H") || name.ends_with("_h")))
        || name.starts_with("__NEED_")
        || name.starts_with("__wasilibc___")
}

fn normalize(body: &str) -> String {
    body.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What clang defines with no header at all, for the wasm32 target.
pub fn predefined(clang: &Path) -> Result<BTreeSet<String>> {
    let out = run_tool(
        Command::new(clang)
            .args([
                "--target=wasm32-wasi",
                "-D_ALL_SOURCE",
                "-E",
                "-dM",
                "-x",
                "c",
            ])
            .arg("/dev/null"),
    )?;
    Ok(parse(&String::from_utf8_lossy(&out.stdout))
        .into_keys()
        .collect())
}

/// Our macros, `-dM` with the compiler's own removed: the macro snapshot.
pub fn ours(clang: &Path, ours: &Side) -> Result<BTreeMap<String, (String, String)>> {
    let builtin = predefined(clang)?;
    let mut m = parse(&ours.macros(clang)?);
    m.retain(|k, _| !builtin.contains(k) && !is_plumbing(k));
    Ok(m)
}

fn value_templates(name: &str) -> [String; 4] {
    [
        format!("long double $ = ({name});"),
        format!("unsigned long long $ = sizeof({name});"),
        format!("int $ = ({name}) - ({name}) - 1 < 0;"),
        format!("char $[] = {name};"),
    ]
}

pub fn compare(clang: &Path, list: &str, reference: &Side, ours_side: &Side) -> Result<Classified> {
    let builtin = predefined(clang)?;
    let mut want = parse(list);
    want.retain(|k, _| !builtin.contains(k) && !is_plumbing(k));
    let have = ours(clang, ours_side)?;
    let mut c = Classified {
        missing: want
            .keys()
            .filter(|k| !have.contains_key(*k))
            .cloned()
            .collect(),
        extra: have
            .keys()
            .filter(|k| !want.contains_key(*k))
            .cloned()
            .collect(),
        ..Classified::default()
    };
    let both: Vec<&String> = want
        .iter()
        .filter(|(k, (params, _))| params.is_empty() && have.contains_key(*k))
        .map(|(k, _)| k)
        .collect();
    // The reference list is itself a header of #defines: evaluate it alone.
    let header: String = want
        .iter()
        .map(|(k, (p, b))| format!("#define {k}{p} {b}\n"))
        .collect();
    let path = reference.scratch.join("reference-macros.h");
    std::fs::create_dir_all(&reference.scratch)
        .map_err(|e| err!("cannot create {}: {e}", reference.scratch.display()))?;
    std::fs::write(&path, header).map_err(|e| err!("cannot write {}: {e}", path.display()))?;
    let list_side = Side {
        name: "reference macro list",
        include: Vec::new(),
        prelude: format!("#include \"{}\"\n", path.display()),
        scratch: reference.scratch.clone(),
    };
    let templates: Vec<String> = both.iter().flat_map(|n| value_templates(n)).collect();
    let ref_vals = list_side.eval(clang, "macros", &templates)?;
    let our_vals = ours_side.eval(clang, "macros", &templates)?;
    let installed = reference.eval(clang, "macros", &templates)?;
    for (k, name) in both.iter().enumerate() {
        let range = 4 * k..4 * k + 4;
        let evaluated: Vec<usize> = range.filter(|&i| ref_vals[i].is_ok()).collect();
        c.compared += 1;
        if evaluated.is_empty() {
            if want[*name].1 != have[*name].1 {
                c.different_text.push(format!(
                    "{name}: reference `{}`, ours `{}`",
                    want[*name].1, have[*name].1
                ));
            }
            continue;
        }
        let differs = evaluated.iter().any(|&i| ref_vals[i] != our_vals[i]);
        let as_installed = evaluated
            .iter()
            .all(|&i| installed[i].is_ok() && installed[i] == our_vals[i]);
        if differs && as_installed {
            c.reference_conflict.push(format!(
                "{name}: list `{}`, ours `{}` as in the installed headers",
                want[*name].1, have[*name].1
            ));
        } else if differs {
            c.different_value.push(format!(
                "{name}: reference `{}`, ours `{}`",
                want[*name].1, have[*name].1
            ));
        }
    }
    // Function-like macros both define are compared as text.
    for (k, (params, body)) in &want {
        if params.is_empty() {
            continue;
        }
        if let Some((p2, b2)) = have.get(k) {
            c.compared += 1;
            if (params, body) != (p2, b2) {
                c.different_text
                    .push(format!("{k}{params}: reference `{body}`, ours `{p2} {b2}`"));
            }
        }
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_defines() {
        let m = parse("#define A  (1 +  2)\n#define F(x,y) ((x)+(y))\n#define E\n");
        assert_eq!(m["A"], (String::new(), "(1 + 2)".to_string()));
        assert_eq!(m["F"], ("(x,y)".to_string(), "((x)+(y))".to_string()));
        assert_eq!(m["E"], (String::new(), String::new()));
    }
}
