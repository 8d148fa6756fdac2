//! `cargo xtask dist`: a reproducible tarball of the sysroot.
//!
//! The same commit gives the same bytes, whoever builds it and whenever:
//! entries are sorted, owned by 0:0 with no user or group names, modes are
//! normalised, every mtime is `SOURCE_DATE_EPOCH` (else the commit time, else
//! 0), and the gzip header holds no time, no name and a fixed OS byte.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::{Compression, GzBuilder};
use sha2::{Digest, Sha256};
use walkdir::WalkDir;

use crate::err;
use crate::sysroot;
use crate::toolchain;
use crate::util::target_dir;
use crate::util::{project_root, IoContext, Result};

/// The gzip header's OS byte: 3 is Unix, what `gzip -n` writes on Linux.
const GZIP_OS_UNIX: u8 = 3;
/// The deflate level. It is part of the output bytes, so it never varies.
const GZIP_LEVEL: u32 = 9;

/// Build the sysroot afresh and write the tarball and its checksum file;
/// returns the tarball's path.
pub fn run() -> Result<PathBuf> {
    let mtime = source_date()?;
    let name = format!("wasi-sysroot-{}", env!("CARGO_PKG_VERSION"));
    let dist = target_dir().join("dist");
    // A fresh tree rather than target/sysroot, which may hold files left
    // over from older builds: the tarball must be what the sources make.
    let stage = dist.join(&name);
    if stage.exists() {
        fs::remove_dir_all(&stage).ctx("cannot remove", &stage)?;
    }
    sysroot::run(&stage)?;

    let bytes = tar_gz(&stage, &name, mtime)?;
    let tarball = dist.join(format!("{name}.tar.gz"));
    write_atomically(&tarball, &bytes)?;
    let hex = sha256_hex(&bytes);
    let sum = dist.join(format!("{name}.tar.gz.sha256"));
    write_atomically(&sum, format!("{hex}  {name}.tar.gz\n").as_bytes())?;

    println!("{}", tarball.display());
    println!("sha256 {hex}");
    Ok(tarball)
}

/// The timestamp of every entry: `SOURCE_DATE_EPOCH`, else the time of the
/// commit being built, else 0.
fn source_date() -> Result<u64> {
    if let Some(v) = std::env::var_os("SOURCE_DATE_EPOCH") {
        let text = v.to_string_lossy();
        return text
            .trim()
            .parse()
            .map_err(|_| err!("SOURCE_DATE_EPOCH={text} is not a number of seconds since 1970"));
    }
    let root = project_root().display().to_string();
    let commit_time = toolchain::output(
        Path::new("git"),
        &["-C", &root, "log", "-1", "--format=%ct"],
    );
    Ok(commit_time.and_then(|t| t.parse().ok()).unwrap_or(0))
}

/// The gzipped tar of everything under `dir`, inside a top folder `top/`.
pub fn tar_gz(dir: &Path, top: &str, mtime: u64) -> Result<Vec<u8>> {
    let gz = GzBuilder::new()
        .mtime(0)
        .operating_system(GZIP_OS_UNIX)
        .write(Vec::new(), Compression::new(GZIP_LEVEL));
    let mut tar = tar::Builder::new(gz);
    let io = |e: std::io::Error| err!("cannot write the tarball of {}: {e}", dir.display());

    // sort_by_file_name visits a folder before its contents and siblings
    // in byte order of their names: the same order on every machine.
    for entry in WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| err!("cannot walk {}: {e}", dir.display()))?;
        let path = entry.path();
        let rel = path.strip_prefix(dir).unwrap_or(path);
        let name = Path::new(top).join(rel);
        let meta = entry
            .metadata()
            .map_err(|e| err!("cannot stat {}: {e}", path.display()))?;
        let kind = entry.file_type();

        let mut header = tar::Header::new_gnu();
        header.set_uid(0);
        header.set_gid(0);
        header.set_mtime(mtime);
        header.set_username("").map_err(io)?;
        header.set_groupname("").map_err(io)?;
        if kind.is_dir() {
            header.set_entry_type(tar::EntryType::Directory);
            header.set_mode(0o755);
            header.set_size(0);
            tar.append_data(&mut header, &name, std::io::empty())
                .map_err(io)?;
        } else if kind.is_symlink() {
            let target = fs::read_link(path).ctx("cannot read the symlink", path)?;
            header.set_entry_type(tar::EntryType::Symlink);
            // What every symlink has; extraction ignores it anyway.
            header.set_mode(0o777);
            header.set_size(0);
            tar.append_link(&mut header, &name, &target).map_err(io)?;
        } else if kind.is_file() {
            let executable = std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o111;
            header.set_entry_type(tar::EntryType::Regular);
            header.set_mode(if executable != 0 { 0o755 } else { 0o644 });
            header.set_size(meta.len());
            let file = fs::File::open(path).ctx("cannot open", path)?;
            tar.append_data(&mut header, &name, file).map_err(io)?;
        } else {
            return Err(err!(
                "{} is neither a file, a folder nor a symlink",
                path.display()
            ));
        }
    }
    let gz = tar.into_inner().map_err(io)?;
    gz.finish().map_err(io)
}

