//! `cargo xtask install`: install the sysroot for a toolchain or a package.
//!
//! Two layouts. The default is one self-contained folder,
//! `PREFIX/share/wasi-sysroot` (what wasi-sdk and FreeBSD use), passed to
//! clang with `--sysroot`. `--multiarch` spreads it as Debian does:
//! `PREFIX/include/wasm32-wasip1`, `PREFIX/lib/wasm32-wasip1`, the
//! `wasm32-wasi` names as symlinks, the launchers in `PREFIX/bin` and their
//! data in `PREFIX/share`: in both layouts the sysroot is the parent of the
//! launchers' `bin/`, so they work unchanged.
//!
//! Then the compiler: distribution clang looks for the wasm32-wasip1
//! builtins under a name its packages do not install. Installing for the
//! machine (no `--destdir`) adds that name as a symlink, or says the one
//! command to run when we may not write there.

use std::fs;
use std::io;
use std::os::unix::fs::{symlink, PermissionsExt};
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::err;
use crate::sysroot;
use crate::toolchain::{self, Toolchain};
use crate::util::{IoContext, Result};

#[derive(clap::Args)]
pub struct Args {
    /// The installation prefix.
    #[arg(long, default_value = "/usr/local")]
    prefix: PathBuf,
    /// Stage the files under this folder, for a package; the compiler is
    /// then left alone.
    #[arg(long)]
    destdir: Option<PathBuf>,
    /// Install as Debian does: PREFIX/include/wasm32-wasip1 and
    /// PREFIX/lib/wasm32-wasip1, launchers in PREFIX/bin.
    #[arg(long)]
    multiarch: bool,
}

pub fn run(args: &Args) -> Result<()> {
    if !args.prefix.is_absolute() {
        return Err(err!(
            "--prefix must be an absolute path, not {}",
            args.prefix.display()
        ));
    }
    let built = sysroot::run(&sysroot::default_dir())?;
    // Where the sysroot will be once installed, and where we write it now.
    let sysroot = if args.multiarch {
        args.prefix.clone()
    } else {
        args.prefix.join("share/wasi-sysroot")
    };
    let dest = match &args.destdir {
        Some(d) => {
            let d = std::path::absolute(d).ctx("cannot resolve", d)?;
            d.join(sysroot.strip_prefix("/").unwrap_or(&sysroot))
        }
        None => sysroot.clone(),
    };
    let count = install_tree(&built.dir, &dest, args.multiarch)?;
    println!("installed {count} files in {}", dest.display());
    println!(
        "use it with: {}/bin/wasm32-wasip1-clang hello.c -o hello.wasm",
        sysroot.display()
    );
    println!(
        "         or: clang --target=wasm32-wasip1 --sysroot={} hello.c -o hello.wasm",
        sysroot.display()
    );

    if args.destdir.is_some() {
        println!(
            "compiler left alone: --destdir stages files for a package, and the machine's \
             clang is not the package's to change (the launchers in bin/ need no change)"
        );
        return Ok(());
    }
    fix_compiler(&toolchain::discover()?)
}

/// Where an entry of the built sysroot goes, relative to the destination.
/// Only the metadata file moves in the multiarch layout, into the
/// package's own data folder beside the launcher script.
fn place(rel: &Path, multiarch: bool) -> PathBuf {
    if multiarch && rel == Path::new("VERSION") {
        PathBuf::from("share/wasi-sysroot/VERSION")
    } else {
        rel.to_path_buf()
    }
}

/// Copy the tree `from` into `to`, keeping symlinks as symlinks and the
/// modes of files. Returns how many files and symlinks were installed.
fn install_tree(from: &Path, to: &Path, multiarch: bool) -> Result<usize> {
    let mut count = 0;
    for entry in WalkDir::new(from).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(|e| err!("cannot walk {}: {e}", from.display()))?;
        let src = entry.path();
        let rel = src.strip_prefix(from).unwrap_or(src);
        let dest = to.join(place(rel, multiarch));
        let kind = entry.file_type();
        if kind.is_dir() {
            if !dest.is_dir() {
                fs::create_dir_all(&dest).ctx("cannot create", &dest)?;
            }
        } else if kind.is_symlink() {
            let target = fs::read_link(src).ctx("cannot read the symlink", src)?;
            if install_symlink(&target, &dest)? {
                count += 1;
            }
        } else {
            install_file(src, &dest)?;
            count += 1;
        }
    }
    Ok(count)
}

