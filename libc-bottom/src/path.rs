//! Path logic of the bottom half, pure and host-tested: making a path
//! absolute against the emulated working directory, and finding the
//! preopened directory that serves an absolute path.
//!
//! WASI preview 1 has no working directory and no absolute paths: every path
//! is relative to a directory descriptor the runtime preopened. So the libc
//! keeps a working directory as a string and resolves `.` and `..`
//! lexically, as a shell's logical `PWD` does (`a/link/..` is `a`, whatever
//! `link` points to); the runtime then resolves the rest, symlinks included,
//! inside the preopen, which it never lets a path leave.

use alloc::string::String;
use alloc::vec::Vec;

use crate::errno::Errno;

/// `path` made absolute against `cwd` (itself absolute and normalised), with
/// `.`, `..` and repeated slashes resolved. `..` at the root stays at the
/// root, as POSIX says. A trailing slash is kept, since it asks that the
/// last component be a directory. An empty path is ENOENT.
pub fn absolute(cwd: &str, path: &str) -> Result<String, Errno> {
    if path.is_empty() {
        return Err(Errno::NOENT);
    }
    let base = if path.starts_with('/') { "" } else { cwd };
    let mut parts: Vec<&str> = Vec::new();
    for part in base.split('/').chain(path.split('/')) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            name => parts.push(name),
        }
    }
    let mut out = String::with_capacity(path.len() + base.len() + 1);
    for p in &parts {
        out.push('/');
        out.push_str(p);
    }
    if out.is_empty() {
        out.push('/');
    } else if path.ends_with('/')
        || path.ends_with("/.")
        || path.ends_with("/..")
        || path == "."
        || path == ".."
    {
        // "dir/." and "dir/.." name directories too.
        out.push('/');
    }
    Ok(out)
}

/// Whether `prefix` (absolute, normalised, no trailing slash unless it is
/// the root) contains `path` on whole components; returns the rest of
/// `path`, relative, or `.` for the prefix itself.
pub fn strip_prefix<'a>(prefix: &str, path: &'a str) -> Option<&'a str> {
    let rest = if prefix == "/" {
        path.strip_prefix('/')?
    } else {
        let rest = path.strip_prefix(prefix)?;
        match rest.strip_prefix('/') {
            Some(r) => r,
            None if rest.is_empty() => rest,
            None => return None,
        }
    };
    Some(if rest.is_empty() { "." } else { rest })
}

/// A directory the runtime preopened, under the absolute name the program
/// sees (relative names such as `.` are taken from the root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preopen {
    pub fd: u32,
    pub prefix: String,
}

impl Preopen {
    /// The preopen `fd` named `name` by the runtime.
    pub fn new(fd: u32, name: &str) -> Result<Preopen, Errno> {
        let mut prefix = absolute("/", name)?;
        if prefix.len() > 1 && prefix.ends_with('/') {
            prefix.pop();
        }
        Ok(Preopen { fd, prefix })
    }
}

/// The preopen that serves the absolute path `path` — the longest prefix on
/// whole components, the latest one among equals — with the path relative to
/// it. ENOENT when no preopen contains the path: outside the preopens there
/// is nothing for the program to reach.
pub fn find<'p, 'a>(
    preopens: &'p [Preopen],
    path: &'a str,
) -> Result<(&'p Preopen, &'a str), Errno> {
    let mut best: Option<(&Preopen, &str)> = None;
    for p in preopens {
        if let Some(rest) = strip_prefix(&p.prefix, path) {
            if best.is_none_or(|(b, _)| p.prefix.len() >= b.prefix.len()) {
                best = Some((p, rest));
            }
        }
    }
    best.ok_or(Errno::NOENT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn abs(cwd: &str, p: &str) -> String {
        absolute(cwd, p).expect("a valid path")
    }

    #[test]
    fn absolute_resolves_dots_lexically() {
        assert_eq!(abs("/", "a/b"), "/a/b");
        assert_eq!(abs("/x/y", "a"), "/x/y/a");
        assert_eq!(abs("/x/y", ".."), "/x/");
        assert_eq!(abs("/x/y", "../.."), "/");
        assert_eq!(abs("/x/y", "../../../.."), "/");
        assert_eq!(abs("/x", "/a//b/./c/../d"), "/a/b/d");
        assert_eq!(abs("/x", "."), "/x/");
        assert_eq!(abs("/", "."), "/");
        assert_eq!(abs("/", ".."), "/");
        assert_eq!(abs("/x", "a/"), "/x/a/");
        assert_eq!(abs("/x", "a/."), "/x/a/");
        assert_eq!(abs("/x", "a/b/.."), "/x/a/");
        assert_eq!(absolute("/", ""), Err(Errno::NOENT));
    }

    #[test]
    fn prefixes_match_whole_components() {
        assert_eq!(strip_prefix("/tmp", "/tmp"), Some("."));
        assert_eq!(strip_prefix("/tmp", "/tmp/"), Some("."));
        assert_eq!(strip_prefix("/tmp", "/tmp/a/b"), Some("a/b"));
        assert_eq!(strip_prefix("/tmp", "/tmpx"), None);
        assert_eq!(strip_prefix("/tmp", "/"), None);
        assert_eq!(strip_prefix("/", "/a"), Some("a"));
        assert_eq!(strip_prefix("/", "/"), Some("."));
    }

    #[test]
    fn preopen_names_are_normalised() {
        assert_eq!(Preopen::new(3, ".").map(|p| p.prefix), Ok("/".into()));
        assert_eq!(
            Preopen::new(3, "./data/").map(|p| p.prefix),
            Ok("/data".into())
        );
        assert_eq!(
            Preopen::new(3, "/tmp/").map(|p| p.prefix),
            Ok("/tmp".into())
        );
        assert_eq!(Preopen::new(3, ""), Err(Errno::NOENT));
    }

    #[test]
    fn the_longest_latest_preopen_wins() {
        let pre = vec![
            Preopen::new(3, "/").unwrap(),
            Preopen::new(4, "/data").unwrap(),
            Preopen::new(5, "/data/sub").unwrap(),
            Preopen::new(6, "/data").unwrap(),
        ];
        let fd = |p: &str| find(&pre, p).map(|(o, rest)| (o.fd, String::from(rest)));
        assert_eq!(fd("/data/x"), Ok((6, "x".into())));
        assert_eq!(fd("/data/sub/y/z"), Ok((5, "y/z".into())));
        assert_eq!(fd("/data/subway"), Ok((6, "subway".into())));
        assert_eq!(fd("/etc/passwd"), Ok((3, "etc/passwd".into())));
        assert_eq!(find(&pre[1..2], "/etc"), Err(Errno::NOENT));
    }
}
