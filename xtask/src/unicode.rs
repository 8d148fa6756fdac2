//! `cargo xtask unicode`: generate the wide-character tables from the
//! Unicode Character Database.
//!
//! Reads `UnicodeData.txt`, `DerivedCoreProperties.txt` and
//! `EastAsianWidth.txt` (Debian's `unicode-data` package puts them in
//! `/usr/share/unicode`) and writes `libc-top/src/wctype/unicode_tables.h`,
//! which is committed. `--check` regenerates in memory and fails if the
//! committed file differs, so the tables cannot drift from their source.
//!
//! Each set of code points becomes a two-level bitmap: the code space is
//! cut into blocks of 256, a first table gives each block the index of its
//! 32-byte bitmap in a second table, and identical bitmaps (most are all
//! clear or all set) are stored once. Case mappings become runs of code
//! points that map by the same offset, one run per line.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::err;
use crate::util::{project_root, write_if_changed, IoContext, Result};

/// Where Debian's `unicode-data` installs the database.
const DEFAULT_UCD: &str = "/usr/share/unicode";
/// One past the last code point.
const LIMIT: usize = 0x11_0000;
/// Code points per block of a bitmap table.
const BLOCK: usize = 256;

/// The generated file, relative to the project root.
fn output() -> PathBuf {
    project_root().join("libc-top/src/wctype/unicode_tables.h")
}

pub fn run(check: bool, ucd: Option<&Path>) -> Result<()> {
    let ucd = ucd.unwrap_or(Path::new(DEFAULT_UCD));
    let text = generate(ucd)?;
    let out = output();
    if check {
        let committed = fs::read_to_string(&out).ctx("cannot read", &out)?;
        if committed != text {
            return Err(err!(
                "{} is not what `cargo xtask unicode` generates from {}; rerun it",
                out.display(),
                ucd.display()
            ));
        }
        eprintln!("{} is up to date", out.display());
    } else if write_if_changed(&out, text.as_bytes())? {
        eprintln!("wrote {}", out.display());
    }
    Ok(())
}

/// One line of UnicodeData.txt, as far as the tables need it.
struct Entry {
    category: String,
    upper: Option<u32>,
    lower: Option<u32>,
}

fn read(ucd: &Path, name: &str) -> Result<String> {
    let path = ucd.join(name);
    fs::read_to_string(&path).map_err(|e| {
        err!(
            "cannot read {}: {e} (apt-get install unicode-data, or pass --ucd DIR)",
            path.display()
        )
    })
}

fn hex(s: &str) -> Result<u32> {
    u32::from_str_radix(s.trim(), 16).map_err(|_| err!("not a code point: `{s}`"))
}

/// Every code point's entry; ranges given as First/Last pairs are filled.
fn unicode_data(ucd: &Path) -> Result<Vec<Option<Entry>>> {
    let text = read(ucd, "UnicodeData.txt")?;
    let mut table: Vec<Option<Entry>> = (0..LIMIT).map(|_| None).collect();
    let mut range_start = None;
    for line in text.lines().filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split(';').collect();
        if f.len() < 15 {
            return Err(err!("short line in UnicodeData.txt: {line}"));
        }
        let cp = hex(f[0])? as usize;
        let opt = |s: &str| -> Result<Option<u32>> {
            if s.is_empty() {
                Ok(None)
            } else {
                hex(s).map(Some)
            }
        };
        let entry = || -> Result<Entry> {
            Ok(Entry {
                category: f[2].to_string(),
                upper: opt(f[12])?,
                lower: opt(f[13])?,
            })
        };
        if f[1].ends_with(", First>") {
            range_start = Some(cp);
        } else if f[1].ends_with(", Last>") {
            let start = range_start
                .take()
                .ok_or_else(|| err!("range end without a start: {line}"))?;
            for slot in &mut table[start..=cp] {
                *slot = Some(entry()?);
            }
        } else {
            table[cp] = Some(entry()?);
        }
    }
    Ok(table)
}

