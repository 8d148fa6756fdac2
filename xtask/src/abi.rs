//! `cargo xtask abi-check`: our headers against wasi-libc's, by probes.
//!
//! What the reference headers declare is read from clang's AST of them
//! ([`ast`]); for each typedef, struct member, enumerator, function and
//! variable a probe line is generated ([`probe`]) and compiled against both
//! header sets for wasm32, so that clang computes every size, alignment,
//! signedness, offset and value on both sides. Prototypes are checked by
//! redeclaring each reference declaration (with its canonical type) after
//! our headers: clang rejects a conflicting one.
//!
//! Macros are compared with `../shared/reference/wasi-libc-predefined-macros.txt`
//! ([`macros`]): missing, extra, different. The values of object-like macros
//! are evaluated on both sides (the list itself serves as the reference
//! header), so `0x10` and `16` agree and `16U` does not.
//!
//! Layout, value and prototype mismatches fail; what we do not define yet is
//! counted. The full list goes to `target/abi-check/report.txt`.

pub mod ast;
mod macros;
mod probe;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::err;
use crate::util::{project_root, target_dir, write_if_changed, Result};

pub use probe::Side;

/// One kind of comparison: how many both define, and what differs or is missing.
#[derive(Default, Debug)]
pub struct Section {
    pub name: &'static str,
    pub compared: usize,
    pub mismatched: Vec<String>,
    pub missing: Vec<String>,
}

#[derive(Default, Debug)]
pub struct Report {
    pub sections: Vec<Section>,
    pub macros: macros::Classified,
    /// Mismatches listed in `snapshots/abi-deviations.txt`: deliberate,
    /// reviewed differences, reported but not failed.
    pub deviations: Vec<String>,
}

/// The name a mismatch line is about: its first word, up to a space or colon.
fn subject(line: &str) -> &str {
    line.split([' ', ':']).next().unwrap_or(line)
}

/// The names in a deviations file: `name: why` lines; `#` starts a comment.
pub fn deviation_names(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':').map(|(name, _)| name.trim().to_string()))
        .collect()
}

impl Report {
    pub fn mismatches(&self) -> usize {
        self.sections
            .iter()
            .map(|s| s.mismatched.len())
            .sum::<usize>()
            + self.macros.different_value.len()
    }

    /// Move the mismatches about `names` to [`Report::deviations`].
    pub fn allow(&mut self, names: &[String]) {
        let listed = |line: &String| names.iter().any(|n| n == subject(line));
        let mut moved = Vec::new();
        for sec in &mut self.sections {
            let (dev, keep): (Vec<String>, Vec<String>) =
                sec.mismatched.drain(..).partition(listed);
            moved.extend(dev.into_iter().map(|d| format!("{}: {d}", sec.name)));
            sec.mismatched = keep;
        }
        let (dev, keep): (Vec<String>, Vec<String>) =
            self.macros.different_value.drain(..).partition(listed);
        moved.extend(dev.into_iter().map(|d| format!("macro: {d}")));
        self.macros.different_value = keep;
        self.deviations.extend(moved);
    }

    pub fn summary(&self) -> String {
        let mut s = String::new();
        for sec in &self.sections {
            let _ = writeln!(
                s,
                "{:<22} {:>5} compared, {:>3} mismatched, {:>5} missing",
                sec.name,
                sec.compared,
                sec.mismatched.len(),
                sec.missing.len()
            );
        }
        let m = &self.macros;
        let _ = writeln!(
            s,
            "{:<22} {:>5} compared, {:>3} different value, {:>5} missing, {} extra, {} differ in text only, \
             {} where the list and the installed headers disagree",
            "macros (-dM)",
            m.compared,
            m.different_value.len(),
            m.missing.len(),
            m.extra.len(),
            m.different_text.len(),
            m.reference_conflict.len()
        );
        for sec in &self.sections {
            for x in &sec.mismatched {
                let _ = writeln!(s, "MISMATCH {}: {x}", sec.name);
            }
        }
        for x in &m.different_value {
            let _ = writeln!(s, "MISMATCH macro: {x}");
        }
        for x in &self.deviations {
            let _ = writeln!(s, "deviation (snapshots/abi-deviations.txt) {x}");
        }
        s
    }

