//! Toolchain discovery: clang with the wasm32 target, wasm-ld, llvm-ar,
//! llvm-nm, llvm-strip, compiler-rt's wasm32 builtins, the Rust target, and a
//! native C compiler for differential tests. Whatever is missing is named
//! together with the Debian package that provides it; `cargo xtask doctor`
//! prints the whole picture.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::err;
use crate::util::Result;

/// clang versions we look for, newest first, when `CC` is not set.
const CLANG_VERSIONS: &[u32] = &[22, 21, 20, 19, 18];
/// The oldest clang whose wasm32 support this project is tested with.
const MIN_CLANG: u32 = 18;
/// The Rust target that libc-bottom is built for.
pub const RUST_TARGET: &str = "wasm32-wasip1";

/// Everything the sysroot build needs.
pub struct Toolchain {
    pub clang: PathBuf,
    pub clang_major: u32,
    pub resource_dir: PathBuf,
    pub ar: PathBuf,
    pub nm: PathBuf,
    pub strip: PathBuf,
    pub builtins: PathBuf,
}

/// Run `prog args` and return its stdout, or `None` if it cannot run or fails.
pub fn output(prog: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(prog).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The first of `names` found on `PATH` (or a path that exists as given).
pub fn which(name: &str) -> Option<PathBuf> {
    let p = Path::new(name);
    if p.components().count() > 1 {
        return p.is_file().then(|| p.to_path_buf());
    }
    env::split_paths(&env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|cand| cand.is_file())
}

fn clang_major(clang: &Path) -> Option<u32> {
    let version = output(clang, &["--version"])?;
    let rest = version.split("clang version ").nth(1)?;
    rest.split('.').next()?.trim().parse().ok()
}

fn has_wasm32(clang: &Path) -> bool {
    output(clang, &["-print-targets"]).is_some_and(|t| t.contains("wasm32"))
}

fn package(tool: &str, major: u32) -> String {
    format!("{tool}-{major}")
}

/// Find clang: `CC` if set, else the newest `clang-N`, else `clang`.
fn find_clang() -> Result<(PathBuf, u32)> {
    if let Some(cc) = env::var_os("CC") {
        let cc = PathBuf::from(cc);
        let path = which(&cc.to_string_lossy())
            .ok_or_else(|| err!("CC={} was not found", cc.display()))?;
        let major = clang_major(&path).ok_or_else(|| {
            err!(
                "CC={} is not clang; this build needs clang >= {MIN_CLANG} (unset CC, or install clang-19)",
                cc.display()
            )
        })?;
        return check_clang(path, major);
    }
    let names = CLANG_VERSIONS
        .iter()
        .map(|v| format!("clang-{v}"))
        .chain(["clang".to_string()]);
    for name in names {
        if let Some(path) = which(&name) {
            if let Some(major) = clang_major(&path) {
                if major >= MIN_CLANG && has_wasm32(&path) {
                    return Ok((path, major));
                }
            }
        }
    }
    Err(err!(
        "no clang >= {MIN_CLANG} with the wasm32 target found; install it with: apt-get install clang-19 lld-19 llvm-19 libclang-rt-19-dev-wasm32"
    ))
}

fn check_clang(path: PathBuf, major: u32) -> Result<(PathBuf, u32)> {
    if major < MIN_CLANG {
        return Err(err!(
            "{} is clang {major}; this build needs clang >= {MIN_CLANG} (apt-get install clang-19)",
            path.display()
        ));
    }
    if !has_wasm32(&path) {
        return Err(err!(
            "{} has no wasm32 target; use an LLVM build with WebAssembly (Debian's clang-19 has it)",
            path.display()
        ));
    }
    Ok((path, major))
}

/// Find an LLVM tool: the `env` override, then beside clang's real binary
/// (`/usr/lib/llvm-19/bin/llvm-ar`), then `name-N`, then `name`.
fn find_llvm_tool(name: &str, env_var: Option<&str>, clang: &Path, major: u32) -> Option<PathBuf> {
    if let Some(v) = env_var.and_then(env::var_os) {
        return which(&v.to_string_lossy());
    }
    let beside = clang
        .canonicalize()
        .ok()
        .and_then(|c| c.parent().map(|d| d.join(name)))
        .filter(|p| p.is_file());
    beside
        .or_else(|| which(&format!("{name}-{major}")))
        .or_else(|| which(name))
}

/// Discover the whole toolchain, or say what is missing and how to get it.
pub fn discover() -> Result<Toolchain> {
    let (clang, major) = find_clang()?;
    let missing = |tool: &str, pkg: String| {
        err!(
            "{tool} not found (for {}); install it with: apt-get install {pkg}",
            clang.display()
        )
    };
    let ar = find_llvm_tool("llvm-ar", Some("AR"), &clang, major)
        .ok_or_else(|| missing("llvm-ar", package("llvm", major)))?;
    let nm = find_llvm_tool("llvm-nm", Some("NM"), &clang, major)
        .ok_or_else(|| missing("llvm-nm", package("llvm", major)))?;
    let strip = find_llvm_tool("llvm-strip", Some("STRIP"), &clang, major)
        .ok_or_else(|| missing("llvm-strip", package("llvm", major)))?;
    if find_llvm_tool("wasm-ld", None, &clang, major).is_none() {
        return Err(missing("wasm-ld", package("lld", major)));
    }
    let resource_dir = output(&clang, &["-print-resource-dir"])
        .map(PathBuf::from)
        .ok_or_else(|| err!("{} -print-resource-dir failed", clang.display()))?;
    let builtins = output(&clang, &["--target=wasm32-wasi", "-print-libgcc-file-name"])
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .ok_or_else(|| {
            missing(
                "the compiler-rt wasm32 builtins",
                format!("libclang-rt-{major}-dev-wasm32"),
            )
        })?;
    Ok(Toolchain {
        clang,
        clang_major: major,
        resource_dir,
        ar,
        nm,
        strip,
        builtins,
    })
}

/// Make sure the Rust standard library for wasm32-wasip1 is installed,
/// installing it with rustup when it is not.
pub fn ensure_rust_target() -> Result<()> {
    if rust_target_installed() {
        return Ok(());
    }
    eprintln!("installing the Rust target {RUST_TARGET} with rustup");
    let status = Command::new("rustup")
        .args(["target", "add", RUST_TARGET])
        .status()
        .map_err(|e| err!("the Rust target {RUST_TARGET} is missing and rustup could not run ({e}); install it with: rustup target add {RUST_TARGET}"))?;
    if status.success() && rust_target_installed() {
        Ok(())
    } else {
        Err(err!("`rustup target add {RUST_TARGET}` failed"))
    }
}

fn rust_target_installed() -> bool {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    output(Path::new(&rustc), &["--print", "sysroot"]).is_some_and(|root| {
        Path::new(&root)
            .join("lib/rustlib")
            .join(RUST_TARGET)
            .is_dir()
    })
}

/// The native C compiler for differential tests: `HOST_CC`, else cc, else gcc.
pub fn host_cc() -> Result<PathBuf> {
    if let Some(cc) = env::var_os("HOST_CC") {
        return which(&cc.to_string_lossy())
            .ok_or_else(|| err!("HOST_CC={} was not found", cc.to_string_lossy()));
    }
    which("cc").or_else(|| which("gcc")).ok_or_else(|| {
        err!(
            "no native C compiler for the differential tests; install it with: apt-get install gcc"
        )
    })
}

/// The native C++ compiler for the differential C++ tests: `$HOST_CXX`,
/// else `c++` or `g++`.
pub fn host_cxx() -> Result<PathBuf> {
    if let Some(cxx) = env::var_os("HOST_CXX") {
        return which(&cxx.to_string_lossy())
            .ok_or_else(|| err!("HOST_CXX={} was not found", cxx.to_string_lossy()));
    }
    which("c++").or_else(|| which("g++")).ok_or_else(|| {
        err!("no native C++ compiler for the differential C++ tests; install it with: apt-get install g++")
    })
}

/// Debian's libc++ for wasm32, which the sysroot's C++ launchers use (see
/// sysroot-template/share/wasi-sysroot/clang-launcher): whether it is there.
pub fn debian_libcxx() -> bool {
    Path::new("/usr/include/wasm32-wasi/c++/v1").is_dir()
        && Path::new("/usr/lib/wasm32-wasi/libc++.a").is_file()
        && Path::new("/usr/lib/wasm32-wasi/libc++abi.a").is_file()
}

/// libclang, which bindgen loads to read `headers/` when libc-bottom builds.
fn libclang(tc: &Toolchain) -> Option<PathBuf> {
    let lib = tc
        .clang
        .canonicalize()
        .ok()?
        .parent()?
        .parent()?
        .join("lib");
    std::fs::read_dir(&lib)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("libclang.so"))
        })
}