/// The code points a `file` gives `property` (lines `X..Y ; property`).
fn property(ucd: &Path, file: &str, wanted: &[&str]) -> Result<Vec<bool>> {
    let text = read(ucd, file)?;
    let mut set = vec![false; LIMIT];
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        let Some((range, value)) = line.split_once(';') else {
            continue;
        };
        if !wanted.contains(&value.trim()) {
            continue;
        }
        let (a, b) = match range.trim().split_once("..") {
            Some((a, b)) => (hex(a)?, hex(b)?),
            None => (hex(range)?, hex(range)?),
        };
        for slot in &mut set[a as usize..=b as usize] {
            *slot = true;
        }
    }
    Ok(set)
}

fn generate(ucd: &Path) -> Result<String> {
    let data = unicode_data(ucd)?;
    let category = |cp: usize| data[cp].as_ref().map_or("Cn", |e| e.category.as_str());

    let alpha = property(ucd, "DerivedCoreProperties.txt", &["Alphabetic"])?;
    let print: Vec<bool> = (0..LIMIT)
        .map(|cp| !matches!(category(cp), "Cn" | "Cc" | "Cs" | "Zl" | "Zp"))
        .collect();
    // Width 0: combining and enclosing marks, format characters except the
    // soft hyphen (which shows when a line breaks there), and the medial
    // and final Hangul jamo that join the syllable before them.
    let zero: Vec<bool> = (0..LIMIT)
        .map(|cp| {
            (matches!(category(cp), "Mn" | "Me" | "Cf") && cp != 0xad)
                || (0x1160..0x1200).contains(&cp)
                || cp == 0x200b
        })
        .collect();
    let east_wide = property(ucd, "EastAsianWidth.txt", &["W", "F"])?;
    let wide: Vec<bool> = (0..LIMIT).map(|cp| east_wide[cp] && !zero[cp]).collect();

    let mut upper = Vec::new();
    let mut lower = Vec::new();
    for (cp, e) in data.iter().enumerate() {
        if let Some(e) = e {
            if let Some(u) = e.upper.filter(|&u| u as usize != cp) {
                upper.push((cp as u32, u));
            }
            if let Some(l) = e.lower.filter(|&l| l as usize != cp) {
                lower.push((cp as u32, l));
            }
        }
    }

    let mut out = String::new();
    out.push_str(
        "/* Generated by `cargo xtask unicode` from the Unicode Character Database;\n   \
         do not edit. `cargo xtask unicode --check` verifies it. */\n\n",
    );
    let version = read(ucd, "DerivedCoreProperties.txt")?
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches('#')
        .trim()
        .to_string();
    let _ = writeln!(out, "/* Source: {version} */\n");
    out.push_str("#include <stdint.h>\n\n");
    out.push_str(
        "/* count code points from start, every stride, each mapping to itself plus delta */\n\
         struct case_run {\n\tuint32_t start;\n\tuint16_t count;\n\tuint8_t stride;\n\tint32_t delta;\n};\n\n",
    );
    bitmap(&mut out, "alpha", &alpha);
    bitmap(&mut out, "print", &print);
    bitmap(&mut out, "zero_width", &zero);
    bitmap(&mut out, "wide", &wide);
    runs(&mut out, "to_upper", &upper);
    runs(&mut out, "to_lower", &lower);
    Ok(out)
}

