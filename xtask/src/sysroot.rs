//! `cargo xtask sysroot`: build the sysroot from `headers/`, `libc-top/`,
//! `libc-bottom/` and `sysroot-template/`.
//!
//! Incremental by design: every C file becomes one object, rebuilt only when
//! it, a header it includes (from clang's depfile), or the compile flags
//! changed; cargo decides for the Rust part; archives and sysroot files are
//! rewritten only when their bytes change, so a no-op rebuild touches nothing.

use std::fs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Instant, SystemTime};

use walkdir::WalkDir;

use crate::err;
use crate::toolchain::{self, Toolchain, RUST_TARGET};
use crate::util::target_dir;
use crate::util::{
    copy_if_changed, parallel_each, project_root, run_tool, write_if_changed, IoContext, Result,
};

/// The canonical triple of the sysroot's folders; `wasm32-wasi` is an alias.
pub const TRIPLE: &str = "wasm32-wasip1";
/// The older triple name, served by symlinks to the canonical folders.
pub const ALIAS_TRIPLE: &str = "wasm32-wasi";

/// Libraries that hold nothing but must exist, so that `-lm`, `-lpthread`
/// and friends link as they do with wasi-libc (whose libc.a has it all).
/// wasi-libc also keeps some of POSIX apart, in libraries that a program
/// asks for with a macro and a flag (`-D_WASI_EMULATED_SIGNAL
/// -lwasi-emulated-signal`, ...), and the long double printf in
/// `-lc-printscan-long-double`; here libc.a has those too, and the same
/// flags link.
pub const EMPTY_LIBS: &[&str] = &[
    "libm.a",
    "libpthread.a",
    "librt.a",
    "libdl.a",
    "libutil.a",
    "libresolv.a",
    "libxnet.a",
    "libcrypt.a",
    "libwasi-emulated-signal.a",
    "libwasi-emulated-mman.a",
    "libwasi-emulated-process-clocks.a",
    "libwasi-emulated-getpid.a",
    "libc-printscan-long-double.a",
    "libc-printscan-no-floating-point.a",
];

/// An archive with no members.
const EMPTY_ARCHIVE: &[u8] = b"!<arch>\n";

/// What one build produced, for the tasks that use the sysroot.
pub struct Sysroot {
    pub dir: PathBuf,
}

/// Where the sysroot goes unless told otherwise: `target/sysroot`.
pub fn default_dir() -> PathBuf {
    target_dir().join("sysroot")
}

/// The folder for intermediate files, apart from any sysroot output.
pub fn build_dir() -> PathBuf {
    target_dir().join("libc-build")
}

/// One C file to compile.
struct Unit {
    src: PathBuf,
    obj: PathBuf,
}

/// Build the sysroot into `out`.
pub fn run(out: &Path) -> Result<Sysroot> {
    let start = Instant::now();
    let tc = toolchain::discover()?;
    toolchain::ensure_rust_target()?;
    let root = project_root();
    let build = build_dir();

    let bottom_obj = build_bottom(&build)?;

    let flags = c_flags(&tc, &root);
    let top = units(
        &root.join("libc-top/src"),
        &build.join("top"),
        &["internal"],
    )?;
    let bottom_c = units(&root.join("libc-bottom/c"), &build.join("bottom"), &[])?;
    let crt_src = root.join("libc-bottom/crt");
    let crt = vec![
        unit(&crt_src, "crt1-command.c", &build.join("crt"), "crt1.o"),
        unit(
            &crt_src,
            "crt1-command.c",
            &build.join("crt"),
            "crt1-command.o",
        ),
        unit(
            &crt_src,
            "crt1-reactor.c",
            &build.join("crt"),
            "crt1-reactor.o",
        ),
    ];
    let all: Vec<&Unit> = top.iter().chain(&bottom_c).chain(&crt).collect();
    compile_all(&tc, &flags, &build, &all)?;

    let mut members: Vec<PathBuf> = top.iter().chain(&bottom_c).map(|u| u.obj.clone()).collect();
    members.push(bottom_obj);
    let libc = build.join("libc.a");
    archive(&tc, &libc, &members)?;

    let lib = out.join("lib").join(TRIPLE);
    copy_if_changed(&libc, &lib.join("libc.a"))?;
    for u in &crt {
        copy_if_changed(&u.obj, &lib.join(file_name(&u.obj)))?;
    }
    for name in EMPTY_LIBS {
        write_if_changed(&lib.join(name), EMPTY_ARCHIVE)?;
    }
    mirror(&root.join("headers"), &out.join("include").join(TRIPLE))?;
    copy_tree(&root.join("sysroot-template"), out)?;
    for dir in ["include", "lib"] {
        alias(&out.join(dir).join(ALIAS_TRIPLE), TRIPLE)?;
    }
    write_if_changed(&out.join("VERSION"), metadata(&root).as_bytes())?;

    eprintln!(
        "sysroot ready in {} ({:.1} s)",
        out.display(),
        start.elapsed().as_secs_f64()
    );
    Ok(Sysroot {
        dir: out.to_path_buf(),
    })
}

