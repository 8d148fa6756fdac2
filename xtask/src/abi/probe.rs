//! Probes: one C declaration per line after a prelude of `#include`s,
//! compiled for wasm32 with `-S`. The compiler does the arithmetic (sizes,
//! offsets, macro values) and the assembly shows the result; a line the
//! compiler rejects is reported with its error instead.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::err;
use crate::util::{IoContext, Result};

/// Where and how to compile probes for one header set.
pub struct Side {
    pub name: &'static str,
    /// `-isystem` directories, searched in order (clang's own come after).
    pub include: Vec<PathBuf>,
    /// The `#include` lines every probe starts with.
    pub prelude: String,
    /// Scratch folder for the probe sources.
    pub scratch: PathBuf,
}

/// A declaration with `$` where the probe's variable name goes.
pub fn line(template: &str, i: usize) -> String {
    template.replace('$', &format!("__abi_{i}"))
}

impl Side {
    fn command(&self, clang: &Path) -> Command {
        let mut c = Command::new(clang);
        c.args(["--target=wasm32-wasi", "-nostdlibinc", "-std=gnu17"]);
        c.args(["-D_ALL_SOURCE", "-w", "-ferror-limit=0"]);
        for dir in &self.include {
            c.arg("-isystem").arg(dir);
        }
        c
    }

    /// `clang -E -dM` over the prelude: every macro, as printed.
    pub fn macros(&self, clang: &Path) -> Result<String> {
        let src = self.write("dm.c", &self.prelude)?;
        let out = self.command(clang).args(["-E", "-dM"]).arg(&src).output();
        let out = out.map_err(|e| err!("cannot run {}: {e}", clang.display()))?;
        if !out.status.success() {
            return Err(err!(
                "{} headers do not preprocess:\n{}",
                self.name,
                first_lines(&out.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// clang's textual AST of the prelude.
    pub fn ast(&self, clang: &Path) -> Result<String> {
        let src = self.write("ast.c", &self.prelude)?;
        let out = self
            .command(clang)
            .args(["-fsyntax-only", "-Xclang", "-ast-dump"])
            .arg(&src)
            .output()
            .map_err(|e| err!("cannot run {}: {e}", clang.display()))?;
        if !out.status.success() {
            return Err(err!(
                "{} headers do not compile:\n{}",
                self.name,
                first_lines(&out.stderr)
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn write(&self, name: &str, text: &str) -> Result<PathBuf> {
        fs::create_dir_all(&self.scratch).ctx("cannot create", &self.scratch)?;
        let path = self.scratch.join(name);
        fs::write(&path, text).ctx("cannot write", &path)?;
        Ok(path)
    }

    /// Compile every template (see [`line`]); for each, the data the
    /// compiler emitted for it, or the error it gave.
    pub fn eval(
        &self,
        clang: &Path,
        tag: &str,
        templates: &[String],
    ) -> Result<Vec<std::result::Result<String, String>>> {
        let mut result: Vec<Option<std::result::Result<String, String>>> =
            vec![None; templates.len()];
        let mut live: Vec<usize> = (0..templates.len()).collect();
        let first = self.prelude.lines().count() + 1;
        // Each round drops the lines that failed; a line fails alone, so
        // two rounds settle it, and a few more cover error cascades.
        for _ in 0..4 {
            let mut src = self.prelude.clone();
            for &i in &live {
                src.push_str(&line(&templates[i], i));
                src.push('\n');
            }
            let name = format!("{tag}.c");
            let path = self.write(&name, &src)?;
            let asm = self.scratch.join(format!("{tag}.s"));
            let out = self
                .command(clang)
                .args(["-S", "-O0", "-o"])
                .arg(&asm)
                .arg(&path)
                .output()
                .map_err(|e| err!("cannot run {}: {e}", clang.display()))?;
            if out.status.success() {
                let text = fs::read_to_string(&asm).ctx("cannot read", &asm)?;
                let data = data_of(&text);
                for &i in &live {
                    let v = data.get(&format!("__abi_{i}")).cloned().unwrap_or_default();
                    result[i] = Some(Ok(v));
                }
                return Ok(result
                    .into_iter()
                    .map(|r| r.unwrap_or_else(|| Err("not compiled".into())))
                    .collect());
            }
            let errors = errors_by_line(&String::from_utf8_lossy(&out.stderr), &name);
            if errors.is_empty() {
                return Err(err!(
                    "{} probe {tag} does not compile:\n{}",
                    self.name,
                    first_lines(&out.stderr)
                ));
            }
            let mut keep = Vec::new();
            for (pos, &i) in live.iter().enumerate() {
                match errors.get(&(first + pos)) {
                    Some(e) => result[i] = Some(Err(e.clone())),
                    None => keep.push(i),
                }
            }
            live = keep;
        }
        Err(err!("{} probe {tag}: errors did not settle", self.name))
    }
}

fn first_lines(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .lines()
        .take(12)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `probe.c:LINE:COL: error: message` lines of the probe file itself.
fn errors_by_line(stderr: &str, file: &str) -> HashMap<usize, String> {
    let mut map = HashMap::new();
    for l in stderr.lines() {
        let Some(pos) = l.find(&format!("{file}:")) else {
            continue;
        };
        let rest = &l[pos + file.len() + 1..];
        let mut parts = rest.splitn(3, ':');
        let (Some(line), Some(_col), Some(msg)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Some(msg) = msg.trim().strip_prefix("error: ") else {
            continue;
        };
        if let Ok(n) = line.parse::<usize>() {
            map.entry(n).or_insert_with(|| msg.to_string());
        }
    }
    map
}

/// For each label of the assembly, its data directives (comments dropped),
/// joined with `; `.
fn data_of(asm: &str) -> HashMap<String, String> {
    let mut map = HashMap::new();
    let mut cur: Option<(String, Vec<String>)> = None;
    for l in asm.lines() {
        if let Some(label) = l
            .strip_suffix(':')
            .filter(|s| !s.starts_with(['\t', ' ', '.']))
        {
            cur = Some((label.to_string(), Vec::new()));
            continue;
        }
        let t = l.trim();
        if t.starts_with(".size") || t.is_empty() {
            if let Some((label, data)) = cur.take() {
                map.insert(label, data.join("; "));
            }
            continue;
        }
        if let Some((_, data)) = cur.as_mut() {
            let t = t.split_once('#').map_or(t, |(a, _)| a).trim();
            data.push(t.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_data_and_errors() {
        let asm = "b:\n\t.int64\t0xfffc  # fp128 9\n\t.int64\t0x403d\n\t.size\tb, 16\nc:\n\t.asciz\t\"lld\"\n\t.size\tc, 4\n";
        let d = data_of(asm);
        assert_eq!(d["b"], ".int64 0xfffc; .int64 0x403d");
        assert_eq!(d["c"], ".asciz \"lld\"");
        let e = errors_by_line(
            "/x/t.c:7:3: error: conflicting types for 'f'\n/x/t.c:7:3: note: x\n",
            "t.c",
        );
        assert_eq!(e[&7], "conflicting types for 'f'");
    }
}