/// `cargo xtask doctor`: print every tool, found or not.
pub fn doctor() -> Result<()> {
    let line = |what: &str, found: std::result::Result<String, String>| match found {
        Ok(s) => println!("  ok       {what:<22} {s}"),
        Err(s) => println!("  MISSING  {what:<22} {s}"),
    };
    println!("toolchain:");
    let tc = discover();
    match &tc {
        Ok(tc) => {
            line(
                "clang",
                Ok(format!("{} (clang {})", tc.clang.display(), tc.clang_major)),
            );
            line("llvm-ar", Ok(tc.ar.display().to_string()));
            line("llvm-nm", Ok(tc.nm.display().to_string()));
            line("llvm-strip", Ok(tc.strip.display().to_string()));
            line("wasm32 builtins", Ok(tc.builtins.display().to_string()));
            line("resource dir", Ok(tc.resource_dir.display().to_string()));
            line(
                "libclang (bindgen)",
                libclang(tc)
                    .map(|p| p.display().to_string())
                    .ok_or_else(|| format!("apt-get install libclang-{}-dev", tc.clang_major)),
            );
            let p1 = tc
                .resource_dir
                .join("lib/wasm32-unknown-wasip1/libclang_rt.builtins.a");
            line(
                "p1 builtins",
                if p1.exists() {
                    Ok(p1.display().to_string())
                } else {
                    Err("absent: --target=wasm32-wasip1 needs `cargo xtask install` or the sysroot's launchers (README)".into())
                },
            );
        }
        Err(e) => line("clang and LLVM tools", Err(e.to_string())),
    }
    line(
        "rust wasm32-wasip1",
        if rust_target_installed() {
            Ok("installed".into())
        } else {
            Err(format!("rustup target add {RUST_TARGET}"))
        },
    );
    line(
        "native cc",
        host_cc()
            .map(|p| p.display().to_string())
            .map_err(|e| e.to_string()),
    );
    let reference = Path::new(crate::bench::REFERENCE_LIB);
    line(
        "reference wasi-libc",
        if reference.join("libc.a").is_file() {
            Ok(reference.display().to_string())
        } else {
            Err(
                "apt-get install wasi-libc (for cargo xtask bench and the tests' ABI checks)"
                    .into(),
            )
        },
    );
    line(
        "native c++",
        host_cxx()
            .map(|p| p.display().to_string())
            .map_err(|e| e.to_string()),
    );
    line(
        "libc++ for wasm32",
        if debian_libcxx() {
            Ok("/usr/lib/wasm32-wasi/libc++.a".into())
        } else {
            Err("apt-get install libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 (for C++)".into())
        },
    );
    tc.map(|_| ())
}