/// Replace `dest` with a copy of `src` (same mode) through a temporary
/// file and a rename, so a reader never sees half a file.
fn install_file(src: &Path, dest: &Path) -> Result<()> {
    if let Some(dir) = dest.parent() {
        fs::create_dir_all(dir).ctx("cannot create", dir)?;
    }
    if dest.is_dir() && !dest.is_symlink() {
        return Err(err!(
            "cannot install {}: a folder is in the way",
            dest.display()
        ));
    }
    let mut tmp = dest.as_os_str().to_owned();
    tmp.push(".xtask-tmp");
    let tmp = PathBuf::from(tmp);
    fs::copy(src, &tmp).ctx("cannot copy to", &tmp)?;
    let mode = fs::metadata(src)
        .ctx("cannot stat", src)?
        .permissions()
        .mode()
        & 0o7777;
    fs::set_permissions(&tmp, fs::Permissions::from_mode(mode)).ctx("cannot chmod", &tmp)?;
    fs::rename(&tmp, dest).ctx("cannot install", dest)
}

/// Make `dest` a symlink to `target`. A real folder in its place is left
/// alone with a warning: in the multiarch layout under /usr, Debian's
/// wasi-libc owns `include/wasm32-wasi` and `lib/wasm32-wasi`.
fn install_symlink(target: &Path, dest: &Path) -> Result<bool> {
    if fs::read_link(dest).is_ok_and(|t| t == target) {
        return Ok(true);
    }
    if dest.is_dir() && !dest.is_symlink() {
        eprintln!(
            "warning: left {} alone: it is a folder, not ours (Debian's wasi-libc?); \
             the other name, {}, is this sysroot",
            dest.display(),
            target.display()
        );
        return Ok(false);
    }
    if dest.is_symlink() || dest.exists() {
        fs::remove_file(dest).ctx("cannot replace", dest)?;
    }
    if let Some(dir) = dest.parent() {
        fs::create_dir_all(dir).ctx("cannot create", dir)?;
    }
    symlink(target, dest).ctx("cannot create the symlink", dest)?;
    Ok(true)
}

/// Give clang the wasm32-wasip1 builtins under the name it looks for.
fn fix_compiler(tc: &Toolchain) -> Result<()> {
    let wanted = toolchain::output(
        &tc.clang,
        &["--target=wasm32-wasip1", "-print-libgcc-file-name"],
    )
    .map(PathBuf::from)
    .ok_or_else(|| {
        err!(
            "{} cannot say where its wasm32-wasip1 builtins go",
            tc.clang.display()
        )
    })?;
    if wanted.exists() {
        println!(
            "{} already finds its wasm32-wasip1 builtins",
            tc.clang.display()
        );
        return Ok(());
    }
    let target = link_target(&wanted, &tc.builtins);
    match link_builtins(&wanted, &target) {
        Ok(()) => {
            println!(
                "{} finds its wasm32-wasip1 builtins now: {} -> {}",
                tc.clang.display(),
                wanted.display(),
                target.display()
            );
            Ok(())
        }
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
            ) =>
        {
            println!(
                "{} lacks the wasm32-wasip1 builtins, and we may not add them ({e}).\n\
                 The launchers in bin/ work without them; to fix clang itself, run:\n  {}",
                tc.clang.display(),
                fix_command(&wanted, &target)
            );
            Ok(())
        }
        Err(e) => Err(err!("cannot create the symlink {}: {e}", wanted.display())),
    }
}

/// The symlink's contents: relative when both names share a folder's
/// parent (`../wasi/libclang_rt.builtins-wasm32.a`), so that the resource
/// folder can move; absolute otherwise.
fn link_target(link: &Path, builtins: &Path) -> PathBuf {
    let link_up = link.parent().and_then(Path::parent);
    let builtins_dir = builtins.parent();
    match (
        link_up,
        builtins_dir,
        builtins_dir.and_then(Path::file_name),
        builtins.file_name(),
    ) {
        (Some(up), Some(dir), Some(dir_name), Some(file)) if dir.parent() == Some(up) => {
            Path::new("..").join(dir_name).join(file)
        }
        _ => builtins.to_path_buf(),
    }
}

/// Create `link` → `target`, with its folder; a dangling link in its place
/// (builtins that moved) is replaced.
fn link_builtins(link: &Path, target: &Path) -> io::Result<()> {
    if let Some(dir) = link.parent() {
        fs::create_dir_all(dir)?;
    }
    if link.is_symlink() {
        fs::remove_file(link)?;
    }
    symlink(target, link)
}

/// The one command line that does what [`link_builtins`] could not.
fn fix_command(link: &Path, target: &Path) -> String {
    let ln = format!("ln -sf {} {}", quote(target), quote(link));
    match link.parent() {
        Some(dir) if !dir.is_dir() => format!(
            "sudo sh -c {}",
            quote_str(&format!("mkdir -p {} && {ln}", quote(dir)))
        ),
        _ => format!("sudo {ln}"),
    }
}

