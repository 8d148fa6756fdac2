//! The declarations of a header set, read from clang's textual AST dump
//! (`-Xclang -ast-dump`): typedefs, struct and union members, enumerators,
//! and the types of functions and variables. Only the top level matters, so
//! a line-based reader is enough; no JSON parser is needed.

use std::path::{Path, PathBuf};

/// A struct or union with a definition, and how a probe can spell it.
#[derive(Debug, Clone)]
pub struct Record {
    /// `struct stat`, or the typedef name of an anonymous record.
    pub spelling: String,
    /// Members reachable by name, including those of anonymous members.
    pub fields: Vec<String>,
}

/// A function or variable declared `extern`.
#[derive(Debug, Clone)]
pub struct Object {
    pub name: String,
    /// The canonical type as clang prints it (typedefs resolved, so that it
    /// names only builtin types and tags), usable inside `__typeof__(...)`.
    pub ty: String,
    pub thread_local: bool,
    /// The header that declares it, relative to its include directory.
    pub header: String,
}

#[derive(Debug, Default)]
pub struct Decls {
    pub typedefs: Vec<String>,
    pub records: Vec<Record>,
    pub enumerators: Vec<String>,
    pub objects: Vec<Object>,
}

/// Names a header set keeps for itself are not compared, except WASI's own.
pub fn is_public(name: &str) -> bool {
    !name.starts_with("__") || name.starts_with("__wasi")
}

struct Node<'a> {
    depth: usize,
    kind: &'a str,
    /// The text before the first quote: locations, flags, the name.
    head: &'a str,
    /// The first quoted string (the type), if any.
    ty: Option<&'a str>,
    /// The canonical type, when clang prints one besides the sugared type.
    canon: Option<&'a str>,
    /// Whatever follows the type: `extern`, `static`, `tls`, `inline`...
    tail: &'a str,
}

fn node(line: &str) -> Option<Node<'_>> {
    let start = line.find(|c: char| c.is_ascii_alphabetic())?;
    let rest = &line[start..];
    let (kind, rest) = rest.split_once(' ').unwrap_or((rest, ""));
    let (head, ty, canon, tail) = match rest.split_once('\'') {
        Some((head, after)) => {
            let (ty, tail) = after.split_once('\'').unwrap_or((after, ""));
            // `'size_t':'unsigned long'`: the sugared spelling comes first.
            match tail.strip_prefix(":'").and_then(|t| t.split_once('\'')) {
                Some((canon, tail)) => (head, Some(ty), Some(canon), tail),
                None => (head, Some(ty), None, tail),
            }
        }
        None => (rest, None, None, ""),
    };
    Some(Node {
        depth: start / 2,
        kind,
        head,
        ty,
        canon,
        tail,
    })
}

fn last_word(s: &str) -> Option<&str> {
    s.split_whitespace().last()
}

fn has_word(s: &str, w: &str) -> bool {
    s.split_whitespace().any(|x| x == w)
}

/// The absolute paths a line mentions (locations print the file only when it
/// changes), in order.
fn paths(line: &str) -> impl Iterator<Item = &str> {
    line.match_indices(['<', ' ']).filter_map(move |(i, _)| {
        let s = &line[i + 1..];
        s.starts_with('/').then(|| s.split(':').next().unwrap_or(s))
    })
}