/// The flags of every C object. Changing them rebuilds everything.
fn c_flags(tc: &Toolchain, root: &Path) -> Vec<String> {
    let mut f: Vec<String> = [
        "--target=wasm32-wasi",
        "-O2",
        "-std=c11",
        // The libc's own sources see its whole API, whatever the
        // feature-test macros would hide from a strict C11 program.
        "-D_ALL_SOURCE",
        "-ffreestanding",
        "-nostdinc",
        "-mbulk-memory",
        "-Wall",
        "-Wextra",
        "-Werror",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Our headers first, then clang's own (stddef.h, stdarg.h, ...).
    for dir in [root.join("headers"), tc.resource_dir.join("include")] {
        f.push("-isystem".into());
        f.push(dir.display().to_string());
    }
    f.push(format!(
        "-I{}",
        root.join("libc-top/src/internal").display()
    ));
    // __FILE__ (assert) names sources relative to the checkout, wherever it is.
    f.push(format!("-ffile-prefix-map={}=/libc", root.display()));
    f
}

fn unit(src_dir: &Path, src: &str, obj_dir: &Path, obj: &str) -> Unit {
    Unit {
        src: src_dir.join(src),
        obj: obj_dir.join(obj),
    }
}

/// Every `.c` file under `src`, skipping the folders named in `skip`, each
/// with its object at the same relative place under `obj_dir`.
fn units(src: &Path, obj_dir: &Path, skip: &[&str]) -> Result<Vec<Unit>> {
    let mut out = Vec::new();
    if !src.is_dir() {
        return Ok(out);
    }
    let walk = WalkDir::new(src)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !(e.file_type().is_dir() && skip.iter().any(|s| e.file_name() == *s)));
    for entry in walk {
        let entry = entry.map_err(|e| err!("cannot walk {}: {e}", src.display()))?;
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "c") {
            let rel = path.strip_prefix(src).unwrap_or(path);
            out.push(Unit {
                src: path.to_path_buf(),
                obj: obj_dir.join(rel).with_extension("o"),
            });
        }
    }
    Ok(out)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn mtime(p: &Path) -> Option<SystemTime> {
    fs::metadata(p).and_then(|m| m.modified()).ok()
}

/// Whether `u.obj` is older than its source or any header it depends on.
fn stale(u: &Unit) -> bool {
    let Some(obj_time) = mtime(&u.obj) else {
        return true;
    };
    let Ok(deps) = fs::read_to_string(u.obj.with_extension("d")) else {
        return true;
    };
    // A make rule: "obj: src hdr hdr \\\n hdr". Paths here hold no spaces.
    let Some((_, inputs)) = deps.split_once(": ") else {
        return true;
    };
    inputs
        .split_whitespace()
        .filter(|t| *t != "\\")
        .any(|dep| mtime(Path::new(dep)).is_none_or(|t| t > obj_time))
}