fn quote(p: &Path) -> String {
    quote_str(&p.display().to_string())
}

/// `s` as one shell word.
fn quote_str(s: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+=:,@".contains(c);
    if !s.is_empty() && s.chars().all(plain) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-install-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create the scratch folder");
        dir
    }

    #[test]
    fn builtins_link_is_relative_inside_the_resource_dir() {
        let res = Path::new("/usr/lib/llvm-19/lib/clang/19/lib");
        let link = res.join("wasm32-unknown-wasip1/libclang_rt.builtins.a");
        let builtins = res.join("wasi/libclang_rt.builtins-wasm32.a");
        assert_eq!(
            link_target(&link, &builtins),
            Path::new("../wasi/libclang_rt.builtins-wasm32.a")
        );
        let elsewhere = Path::new("/opt/rt/libclang_rt.builtins-wasm32.a");
        assert_eq!(link_target(&link, elsewhere), elsewhere);
    }

    #[test]
    fn fix_command_creates_the_folder_when_missing() {
        let link = Path::new("/nowhere/lib/wasm32-unknown-wasip1/libclang_rt.builtins.a");
        let cmd = fix_command(link, Path::new("../wasi/libclang_rt.builtins-wasm32.a"));
        assert_eq!(
            cmd,
            "sudo sh -c 'mkdir -p /nowhere/lib/wasm32-unknown-wasip1 && ln -sf \
             ../wasi/libclang_rt.builtins-wasm32.a \
             /nowhere/lib/wasm32-unknown-wasip1/libclang_rt.builtins.a'"
        );
        let here = std::env::temp_dir().join("libclang_rt.builtins.a");
        let cmd = fix_command(&here, Path::new("/x.a"));
        assert_eq!(cmd, format!("sudo ln -sf /x.a {}", here.display()));
    }

    #[test]
    fn quoting_makes_one_shell_word() {
        assert_eq!(quote_str("/usr/lib/x-1.a"), "/usr/lib/x-1.a");
        assert_eq!(quote_str("a b"), "'a b'");
        assert_eq!(quote_str("it's"), r"'it'\''s'");
        assert_eq!(quote_str(""), "''");
    }

    #[test]
    fn tree_keeps_symlinks_and_modes_and_respects_foreign_folders() {
        let dir = scratch("tree");
        let from = dir.join("from");
        fs::create_dir_all(from.join("include/wasm32-wasip1/sys")).expect("mkdir");
        fs::create_dir_all(from.join("bin")).expect("mkdir");
        fs::write(from.join("include/wasm32-wasip1/sys/types.h"), "x").expect("write");
        fs::write(from.join("bin/cc"), "#!/bin/sh\n").expect("write");
        fs::set_permissions(from.join("bin/cc"), fs::Permissions::from_mode(0o755)).expect("chmod");
        fs::write(from.join("VERSION"), "v").expect("write");
        symlink("wasm32-wasip1", from.join("include/wasm32-wasi")).expect("symlink");

        let to = dir.join("to");
        assert_eq!(install_tree(&from, &to, false).expect("install"), 4);
        // Twice: installing over an installation works.
        assert_eq!(install_tree(&from, &to, false).expect("install"), 4);
        let mode = fs::metadata(to.join("bin/cc"))
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o755);
        assert_eq!(
            fs::read_link(to.join("include/wasm32-wasi")).ok(),
            Some("wasm32-wasip1".into())
        );
        assert!(to.join("include/wasm32-wasi/sys/types.h").is_file());
        assert!(to.join("VERSION").is_file());

        let multi = dir.join("multi");
        fs::create_dir_all(multi.join("include/wasm32-wasi")).expect("mkdir");
        assert_eq!(install_tree(&from, &multi, true).expect("install"), 3);
        assert!(
            !multi.join("include/wasm32-wasi").is_symlink(),
            "a foreign folder was replaced"
        );
        assert!(multi.join("share/wasi-sysroot/VERSION").is_file());
        assert!(!multi.join("VERSION").exists());
        let _ = fs::remove_dir_all(&dir);
    }

    /// The launchers of sysroot-template, run through a symlink with a
    /// fake clang that prints its arguments.
    #[test]
    fn launchers_set_target_sysroot_and_shadow_resource_dir() {
        let dir = scratch("launchers");
        let sysroot = dir.join("sysroot");
        install_tree(
            &crate::util::project_root().join("sysroot-template"),
            &sysroot,
            false,
        )
        .expect("install the template");
        let res = dir.join("res");
        fs::create_dir_all(res.join("include")).expect("mkdir");
        fs::create_dir_all(res.join("lib/wasi")).expect("mkdir");
        fs::write(
            res.join("lib/wasi/libclang_rt.builtins-wasm32.a"),
            "!<arch>\n",
        )
        .expect("write");
        let fake = dir.join("fake-clang");
        fs::write(
            &fake,
            "#!/bin/sh\n\
             case \"$*\" in\n\
             -print-resource-dir) echo \"$FAKE_RES\" ;;\n\
             '--target=wasm32-wasip1 -print-libgcc-file-name') \
             echo \"$FAKE_RES/lib/wasm32-unknown-wasip1/libclang_rt.builtins.a\" ;;\n\
             *-print-libgcc-file-name) echo \"$FAKE_RES/lib/wasi/libclang_rt.builtins-wasm32.a\" ;;\n\
             *) echo \"$0\"; printf '%s\\n' \"$@\" ;;\n\
             esac\n",
        )
        .expect("write");
        fs::set_permissions(&fake, fs::Permissions::from_mode(0o755)).expect("chmod");
        fs::create_dir_all(dir.join("elsewhere")).expect("mkdir");
        symlink(
            sysroot.join("bin/wasm32-wasip1-clang"),
            dir.join("elsewhere/cc"),
        )
        .expect("ln");

        let libcxx = dir.join("libcxx");
        let run_with = |launcher: &Path, args: &[&str], libcxx: &Path| {
            let out = std::process::Command::new(launcher)
                .args(args)
                .env("WASI_CLANG", &fake)
                .env("WASI_CLANGXX", "/bin/echo")
                .env("FAKE_RES", &res)
                .env("XDG_CACHE_HOME", dir.join("cache"))
                .env("WASI_LIBCXX_INCLUDE", libcxx.join("include"))
                .env("WASI_LIBCXX_LIB", libcxx.join("lib"))
                .output()
                .expect("run the launcher");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let run = |launcher: &Path| run_with(launcher, &["-c", "x.c"], &libcxx);
        let real = sysroot.canonicalize().expect("canonicalize");
        let p1 = run(&dir.join("elsewhere/cc"));
        let lines: Vec<&str> = p1.lines().collect();
        assert_eq!(lines[0], fake.display().to_string());
        assert_eq!(lines[1], "--target=wasm32-wasip1");
        assert_eq!(lines[2], format!("--sysroot={}", real.display()));
        let shadow = lines[3]
            .strip_prefix("-resource-dir=")
            .expect("a shadow resource dir");
        assert_eq!(lines[4..], ["-c", "x.c"]);
        let shadow = Path::new(shadow);
        assert!(
            shadow.starts_with(dir.join("cache/wasi-sysroot")),
            "{}",
            shadow.display()
        );
        let builtins = shadow.join("lib/wasm32-unknown-wasip1/libclang_rt.builtins.a");
        assert_eq!(fs::read(builtins).ok(), Some(b"!<arch>\n".to_vec()));
        assert_eq!(
            fs::read_link(shadow.join("include")).ok(),
            Some(res.join("include"))
        );
        // Again, with the shadow in place.
        assert_eq!(run(&dir.join("elsewhere/cc")), p1);

        // The old triple finds its builtins where clang looks: no shadow.
        let wasi = run(&sysroot.join("bin/wasm32-wasi-clang"));
        assert_eq!(wasi.lines().nth(3), Some("-c"));
        let cxx = run(&sysroot.join("bin/wasm32-wasi-clang++"));
        assert_eq!(
            cxx.trim(),
            format!("--target=wasm32-wasi --sysroot={} -c x.c", real.display())
        );

        // With a libc++ to use: its headers always, its libraries to link.
        fs::create_dir_all(libcxx.join("include")).expect("mkdir");
        fs::create_dir_all(libcxx.join("lib")).expect("mkdir");
        for lib in ["libc++.a", "libc++abi.a"] {
            fs::write(libcxx.join("lib").join(lib), b"!<arch>\n").expect("write");
        }
        let inc = libcxx.join("include").display().to_string();
        let cxx = run(&sysroot.join("bin/wasm32-wasi-clang++"));
        assert_eq!(
            cxx.trim(),
            format!(
                "--target=wasm32-wasi --sysroot={} -nostdinc++ -isystem {inc} -c x.c",
                real.display()
            )
        );
        let lib = libcxx.join("lib").display().to_string();
        let cxx = run_with(
            &sysroot.join("bin/wasm32-wasi-clang++"),
            &["x.o", "-o", "x.wasm"],
            &libcxx,
        );
        assert_eq!(
            cxx.trim(),
            format!(
                "--target=wasm32-wasi --sysroot={} -nostdinc++ -isystem {inc} x.o -o x.wasm \
                 -nostdlib++ {lib}/libc++.a {lib}/libc++abi.a",
                real.display()
            )
        );
        let _ = fs::remove_dir_all(&dir);
    }
}