/// Read a dump; `roots` are the include directories whose headers count
/// (anything else, such as clang's own headers, is still read for types).
pub fn parse(dump: &str, roots: &[PathBuf]) -> Decls {
    let mut d = Decls::default();
    let mut file = String::new();
    // The record being read: its index in d.records and its depth.
    let mut open: Option<(usize, usize)> = None;
    // Anonymous top-level record waiting for the typedef that names it.
    let mut unnamed: Option<Record> = None;
    for line in dump.lines() {
        let Some(n) = node(line) else { continue };
        // The decl's own file is the first path of its range, if printed.
        let own = n.head.trim_start_matches(|c| c != '<');
        if let Some(p) = own.strip_prefix('<').filter(|p| p.starts_with('/')) {
            file = p.split(':').next().unwrap_or(p).to_string();
        }
        let decl_file = file.clone();
        if let Some(p) = paths(line).last() {
            file = p.to_string();
        }
        if n.kind == "EnumConstantDecl" {
            if let Some(name) = last_word(n.head) {
                d.enumerators.push(name.to_string());
            }
            continue;
        }
        if let Some((_, depth)) = open {
            if n.depth <= depth {
                open = None;
            }
        }
        if let Some((idx, depth)) = open {
            // Members of the open record and of its anonymous members.
            if n.kind == "FieldDecl" && !has_word(n.head, "implicit") {
                let direct = n.depth == depth + 1;
                let in_anonymous = n.depth > depth + 1;
                if let Some(name) = last_word(n.head) {
                    if direct || in_anonymous {
                        let rec = if idx == usize::MAX {
                            unnamed.as_mut()
                        } else {
                            d.records.get_mut(idx)
                        };
                        if let Some(rec) = rec {
                            rec.fields.push(name.to_string());
                        }
                    }
                }
            }
            continue;
        }
        if n.depth != 1 || has_word(n.head, "implicit") {
            continue;
        }
        if n.kind != "TypedefDecl" {
            unnamed = None;
        }
        let public_file = roots.iter().any(|r| Path::new(&decl_file).starts_with(r));
        match n.kind {
            "RecordDecl" if has_word(n.head, "definition") => {
                let words: Vec<&str> = n.head.split_whitespace().collect();
                let tag = words
                    .iter()
                    .rposition(|w| *w == "struct" || *w == "union")
                    .map(|i| (words[i], words.get(i + 1).copied()));
                match tag {
                    Some((kw, Some(name))) if name != "definition" => {
                        if is_public(name) {
                            d.records.push(Record {
                                spelling: format!("{kw} {name}"),
                                fields: Vec::new(),
                            });
                            open = Some((d.records.len() - 1, n.depth));
                        }
                    }
                    _ => {
                        unnamed = Some(Record {
                            spelling: String::new(),
                            fields: Vec::new(),
                        });
                        open = Some((usize::MAX, n.depth));
                    }
                }
            }
            "TypedefDecl" => {
                let Some(name) = last_word(n.head) else {
                    continue;
                };
                if !is_public(name) {
                    unnamed = None;
                    continue;
                }
                d.typedefs.push(name.to_string());
                if let Some(mut rec) = unnamed.take() {
                    rec.spelling = name.to_string();
                    d.records.push(rec);
                }
            }
            "FunctionDecl" | "VarDecl" if public_file => {
                let (Some(name), Some(ty)) = (last_word(n.head), n.ty) else {
                    continue;
                };
                if has_word(n.tail, "static") || has_word(n.tail, "inline") {
                    continue;
                }
                if n.kind == "VarDecl" && !has_word(n.tail, "extern") {
                    continue;
                }
                let header = roots
                    .iter()
                    .find_map(|r| Path::new(&decl_file).strip_prefix(r).ok())
                    .map_or(decl_file.clone(), |p| p.display().to_string());
                d.objects.push(Object {
                    name: name.to_string(),
                    ty: n.canon.unwrap_or(ty).to_string(),
                    thread_local: has_word(n.tail, "tls"),
                    header,
                });
            }
            _ => {}
        }
    }
    d.typedefs.sort();
    d.typedefs.dedup();
    d.enumerators.sort();
    d.enumerators.dedup();
    d.records.sort_by(|a, b| a.spelling.cmp(&b.spelling));
    d.records.dedup_by(|a, b| a.spelling == b.spelling);
    d.objects.sort_by(|a, b| a.name.cmp(&b.name));
    d.objects.dedup_by(|a, b| a.name == b.name);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_typedefs_and_functions() {
        let dump = "\
TranslationUnitDecl 0x1 <<invalid sloc>> <invalid sloc>
|-RecordDecl 0x2 </inc/s.h:1:1, line:5:1> line:1:8 struct s definition
| |-FieldDecl 0x3 <line:2:3, col:7> col:7 a 'int'
| |-RecordDecl 0x4 <line:3:3, col:20> col:3 union definition
| | `-FieldDecl 0x5 <col:11, col:15> col:15 b 'long'
| `-FieldDecl 0x6 <line:3:3> col:3 implicit 'union (anonymous)'
|-RecordDecl 0x7 <line:6:9, line:8:1> line:6:9 struct definition
| `-FieldDecl 0x8 <line:7:3, col:7> col:7 q 'int'
|-TypedefDecl 0x9 <line:6:1, line:8:3> col:3 referenced div_t 'struct div_t':'div_t'
|-FunctionDecl 0xa <line:9:1, col:20> col:7 f 'T *(int)':'char *(int)' extern
|-VarDecl 0xb <line:10:1, col:20> col:7 e 'int' extern tls
`-FunctionDecl 0xc </usr/lib/clang/x.h:1:1, col:2> col:7 g 'int (void)'
";
        let d = parse(dump, &[PathBuf::from("/inc")]);
        assert_eq!(d.records.len(), 2);
        assert_eq!(d.records[0].spelling, "div_t");
        assert_eq!(d.records[0].fields, ["q"]);
        assert_eq!(d.records[1].spelling, "struct s");
        assert_eq!(d.records[1].fields, ["a", "b"]);
        assert_eq!(d.typedefs, ["div_t"]);
        let names: Vec<&str> = d.objects.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["e", "f"]);
        assert_eq!(d.objects[1].ty, "char *(int)");
        assert_eq!(d.objects[1].header, "s.h");
        assert!(d.objects[0].thread_local);
    }
}