/// The sha256 of `bytes` in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Write through a temporary file and a rename, so that an interrupted run
/// never leaves a truncated tarball under the final name.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).ctx("cannot create", dir)?;
    }
    let tmp = path.with_extension("tmp");
    let mut file = fs::File::create(&tmp).ctx("cannot create", &tmp)?;
    file.write_all(bytes).ctx("cannot write", &tmp)?;
    file.sync_all().ctx("cannot write", &tmp)?;
    fs::rename(&tmp, path).ctx("cannot rename to", path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::os::unix::fs::{symlink, PermissionsExt};

    /// A fresh empty folder for one test.
    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-dist-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create the scratch folder");
        dir
    }

    fn fixture(dir: &Path) {
        fs::create_dir_all(dir.join("lib/wasm32-wasip1")).expect("mkdir");
        fs::create_dir_all(dir.join("bin")).expect("mkdir");
        fs::write(dir.join("lib/wasm32-wasip1/libc.a"), b"!<arch>\n").expect("write");
        fs::write(dir.join("bin/tool"), b"#!/bin/sh\n").expect("write");
        fs::set_permissions(dir.join("bin/tool"), fs::Permissions::from_mode(0o700))
            .expect("chmod");
        fs::write(dir.join("VERSION"), b"version = \"0\"\n").expect("write");
        let long = "a-name-long-enough-that-the-path-needs-the-gnu-extension".repeat(3);
        fs::write(dir.join("lib").join(long), b"long").expect("write");
        symlink("wasm32-wasip1", dir.join("lib/wasm32-wasi")).expect("symlink");
    }

    #[test]
    fn same_tree_same_bytes_changed_file_other_hash() {
        let dir = scratch("repro");
        fixture(&dir);
        let first = tar_gz(&dir, "top-1", 1_700_000_000).expect("tar");
        // Rewriting a file with the same bytes changes its mtime on disk and
        // a looser umask changes its mode: neither may reach the tarball.
        fs::write(dir.join("VERSION"), b"version = \"0\"\n").expect("write");
        fs::set_permissions(dir.join("VERSION"), fs::Permissions::from_mode(0o664)).expect("chmod");
        let second = tar_gz(&dir, "top-1", 1_700_000_000).expect("tar");
        assert!(first == second, "two tarballs of the same tree differ");
        assert_eq!(
            first[..4],
            [0x1f, 0x8b, 8, 0],
            "gzip magic, deflate, no flags"
        );
        assert_eq!(first[4..8], [0, 0, 0, 0], "gzip mtime must be 0");
        assert_eq!(first[9], GZIP_OS_UNIX);

        fs::write(dir.join("VERSION"), b"version = \"1\"\n").expect("write");
        let third = tar_gz(&dir, "top-1", 1_700_000_000).expect("tar");
        assert_ne!(sha256_hex(&first), sha256_hex(&third));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn entries_are_normalised() {
        let dir = scratch("entries");
        fixture(&dir);
        let bytes = tar_gz(&dir, "top-2", 42).expect("tar");
        let mut gz = flate2::read::GzDecoder::new(&bytes[..]);
        let mut tar_bytes = Vec::new();
        gz.read_to_end(&mut tar_bytes).expect("gunzip");
        let mut archive = tar::Archive::new(&tar_bytes[..]);
        let mut seen = Vec::new();
        for entry in archive.entries().expect("entries") {
            let entry = entry.expect("entry");
            let h = entry.header();
            let path = entry.path().expect("path").display().to_string();
            assert!(path.starts_with("top-2"), "{path} outside the top folder");
            assert_eq!(
                (h.uid().ok(), h.gid().ok(), h.mtime().ok()),
                (Some(0), Some(0), Some(42))
            );
            assert_eq!(h.username().ok().flatten(), Some(""));
            let mode = h.mode().expect("mode");
            match h.entry_type() {
                tar::EntryType::Directory => assert_eq!(mode, 0o755, "{path}"),
                tar::EntryType::Symlink => {
                    let target = entry.link_name().ok().flatten().map(|t| t.into_owned());
                    assert_eq!(target, Some(PathBuf::from("wasm32-wasip1")));
                }
                _ if path.ends_with("bin/tool") => assert_eq!(mode, 0o755),
                _ => assert_eq!(mode, 0o644, "{path}"),
            }
            seen.push(PathBuf::from(path));
        }
        // Path's order compares component by component: parents first,
        // then siblings by name.
        let mut sorted = seen.clone();
        sorted.sort();
        assert_eq!(seen, sorted, "entries are not in sorted order");
        assert!(seen.iter().any(|p| p.ends_with("lib/wasm32-wasi")));
        assert!(
            seen.iter().any(|p| p.as_os_str().len() > 100),
            "the long name was lost"
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