/// Emit `set` as a two-level bitmap named `name` with a lookup function.
fn bitmap(out: &mut String, name: &str, set: &[bool]) {
    let mut blocks: Vec<[u8; 32]> = Vec::new();
    let mut index_of: HashMap<[u8; 32], usize> = HashMap::new();
    let mut first = Vec::new();
    for chunk in set.chunks(BLOCK) {
        let mut bits = [0u8; 32];
        for (i, &on) in chunk.iter().enumerate() {
            if on {
                bits[i / 8] |= 1 << (i % 8);
            }
        }
        let n = blocks.len();
        let idx = *index_of.entry(bits).or_insert_with(|| {
            blocks.push(bits);
            n
        });
        first.push(idx);
    }
    // Blocks past the last one that differs from the final block share it.
    let tail = *first.last().unwrap_or(&0);
    while first.len() > 1 && first[first.len() - 2] == tail {
        first.pop();
    }
    let ty = if blocks.len() <= 256 {
        "uint8_t"
    } else {
        "uint16_t"
    };
    let _ = writeln!(
        out,
        "/* {name}: {} blocks of 256 code points, {} distinct bitmaps */",
        first.len(),
        blocks.len()
    );
    let _ = writeln!(out, "static const {ty} {name}_index[{}] = {{", first.len());
    list(out, first.iter().map(|i| i.to_string()));
    out.push_str("};\n");
    let _ = writeln!(
        out,
        "static const uint8_t {name}_bits[{}][32] = {{",
        blocks.len()
    );
    for b in &blocks {
        out.push_str("\t{");
        out.push_str(
            &b.iter()
                .map(|x| format!("0x{x:02x}"))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("},\n");
    }
    out.push_str("};\n");
    let _ = writeln!(
        out,
        "static inline int in_{name}(uint32_t c)\n{{\n\
         \tif (c >= 0x110000)\n\t\treturn 0;\n\
         \tuint32_t b = c >> 8;\n\
         \tunsigned i = {name}_index[b < {n} ? b : {last}];\n\
         \treturn {name}_bits[i][(c >> 3) & 31] >> (c & 7) & 1;\n}}\n",
        n = first.len(),
        last = first.len() - 1
    );
}

/// Emit a mapping as runs: `count` code points from `start`, every
/// `stride` (1 or 2), each mapping to itself plus `delta`.
fn runs(out: &mut String, name: &str, pairs: &[(u32, u32)]) {
    let mut rows: Vec<(u32, u32, u32, i64)> = Vec::new();
    for &(cp, to) in pairs {
        let delta = i64::from(to) - i64::from(cp);
        if let Some(last) = rows.last_mut() {
            let (start, count, stride, d) = *last;
            let next = start + count * stride;
            if d == delta && cp == next && (count > 1 || stride == 1) {
                last.1 += 1;
                continue;
            }
            if d == delta && count == 1 && (cp == start + 1 || cp == start + 2) {
                *last = (start, 2, cp - start, d);
                continue;
            }
        }
        rows.push((cp, 1, 1, delta));
    }
    let _ = writeln!(
        out,
        "/* {name}: {} mappings in {} runs */",
        pairs.len(),
        rows.len()
    );
    let _ = writeln!(
        out,
        "static const struct case_run {name}[{}] = {{",
        rows.len()
    );
    for (start, count, stride, delta) in rows {
        let _ = writeln!(out, "\t{{0x{start:04x}, {count}, {stride}, {delta}}},");
    }
    out.push_str("};\n\n");
}

/// Numbers, sixteen to a line.
fn list(out: &mut String, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    for line in items.chunks(16) {
        out.push('\t');
        out.push_str(&line.join(","));
        out.push_str(",\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed tables match the database, when the database is here
    /// (Debian's `unicode-data`); without it there is nothing to compare.
    #[test]
    fn committed_tables_are_current() {
        let ucd = Path::new(DEFAULT_UCD);
        assert!(
            ucd.join("UnicodeData.txt").is_file(),
            "no {DEFAULT_UCD}/UnicodeData.txt to check the tables against: apt-get install unicode-data"
        );
        let text = generate(ucd).expect("generate");
        let committed = fs::read_to_string(output()).expect("read the committed tables");
        assert!(committed == text, "rerun `cargo xtask unicode`");
    }

    #[test]
    fn runs_join_pairs_with_one_delta() {
        let mut out = String::new();
        let pairs = [(0x100, 0xff), (0x102, 0x101), (0x104, 0x103), (0x41, 0x61)];
        runs(&mut out, "t", &pairs[..3]);
        assert!(out.contains("{0x0100, 3, 2, -1}"), "{out}");
        out.clear();
        runs(&mut out, "t", &pairs[3..]);
        assert!(out.contains("{0x0041, 1, 1, 32}"), "{out}");
    }

    #[test]
    fn bitmaps_share_identical_blocks() {
        let mut set = vec![false; LIMIT];
        set[0x41] = true;
        set[0x341] = true;
        let mut out = String::new();
        bitmap(&mut out, "t", &set);
        assert!(
            out.contains("5 blocks of 256 code points, 2 distinct bitmaps"),
            "{out}"
        );
    }
}