    pub fn full(&self) -> String {
        let mut s = self.summary();
        for sec in &self.sections {
            for x in &sec.missing {
                let _ = writeln!(s, "missing {}: {x}", sec.name);
            }
        }
        let m = &self.macros;
        for (what, list) in [
            ("missing macro", &m.missing),
            ("extra macro", &m.extra),
            ("text differs", &m.different_text),
            ("references disagree", &m.reference_conflict),
        ] {
            for x in list {
                let _ = writeln!(s, "{what}: {x}");
            }
        }
        s
    }
}

/// `../shared/reference` beside the checkout, or `$WASI_REFERENCE_DIR`.
pub fn reference_dir() -> PathBuf {
    std::env::var_os("WASI_REFERENCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| project_root().join("../shared/reference"))
}

/// Debian's wasi-libc headers, or `$WASI_LIBC_INCLUDE`.
pub fn reference_include() -> PathBuf {
    std::env::var_os("WASI_LIBC_INCLUDE")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/include/wasm32-wasi"))
}

/// The reference header list (`wasi-libc-include-all.c`), in its order.
pub fn reference_headers() -> Result<Vec<String>> {
    let path = reference_dir().join("wasi-libc-include-all.c");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        err!(
            "cannot read {}: {e} (set WASI_REFERENCE_DIR)",
            path.display()
        )
    })?;
    Ok(text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("#include <")?.strip_suffix('>'))
        .map(str::to_string)
        .collect())
}

/// Headers wasi-libc ships outside the include-all list, behind a macro
/// that enables them; both sides get the macro.
const OPT_IN: &[(&str, &str)] = &[("signal.h", "_WASI_EMULATED_SIGNAL")];

fn prelude(dir: &Path, headers: &[String]) -> String {
    let listed = headers.iter().map(|h| (h.as_str(), None));
    let opt_in = OPT_IN.iter().map(|(h, m)| (*h, Some(*m)));
    let includes: String = listed
        .chain(opt_in)
        .filter(|(h, _)| dir.join(h).is_file())
        .map(|(h, m)| match m {
            Some(m) => format!("#define {m}\n#include <{h}>\n"),
            None => format!("#include <{h}>\n"),
        })
        .collect();
    // wasi-libc spells some prototypes with its internal name for va_list;
    // the probes copy that spelling, so both sides must know the name (C11
    // allows repeating a typedef of the same type).
    includes + "typedef __builtin_va_list __isoc_va_list;\n"
}

/// The two sides: wasi-libc's headers and ours, each including whichever of
/// the reference headers it has.
pub fn sides() -> Result<(Side, Side)> {
    let headers = reference_headers()?;
    let refdir = reference_include();
    if !refdir.is_dir() {
        return Err(err!(
            "no reference headers at {} (apt-get install wasi-libc, or set WASI_LIBC_INCLUDE)",
            refdir.display()
        ));
    }
    let ours = project_root().join("headers");
    let scratch = target_dir().join("abi-check");
    Ok((
        Side {
            name: "reference",
            prelude: prelude(&refdir, &headers),
            include: vec![refdir],
            scratch: scratch.join("reference"),
        },
        Side {
            name: "ours",
            prelude: prelude(&ours, &headers),
            include: vec![ours],
            scratch: scratch.join("ours"),
        },
    ))
}

/// Our side alone, including every public header (all of `headers/` but
/// `bits/`): what the macro snapshot covers, with no reference needed.
pub fn all_of_ours() -> Side {
    let ours = project_root().join("headers");
    let mut headers: Vec<String> = walkdir::WalkDir::new(&ours)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "h"))
        .filter_map(|e| Some(e.path().strip_prefix(&ours).ok()?.display().to_string()))
        .filter(|h| !h.starts_with("bits/"))
        .collect();
    headers.sort();
    Side {
        name: "ours",
        prelude: prelude(&ours, &headers),
        include: vec![ours],
        scratch: target_dir().join("abi-check").join("snapshot"),
    }
}

struct Probe {
    section: usize,
    what: String,
    template: String,
}

const TYPES: usize = 0;
const MEMBERS: usize = 1;
const ENUMERATORS: usize = 2;
const PROTOTYPES: usize = 3;
const SECTION_NAMES: [&str; 4] = ["types", "struct/union members", "enumerators", "prototypes"];

