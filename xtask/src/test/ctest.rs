//! The C (and C++) tests: parse directives, build for wasm (and natively
//! when portable), run, compare. C++ tests (`.cpp`) build with the
//! sysroot's `wasm32-wasi-clang++` launcher over Debian's libc++, and with
//! g++ and libstdc++ natively. Where wasi-libc's headers are installed, each
//! test that compiles with them is built a second time that way and linked
//! against our libc: objects made for wasi-libc must work with ours.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use walkdir::WalkDir;

use super::{Outcome, Tally};
use crate::err;
use crate::toolchain::Toolchain;
use crate::util::target_dir;
use crate::util::{parallel_each, project_root, write_if_changed, Result};

/// How long one test program may run before it counts as hung.
/// How long a test may run unless it says otherwise (`// timeout: SECONDS`).
const TIMEOUT: Duration = Duration::from_secs(60);

/// What the C tests need from the rest of the run.
pub struct Env<'a> {
    pub tc: &'a Toolchain,
    pub sysroot: &'a Path,
    pub runner: &'a Path,
    pub host_cc: &'a Path,
    /// The native C++ compiler, when there is one.
    pub host_cxx: Option<PathBuf>,
    /// Whether Debian's libc++ for wasm32 is installed (the C++ tests need it).
    pub libcxx: bool,
    /// wasi-libc's headers, when installed.
    pub reference_include: Option<PathBuf>,
    /// How many tests were also built with them.
    pub cross_built: AtomicUsize,
    /// wasmtime, to run the modules under instead of wasi-run.
    pub wasmtime: Option<PathBuf>,
}

/// One test file with its directives.
#[derive(Debug, Default, PartialEq)]
pub struct Spec {
    pub portable: bool,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub exit: i32,
    pub scratch: bool,
    pub real_clock: bool,
    /// Guest paths of extra empty directories preopened after the scratch
    /// one (`// preopen: /extra`; wasm-only tests).
    pub preopens: Vec<String>,
    /// `// timeout: SECONDS`, for a test that is long on purpose.
    pub timeout: Option<u64>,
    /// `// wasi-libc headers: no (why)`, for a test of something where our
    /// headers deviate from wasi-libc's (snapshots/abi-deviations.txt).
    pub not_with_reference: bool,
    /// `// wasmtime: no (why)`, for a test that meets one of wasmtime's own
    /// rules (docs/posix.md, Runtimes).
    pub not_on_wasmtime: bool,
}

/// Read the directives from the leading `//` lines of a test.
pub fn parse(source: &str) -> std::result::Result<Spec, String> {
    let mut spec = Spec::default();
    for line in source.lines() {
        let Some(d) = line.strip_prefix("//") else {
            break;
        };
        let d = d.trim();
        if d == "portable" {
            spec.portable = true;
        } else if d == "scratch" {
            spec.scratch = true;
        } else if d == "clock: real" {
            spec.real_clock = true;
        } else if d.starts_with("wasi-libc headers: no") {
            spec.not_with_reference = true;
        } else if d.starts_with("wasmtime: no") {
            spec.not_on_wasmtime = true;
        } else if let Some(p) = d.strip_prefix("preopen:") {
            spec.preopens.push(p.trim().to_string());
        } else if let Some(t) = d.strip_prefix("timeout:") {
            spec.timeout = Some(t.trim().parse().map_err(|_| {
                format!(
                    "`// timeout:` needs a number of seconds, got `{}`",
                    t.trim()
                )
            })?);
        } else if let Some(a) = d.strip_prefix("args:") {
            spec.args = a.split_whitespace().map(String::from).collect();
        } else if let Some(e) = d.strip_prefix("env:") {
            let (k, v) = e
                .trim()
                .split_once('=')
                .ok_or_else(|| format!("`// env:` needs NAME=VALUE, got `{}`", e.trim()))?;
            spec.env.push((k.to_string(), v.to_string()));
        } else if let Some(x) = d.strip_prefix("exit:") {
            spec.exit = x
                .trim()
                .parse()
                .map_err(|_| format!("`// exit:` needs a number, got `{}`", x.trim()))?;
        }
    }
    if spec.portable && !spec.preopens.is_empty() {
        return Err("`// preopen:` has no native equivalent; drop `// portable`".into());
    }
    Ok(spec)
}