/// Compile the stale units in parallel, with progress on a terminal.
fn compile_all(tc: &Toolchain, flags: &[String], build: &Path, all: &[&Unit]) -> Result<()> {
    // Flags are part of every object's inputs: when they change, rebuild all.
    let stamp = build.join("c-flags");
    let flag_text = format!("{}\n{}", tc.clang.display(), flags.join("\n"));
    let flags_changed = fs::read_to_string(&stamp).ok().as_deref() != Some(flag_text.as_str());
    let todo: Vec<&Unit> = all
        .iter()
        .copied()
        .filter(|u| flags_changed || stale(u))
        .collect();
    if todo.is_empty() {
        return Ok(());
    }
    let args: Vec<&str> = flags.iter().map(String::as_str).collect();
    let done = AtomicUsize::new(0);
    let errors = Mutex::new(Vec::new());
    let tty = std::io::stderr().is_terminal();
    parallel_each(&todo, |u| {
        if let Err(e) = compile(tc, &args, u) {
            errors
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(e.to_string());
        }
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if tty {
            eprint!("\r  compiling C: {n}/{}", todo.len());
            let _ = std::io::stderr().flush();
        }
    });
    if tty {
        eprintln!();
    }
    let errors = errors.into_inner().unwrap_or_else(|p| p.into_inner());
    if !errors.is_empty() {
        return Err(err!(
            "{} C file(s) failed to compile:\n{}",
            errors.len(),
            errors.join("\n")
        ));
    }
    write_if_changed(&stamp, flag_text.as_bytes())?;
    Ok(())
}

fn compile(tc: &Toolchain, args: &[&str], u: &Unit) -> Result<()> {
    if let Some(dir) = u.obj.parent() {
        fs::create_dir_all(dir).ctx("cannot create", dir)?;
    }
    let out = Command::new(&tc.clang)
        .args(args)
        .arg("-MD")
        .arg("-MF")
        .arg(u.obj.with_extension("d"))
        .arg("-c")
        .arg(&u.src)
        .arg("-o")
        .arg(&u.obj)
        .output()
        .map_err(|e| err!("cannot run {}: {e}", tc.clang.display()))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        // Leave no half-written object that a later build could take as fresh.
        let _ = fs::remove_file(&u.obj);
        return Err(err!("{}:\n{stderr}", u.src.display()));
    }
    if !stderr.trim().is_empty() {
        eprintln!("{stderr}");
    }
    Ok(())
}

/// Build libc-bottom for wasm32-wasip1 into one LTO'd object: the object
/// defines C names only, with core's code internalised and no copy of
/// compiler_builtins (compiler-rt provides those at link time).
fn build_bottom(build: &Path) -> Result<PathBuf> {
    let obj = build.join("bottom/libc_bottom.o");
    fs::create_dir_all(build.join("bottom")).ctx("cannot create", build)?;
    let cargo_target = target_dir();
    if !obj.exists() {
        // cargo would call the crate fresh and not emit the object again.
        let fingerprints = cargo_target.join(RUST_TARGET).join("libc/.fingerprint");
        if let Ok(entries) = fs::read_dir(&fingerprints) {
            for e in entries.flatten() {
                if file_name(&e.path()).starts_with("libc-bottom-") {
                    let _ = fs::remove_dir_all(e.path());
                }
            }
        }
    }
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(project_root())
        .args([
            "rustc",
            "--quiet",
            "--package",
            "libc-bottom",
            "--target",
            RUST_TARGET,
        ])
        .args(["--profile", "libc", "--crate-type", "staticlib", "--"])
        .arg(format!("--emit=obj={}", obj.display()))
        // Keep the checkout's path out of the object, so that the libc is
        // the same bytes wherever it was built from.
        .arg(format!(
            "--remap-path-prefix={}=/libc",
            project_root().display()
        ))
        .status()
        .map_err(|e| err!("cannot run cargo: {e}"))?;
    if !status.success() || !obj.exists() {
        return Err(err!("building libc-bottom for {RUST_TARGET} failed"));
    }
    // Let a program's own `link`, `send`, ... win over ours, as it would
    // over a libc of one function per object (wasm_object.rs).
    let mut bytes = fs::read(&obj).ctx("cannot read", &obj)?;
    crate::wasm_object::weaken_functions(&mut bytes, &|_| false)
        .map_err(|e| err!("{}: {e}", obj.display()))?;
    write_if_changed(&obj, &bytes)?;
    Ok(obj)
}