fn layout_probes(d: &ast::Decls) -> Vec<Probe> {
    let mut p = Vec::new();
    let mut add = |section, what: String, template: String| {
        p.push(Probe {
            section,
            what,
            template,
        })
    };
    for t in &d.typedefs {
        add(
            TYPES,
            format!("sizeof({t})"),
            format!("unsigned long long $ = sizeof({t});"),
        );
        add(
            TYPES,
            format!("_Alignof({t})"),
            format!("unsigned long long $ = _Alignof({t});"),
        );
        add(
            TYPES,
            format!("signedness of {t}"),
            format!("int $ = ({t})-1 < ({t})0;"),
        );
    }
    for r in &d.records {
        let s = &r.spelling;
        add(
            TYPES,
            format!("sizeof({s})"),
            format!("unsigned long long $ = sizeof({s});"),
        );
        add(
            TYPES,
            format!("_Alignof({s})"),
            format!("unsigned long long $ = _Alignof({s});"),
        );
        for f in &r.fields {
            add(
                MEMBERS,
                format!("offsetof({s}, {f})"),
                format!("unsigned long long $ = __builtin_offsetof({s}, {f});"),
            );
            add(
                MEMBERS,
                format!("sizeof(({s}){{}}.{f})"),
                format!("unsigned long long $ = sizeof((({s} *)0)->{f});"),
            );
        }
    }
    for e in &d.enumerators {
        add(ENUMERATORS, e.clone(), format!("long double $ = ({e});"));
    }
    for o in &d.objects {
        if o.ty.contains("(unnamed") || o.ty.contains("(anonymous") {
            continue;
        }
        let tls = if o.thread_local { "_Thread_local " } else { "" };
        add(
            PROTOTYPES,
            format!("{} ({}): {}", o.name, o.header, o.ty),
            format!("extern {tls}__typeof__({}) {};", o.ty, o.name),
        );
    }
    p
}

/// Compare the reference side with ours; `macro_list` is the reference's
/// `-dM` output (None to skip the macro comparison).
pub fn compare(
    clang: &Path,
    reference: &Side,
    ours: &Side,
    macro_list: Option<&str>,
) -> Result<Report> {
    let decls = ast::parse(&reference.ast(clang)?, &reference.include);
    let probes = layout_probes(&decls);
    let templates: Vec<String> = probes.iter().map(|p| p.template.clone()).collect();
    let ref_vals = reference.eval(clang, "layout", &templates)?;
    // Which functions and variables we declare at all: a redeclaration of
    // something we lack would compile and prove nothing.
    let exists: Vec<String> = probes
        .iter()
        .map(|p| match p.section {
            PROTOTYPES => {
                let name = p
                    .template
                    .rsplit(' ')
                    .next()
                    .unwrap_or("")
                    .trim_end_matches(';');
                format!("__typeof__({name}) *$ = 0;")
            }
            _ => "int $ = 0;".to_string(),
        })
        .collect();
    let ours_exists = ours.eval(clang, "exists", &exists)?;
    let valid: Vec<usize> = (0..probes.len())
        .filter(|&i| ref_vals[i].is_ok() && ours_exists[i].is_ok())
        .collect();
    let subset: Vec<String> = valid.iter().map(|&i| templates[i].clone()).collect();
    let ours_sub = ours.eval(clang, "layout", &subset)?;
    let mut ours_vals: BTreeMap<usize, std::result::Result<String, String>> = BTreeMap::new();
    for (k, &i) in valid.iter().enumerate() {
        ours_vals.insert(i, ours_sub[k].clone());
    }
    let mut sections: Vec<Section> = SECTION_NAMES
        .iter()
        .map(|n| Section {
            name: n,
            ..Section::default()
        })
        .collect();
    for (i, p) in probes.iter().enumerate() {
        let Ok(want) = &ref_vals[i] else { continue };
        let sec = &mut sections[p.section];
        match ours_vals.get(&i) {
            None => sec.missing.push(p.what.clone()),
            Some(Ok(got)) if got == want => sec.compared += 1,
            Some(Ok(got)) => {
                sec.compared += 1;
                sec.mismatched
                    .push(format!("{}: reference [{want}], ours [{got}]", p.what));
            }
            Some(Err(e)) if p.section == PROTOTYPES => {
                sec.compared += 1;
                sec.mismatched.push(format!("{}: {e}", p.what));
            }
            // A member or type that our headers cannot name.
            Some(Err(_)) => sec.missing.push(p.what.clone()),
        }
    }
    let macros = match macro_list {
        Some(list) => macros::compare(clang, list, reference, ours)?,
        None => macros::Classified::default(),
    };
    Ok(Report {
        sections,
        macros,
        deviations: Vec::new(),
    })
}