/// What a program did.
#[derive(Debug)]
struct Ran {
    status: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Run `cmd` to completion or until `timeout`, capturing its output.
fn run_captured(cmd: &mut Command, timeout: Duration) -> std::result::Result<Ran, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("cannot wait for the program: {e}")),
        }
    };
    use std::os::unix::process::ExitStatusExt;
    let status = status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0));
    Ok(Ran {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

/// Compile with `cc args src -o out libs`; the compiler's messages become
/// the failure.
fn compile(cc: &Path, args: &[&str], src: &Path, out: &Path, libs: &[&str]) -> Outcome {
    let o = Command::new(cc)
        .args(args)
        .arg(src)
        .arg("-o")
        .arg(out)
        .args(libs)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", cc.display()))?;
    if o.status.success() {
        Ok(())
    } else {
        let msg = String::from_utf8_lossy(&o.stderr);
        Err(format!(
            "does not compile with {}:\n{}",
            cc.display(),
            msg.trim_end()
        ))
    }
}

/// The first line where `got` differs from `want`, for a one-line report.
fn first_difference(want: &[u8], got: &[u8]) -> String {
    let (w, g) = (String::from_utf8_lossy(want), String::from_utf8_lossy(got));
    let (mut wl, mut gl) = (w.lines(), g.lines());
    for n in 1.. {
        match (wl.next(), gl.next()) {
            (None, None) => return "output differs in trailing newline".into(),
            (a, b) if a != b => {
                return format!(
                    "line {n}: expected {:?}, got {:?}",
                    a.unwrap_or("<end>"),
                    b.unwrap_or("<end>")
                )
            }
            _ => {}
        }
    }
    unreachable!("the loop returns at the end of both outputs")
}

fn judge(what: &str, ran: &Ran, spec: &Spec, want: &[u8]) -> Outcome {
    if ran.status != spec.exit {
        // The test's own account of what went wrong: its first FAIL line,
        // else the first line it wrote to stderr.
        let out = String::from_utf8_lossy(&ran.stdout);
        let err = String::from_utf8_lossy(&ran.stderr);
        let why = out
            .lines()
            .find(|l| l.starts_with("FAIL"))
            .or_else(|| err.lines().next())
            .unwrap_or("");
        return Err(format!(
            "{what}: exit status {}, expected {} {why}",
            ran.status, spec.exit
        ));
    }
    if ran.stdout != want {
        return Err(format!("{what}: {}", first_difference(want, &ran.stdout)));
    }
    Ok(())
}

/// A fresh, empty directory for one run of a `// scratch` test: the
/// working directory of the native run, and the guest's `/` (where its
/// working directory starts) for the wasm run, so relative paths name the
/// same files in both.
fn scratch(bin: &Path, which: &str) -> std::result::Result<PathBuf, String> {
    let dir = bin.with_extension(format!("scratch-{which}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// Build, run and judge one test.
fn run_one(env: &Env, src: &Path, bless: bool) -> Outcome {
    let text = fs::read_to_string(src).map_err(|e| format!("cannot read: {e}"))?;
    let spec = parse(&text)?;
    let root = project_root();
    let rel = src.strip_prefix(root.join("tests")).unwrap_or(src);
    let bin = target_dir().join("c-tests").join(rel).with_extension("");
    if let Some(dir) = bin.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let include = format!("-I{}", root.join("tests/include").display());
    let sysroot = format!("--sysroot={}", env.sysroot.display());
    let wasm = bin.with_extension("wasm");
    let cxx = src.extension().is_some_and(|x| x == "cpp");
    if cxx {
        // The launcher adds --target, --sysroot and Debian's libc++, which
        // is built without exceptions.
        let launcher = env.sysroot.join("bin/wasm32-wasi-clang++");
        let flags = ["-O2", "-Wall", "-Wextra", "-fno-exceptions", &include];
        compile(&launcher, &flags, src, &wasm, &[])?;
    } else {
        let flags = [
            "--target=wasm32-wasi",
            &sysroot,
            "-O2",
            "-Wall",
            "-Wextra",
            &include,
        ];
        compile(&env.tc.clang, &flags, src, &wasm, &[])?;
    }
    let timeout = spec.timeout.map_or(TIMEOUT, Duration::from_secs);
    let ours = run_wasm(env, &spec, &bin, &wasm, timeout)?;
    // C++ objects made with wasi-libc's headers would need its libc++ too.
    let cross = if cxx {
        None
    } else {
        cross_build(env, &spec, src, &bin, &include)?
    };
    let cross = match cross {
        Some(wasm) => Some(run_wasm(env, &spec, &bin, &wasm, timeout)?),
        None => None,
    };

    let native = if spec.portable {
        let exe = bin.with_extension("native");
        let host = if cxx {
            env.host_cxx
                .as_deref()
                .ok_or("no native C++ compiler (apt-get install g++)")?
        } else {
            env.host_cc
        };
        compile(
            host,
            &["-O2", "-Wall", "-Wextra", &include],
            src,
            &exe,
            // glibc keeps the math functions in libm; ours are in libc.a.
            &["-lm"],
        )?;
        let mut cmd = Command::new(&exe);
        cmd.env_clear().envs(spec.env.iter().map(|(k, v)| (k, v)));
        if spec.scratch {
            cmd.current_dir(scratch(&bin, "native")?);
        }
        Some(run_captured(cmd.args(&spec.args), timeout)?)
    } else {
        None
    };

    let expected = src.with_extension("stdout");
    if bless {
        // glibc is the oracle where the test is portable.
        let truth = native.as_ref().unwrap_or(&ours);
        write_if_changed(&expected, &truth.stdout).map_err(|e| e.to_string())?;
    }
    let want = fs::read(&expected)
        .map_err(|_| format!("no {} (run with --bless to create it)", expected.display()))?;
    if let Some(native) = &native {
        judge("native (glibc)", native, &spec, &want)?;
    }
    judge("wasm", &ours, &spec, &want)?;
    if let Some(cross) = &cross {
        judge("wasm built with wasi-libc's headers", cross, &spec, &want)?;
    }
    Ok(())
}

/// Run a test's module under the interpreter, with its directives.
fn run_wasm(
    env: &Env,
    spec: &Spec,
    bin: &Path,
    wasm: &Path,
    timeout: Duration,
) -> std::result::Result<Ran, String> {
    let mut cmd = match &env.wasmtime {
        Some(wasmtime) => {
            let mut c = Command::new(wasmtime);
            c.arg("run");
            c
        }
        None => Command::new(env.runner),
    };
    if !spec.real_clock && env.wasmtime.is_none() {
        // The same output on every run and machine, unless the test asks.
        cmd.arg("--deterministic");
    }
    for (k, v) in &spec.env {
        cmd.arg("--env").arg(format!("{k}={v}"));
    }
    if spec.scratch {
        let dir = scratch(bin, "wasm")?;
        cmd.arg("--dir").arg(format!("{}::/", dir.display()));
    }
    for (i, guest) in spec.preopens.iter().enumerate() {
        let dir = scratch(bin, &format!("preopen{i}"))?;
        cmd.arg("--dir").arg(format!("{}::{guest}", dir.display()));
    }
    run_captured(cmd.arg(wasm).args(&spec.args), timeout)
}

/// wasi-libc's split-out parts, asked for as a port to it would.
const EMULATED: [&str; 4] = ["SIGNAL", "MMAN", "PROCESS_CLOCKS", "GETPID"];

/// Compile the test against wasi-libc's headers and link the object with
/// our sysroot. None when the headers are not installed, the test opts
/// out, or it does not compile with them (it uses what wasi-libc lacks);
/// a link error is a failure: some symbol wasi-libc's headers lead to is
/// missing from ours.
fn cross_build(
    env: &Env,
    spec: &Spec,
    src: &Path,
    bin: &Path,
    include: &str,
) -> std::result::Result<Option<PathBuf>, String> {
    let Some(reference) = &env.reference_include else {
        return Ok(None);
    };
    if spec.not_with_reference {
        return Ok(None);
    }
    let obj = bin.with_extension("ref.o");
    let out = Command::new(&env.tc.clang)
        .args(["--target=wasm32-wasi", "-O2", "-nostdlibinc", "-c"])
        .arg("-isystem")
        .arg(reference)
        .args(EMULATED.map(|e| format!("-D_WASI_EMULATED_{e}")))
        .arg(include)
        .arg(src)
        .arg("-o")
        .arg(&obj)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", env.tc.clang.display()))?;
    if !out.status.success() {
        return Ok(None);
    }
    let wasm = bin.with_extension("ref.wasm");
    let libs = EMULATED.map(|e| format!("-lwasi-emulated-{}", e.to_lowercase().replace('_', "-")));
    let libs: Vec<&str> = libs.iter().map(String::as_str).collect();
    let sysroot = format!("--sysroot={}", env.sysroot.display());
    compile(
        &env.tc.clang,
        &["--target=wasm32-wasi", &sysroot],
        &obj,
        &wasm,
        &libs,
    )
    .map_err(|e| format!("built with wasi-libc's headers, {e}"))?;
    env.cross_built.fetch_add(1, Ordering::Relaxed);
    Ok(Some(wasm))
}

/// Every C and C++ test under `tests/`, sorted, except the shared headers.
fn discover(filter: Option<&str>) -> Result<Vec<PathBuf>> {
    let dir = project_root().join("tests");
    let mut found = Vec::new();
    for entry in WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| err!("cannot walk {}: {e}", dir.display()))?;
        let p = entry.path();
        let in_include = p.strip_prefix(&dir).is_ok_and(|r| r.starts_with("include"));
        if p.extension().is_some_and(|x| x == "c" || x == "cpp")
            && !in_include
            && filter.is_none_or(|f| p.to_string_lossy().contains(f))
        {
            found.push(p.to_path_buf());
        }
    }
    Ok(found)
}

/// Run every C test, one per core at a time.
pub fn run_all(env: &Env, bless: bool, filter: Option<&str>, tally: &Tally) -> Result<()> {
    let mut tests = discover(filter)?;
    if env.wasmtime.is_some() {
        tests.retain(|t| {
            fs::read_to_string(t)
                .ok()
                .and_then(|s| parse(&s).ok())
                .is_none_or(|spec| !spec.not_on_wasmtime)
        });
    }
    if !env.libcxx {
        let before = tests.len();
        tests.retain(|t| t.extension().is_none_or(|x| x != "cpp"));
        if tests.len() < before {
            println!(
                "SKIP {} C++ tests (they need Debian's libc++ for wasm32: apt-get install libc++-19-dev-wasm32 libc++abi-19-dev-wasm32)",
                before - tests.len()
            );
        }
    }
    let root = project_root();
    parallel_each(&tests, |t| {
        let name = t.strip_prefix(&root).unwrap_or(t).display().to_string();
        tally.record(&name, run_one(env, t, bless));
    });
    match &env.reference_include {
        Some(_) => println!(
            "{} of {} C tests also built with wasi-libc's headers and linked against ours",
            env.cross_built.load(Ordering::Relaxed),
            tests.len()
        ),
        None => println!(
            "SKIP building the C tests with wasi-libc's headers too (apt-get install wasi-libc)"
        ),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_are_read_from_the_leading_comments() {
        let spec = parse(
            "// portable\n// args: a  b\n// env: X=1=2\n// exit: 3\n// wasi-libc headers: no\nint main;\n// args: no\n",
        )
        .expect("valid directives");
        assert_eq!(
            spec,
            Spec {
                portable: true,
                args: vec!["a".into(), "b".into()],
                env: vec![("X".into(), "1=2".into())],
                exit: 3,
                scratch: false,
                real_clock: false,
                preopens: Vec::new(),
                timeout: None,
                not_with_reference: true,
                not_on_wasmtime: false,
            }
        );
    }

    #[test]
    fn bad_directives_are_reported() {
        assert!(parse("// exit: x\n").is_err());
        assert!(parse("// env: NOVALUE\n").is_err());
        assert!(parse("// portable\n// preopen: /x\n").is_err());
        assert!(parse("// timeout: soon\n").is_err());
    }

    #[test]
    fn difference_names_the_first_line() {
        assert_eq!(
            first_difference(b"a\nb\n", b"a\nc\n"),
            "line 2: expected \"b\", got \"c\""
        );
        assert_eq!(
            first_difference(b"a\n", b"a"),
            "output differs in trailing newline"
        );
        assert_eq!(
            first_difference(b"a\n", b""),
            "line 1: expected \"a\", got \"<end>\""
        );
    }
}