/// (Re)build the archive `lib` from `members` when one of them is newer, or
/// the member list changed. llvm-ar writes deterministic archives.
fn archive(tc: &Toolchain, lib: &Path, members: &[PathBuf]) -> Result<()> {
    let mut names: Vec<String> = members.iter().map(|m| file_name(m)).collect();
    names.sort();
    if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(err!(
            "two libc sources compile to the same archive member {}",
            w[0]
        ));
    }
    let list = lib.with_extension("members");
    let list_text = members
        .iter()
        .map(|m| m.display().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let fresh = mtime(lib)
        .is_some_and(|t| members.iter().all(|m| mtime(m).is_some_and(|mt| mt <= t)))
        && fs::read_to_string(&list).ok().as_deref() == Some(list_text.as_str());
    if fresh {
        return Ok(());
    }
    let tmp = lib.with_extension("a.tmp");
    let _ = fs::remove_file(&tmp);
    run_tool(Command::new(&tc.ar).arg("rcs").arg(&tmp).args(members))?;
    fs::rename(&tmp, lib).ctx("cannot replace", lib)?;
    write_if_changed(&list, list_text.as_bytes())?;
    Ok(())
}

/// Make `to` hold exactly the files of `from`: copy what changed, delete
/// what is gone from the source.
fn mirror(from: &Path, to: &Path) -> Result<()> {
    copy_tree(from, to)?;
    for entry in WalkDir::new(to).contents_first(true) {
        let entry = entry.map_err(|e| err!("cannot walk {}: {e}", to.display()))?;
        let rel = entry.path().strip_prefix(to).unwrap_or(entry.path());
        if !from.join(rel).exists() {
            let p = entry.path();
            if entry.file_type().is_dir() {
                fs::remove_dir(p).ctx("cannot remove", p)?;
            } else {
                fs::remove_file(p).ctx("cannot remove", p)?;
            }
        }
    }
    Ok(())
}

/// Copy every file of `from` to the same place under `to`, keeping the
/// executable bit, rewriting only files whose bytes differ.
fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for entry in WalkDir::new(from).sort_by_file_name() {
        let entry = entry.map_err(|e| err!("cannot walk {}: {e}", from.display()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(from).unwrap_or(entry.path());
        let dest = to.join(rel);
        copy_if_changed(entry.path(), &dest)?;
        let mode = fs::metadata(entry.path())
            .ctx("cannot stat", entry.path())?
            .permissions();
        if fs::metadata(&dest).ctx("cannot stat", &dest)?.permissions() != mode {
            fs::set_permissions(&dest, mode).ctx("cannot set the mode of", &dest)?;
        }
    }
    Ok(())
}

/// Make `link` a relative symlink to `target` (a sibling name).
fn alias(link: &Path, target: &str) -> Result<()> {
    if fs::read_link(link).is_ok_and(|t| t == Path::new(target)) {
        return Ok(());
    }
    if link.exists() || link.is_symlink() {
        let _ = fs::remove_file(link).or_else(|_| fs::remove_dir_all(link));
    }
    std::os::unix::fs::symlink(target, link).ctx("cannot create the symlink", link)
}

/// The metadata file: what this sysroot is and where it came from.
fn metadata(root: &Path) -> String {
    format!(
        "version = \"{}\"\ncommit = \"{}\"\ntarget = \"{TRIPLE}\"\n",
        env!("CARGO_PKG_VERSION"),
        source_commit(root)
    )
}

/// The commit the sources come from, or "unknown" outside a git checkout.
pub fn source_commit(root: &Path) -> String {
    toolchain::output(
        Path::new("git"),
        &["-C", &root.display().to_string(), "rev-parse", "HEAD"],
    )
    .unwrap_or_else(|| "unknown".into())
}