/// Our macros (`-dM`, less the compiler's own), for the snapshot.
pub fn our_macros(clang: &Path, ours: &Side) -> Result<BTreeMap<String, (String, String)>> {
    macros::ours(clang, ours)
}

/// For each function and variable the reference headers declare, the
/// header (relative to the include directory) that declares it.
pub fn declaring_headers(clang: &Path) -> Result<BTreeMap<String, String>> {
    let (reference, _) = sides()?;
    let decls = ast::parse(&reference.ast(clang)?, &reference.include);
    Ok(decls
        .objects
        .into_iter()
        .map(|o| (o.name, o.header))
        .collect())
}

/// `cargo xtask abi-check`, and its check in `cargo xtask test`.
pub fn check() -> Result<Report> {
    let tc = crate::toolchain::discover()?;
    let (reference, ours) = sides()?;
    let list_path = reference_dir().join("wasi-libc-predefined-macros.txt");
    let list = std::fs::read_to_string(&list_path)
        .map_err(|e| err!("cannot read {}: {e}", list_path.display()))?;
    let mut report = compare(&tc.clang, &reference, &ours, Some(&list))?;
    let deviations = project_root().join("snapshots/abi-deviations.txt");
    let allowed = std::fs::read_to_string(&deviations).unwrap_or_default();
    report.allow(&deviation_names(&allowed));
    let out = target_dir().join("abi-check").join("report.txt");
    write_if_changed(&out, report.full().as_bytes())?;
    Ok(report)
}

pub fn run() -> Result<()> {
    let report = check()?;
    print!("{}", report.summary());
    println!(
        "(full list: {})",
        target_dir().join("abi-check/report.txt").display()
    );
    match report.mismatches() {
        0 => Ok(()),
        n => Err(err!("{n} ABI mismatches")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(dir: &Path, name: &'static str) -> Side {
        Side {
            name,
            include: vec![dir.to_path_buf()],
            prelude: "#include <t.h>\n".into(),
            scratch: dir.join("scratch"),
        }
    }

    /// The checker can fail: a member whose type changed, a function whose
    /// parameter changed and a constant whose value changed are all caught.
    #[test]
    fn listed_deviations_are_moved_not_dropped() {
        let mut r = Report::default();
        r.sections.push(Section {
            name: "prototypes",
            mismatched: vec![
                "f (a.h): int (void): conflicting".into(),
                "g (a.h): x".into(),
            ],
            ..Section::default()
        });
        r.macros
            .different_value
            .push("M: reference `1`, ours `2`".into());
        r.allow(&deviation_names("# why\nf: on purpose\nM: also\n"));
        assert_eq!(r.mismatches(), 1);
        assert_eq!(r.deviations.len(), 2);
        assert!(r.summary().contains("MISMATCH prototypes: g"));
    }

    #[test]
    fn a_changed_struct_is_caught() {
        let Ok(tc) = crate::toolchain::discover() else {
            panic!("no clang: cargo xtask doctor");
        };
        let base = target_dir().join("abi-check/unit");
        let (r, o) = (base.join("reference"), base.join("ours"));
        for d in [&r, &o] {
            std::fs::create_dir_all(d).unwrap();
        }
        let same = "typedef long ssz;\nenum { K = 3 };\nint g(ssz);\n";
        std::fs::write(
            r.join("t.h"),
            format!(
                "{same}struct s {{ int a; long long b; }};\nint f(int);\nstruct u {{ char c; }};\n"
            ),
        )
        .unwrap();
        std::fs::write(
            o.join("t.h"),
            format!("{same}struct s {{ int a; int b; }};\nint f(long);\n"),
        )
        .unwrap();
        let report = compare(&tc.clang, &side(&r, "reference"), &side(&o, "ours"), None).unwrap();
        let s = report.summary();
        assert!(
            s.contains("offsetof(struct s, b)") || s.contains("sizeof((struct s){}.b)"),
            "{s}"
        );
        assert!(s.contains("sizeof(struct s)"), "{s}");
        assert!(s.contains("MISMATCH prototypes: f"), "{s}");
        assert!(
            report.sections[TYPES]
                .missing
                .iter()
                .any(|m| m.contains("struct u")),
            "{s}"
        );
        assert!(!s.contains(" g "), "{s}");

        // The same headers on both sides: no mismatch at all.
        let report = compare(&tc.clang, &side(&r, "reference"), &side(&r, "ours"), None).unwrap();
        assert_eq!(report.mismatches(), 0, "{}", report.summary());
        assert!(report.sections[MEMBERS].compared >= 4);
    }
}
