//! `cargo xtask bench`: speed and size against the reference sysroot.
//!
//! Each `benches/*.c` is built twice with the same clang and flags, once
//! against our sysroot and once against Debian's wasi-libc, and both are run
//! under `wasi-run`, alternately so that a slow patch of the machine weighs
//! on both. The two builds must exit 0 and print the same thing. The table
//! gives median times, stripped sizes and the linear memory each build
//! ends with (its peak, from `bare_engine --memory`); nothing here asserts
//! on timing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::err;
use crate::sysroot;
use crate::toolchain::{self, Toolchain};
use crate::util::target_dir;
use crate::util::{project_root, run_tool, IoContext, Result};
use crate::wasi_run;

/// Debian's wasi-libc libraries.
pub const REFERENCE_LIB: &str = "/usr/lib/wasm32-wasi";
/// Debian's wasi-libc headers.
const REFERENCE_INCLUDE: &str = "/usr/include/wasm32-wasi";
/// The triple both builds use, the one Debian's wasi-libc is installed for.
const TRIPLE: &str = "wasm32-wasi";
/// Lines of a program's output shown before the table.
const SHOWN_LINES: usize = 3;

/// One program's results.
struct Row {
    name: String,
    time_ours: Duration,
    time_ref: Duration,
    size_ours: u64,
    size_ref: u64,
    /// Linear memory at the end of a run (its peak), when the bare engine
    /// could run the program.
    memory: Option<(u64, u64)>,
}

/// One build of a program.
struct Build {
    wasm: PathBuf,
    stripped_size: u64,
}

pub fn run(runs: usize) -> Result<()> {
    if runs == 0 {
        return Err(err!("--runs must be at least 1"));
    }
    let work = target_dir().join("bench");
    let reference = reference_sysroot(&work.join("reference-sysroot"))?;
    let sources = sources(&project_root().join("benches"))?;
    let ours = sysroot::run(&sysroot::default_dir())?.dir;
    let tc = toolchain::discover()?;
    let runner = wasi_run::build(true)?;
    let bare = wasi_run::build_bare()?;

    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for src in &sources {
        let name = src
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let result = build(&tc, src, &ours, &work.join(format!("{name}.ours.wasm")))
            .and_then(|o| {
                let r = build(&tc, src, &reference, &work.join(format!("{name}.ref.wasm")))?;
                Ok((o, r))
            })
            .and_then(|(o, r)| {
                let mut row = measure(&runner, &name, &o, &r, runs)?;
                row.memory = peak_memory(&bare, &o.wasm).zip(peak_memory(&bare, &r.wasm));
                Ok(row)
            });
        match result {
            Ok(row) => rows.push(row),
            Err(e) => {
                eprintln!("{name}: {e}");
                failures.push(name);
            }
        }
    }

    if !rows.is_empty() {
        println!();
        println!(
            "median of {runs} run(s) each under {}, ours and reference alternating;",
            runner.display()
        );
        println!("sizes after llvm-strip; ratio = ours / reference; mem = linear memory at exit");
        print_table(&rows);
    }
    match interpreter_overhead(&runner, &bare, &work, runs) {
        Ok(rows) => print_overhead(&rows, runs),
        Err(e) => {
            eprintln!("interpreter overhead: {e}");
            failures.push("interpreter overhead".into());
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(err!(
            "{} bench(es) failed: {}",
            failures.len(),
            failures.join(", ")
        ))
    }
}

/// The programs whose runs under `wasi-run` and under the bare engine are
/// compared: start-up alone, a compute loop, and a printf-heavy loop.
const OVERHEAD_PROGRAMS: [&str; 3] = ["hello_puts", "math_loop", "printf_mix"];

/// One program under both runners.
struct Overhead {
    name: &'static str,
    wasi_run: Duration,
    bare: Duration,
}

/// Time our builds of [`OVERHEAD_PROGRAMS`] under `wasi-run` and under the
/// same engine without our WASI layer, alternately.
fn interpreter_overhead(
    runner: &Path,
    bare: &Path,
    work: &Path,
    runs: usize,
) -> Result<Vec<Overhead>> {
    let mut rows = Vec::new();
    for name in OVERHEAD_PROGRAMS {
        let wasm = work.join(format!("{name}.ours.wasm"));
        if !wasm.is_file() {
            return Err(err!("{} was not built", wasm.display()));
        }
        if run_once(runner, &wasm, "wasi-run")? != run_once(bare, &wasm, "bare engine")? {
            return Err(err!("{name} prints different things under the two runners"));
        }
        let (wasi_run, bare) = alternately((runner, &wasm), (bare, &wasm), runs)?;
        rows.push(Overhead {
            name,
            wasi_run,
            bare,
        });
    }
    Ok(rows)
}

fn print_overhead(rows: &[Overhead], runs: usize) {
    println!();
    println!("our builds under wasi-run and under the same engine with a minimal host");
    println!("(interp/examples/bare_engine.rs), median of {runs} run(s), process start included:");
    println!(
        "{:<12}  {:>12}  {:>12}  {:>6}",
        "program", "wasi-run ms", "bare ms", "ratio"
    );
    for r in rows {
        println!(
            "{:<12}  {:>12.3}  {:>12.3}  {:>6}",
            r.name,
            ms(r.wasi_run),
            ms(r.bare),
            ratio(ms(r.wasi_run), ms(r.bare))
        );
    }
}

/// A sysroot folder made of symlinks to Debian's wasi-libc, rebuilt on each
/// run, so that both builds differ only in their `--sysroot`.
fn reference_sysroot(dir: &Path) -> Result<PathBuf> {
    let include = Path::new(REFERENCE_INCLUDE);
    let lib = Path::new(REFERENCE_LIB);
    if !include.join("stdio.h").is_file() || !lib.join("libc.a").is_file() {
        return Err(err!(
            "the reference sysroot is missing ({} and {}); install it with: apt-get install wasi-libc",
            include.display(),
            lib.display()
        ));
    }
    if dir.exists() {
        fs::remove_dir_all(dir).ctx("cannot remove", dir)?;
    }
    for (sub, target) in [("include", include), ("lib", lib)] {
        let parent = dir.join(sub);
        fs::create_dir_all(&parent).ctx("cannot create", &parent)?;
        let link = parent.join(TRIPLE);
        std::os::unix::fs::symlink(target, &link).ctx("cannot create the symlink", &link)?;
    }
    Ok(dir.to_path_buf())
}

/// The benchmark programs, sorted.
fn sources(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .ctx("cannot list", dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "c") && p.is_file())
        .collect();
    found.sort();
    if found.is_empty() {
        return Err(err!(
            "no benchmark programs: {} has no .c file",
            dir.display()
        ));
    }
    Ok(found)
}

/// Compile `src` against `sysroot` into `out`, and measure a stripped copy.
fn build(tc: &Toolchain, src: &Path, sysroot: &Path, out: &Path) -> Result<Build> {
    if let Some(dir) = out.parent() {
        fs::create_dir_all(dir).ctx("cannot create", dir)?;
    }
    run_tool(
        Command::new(&tc.clang)
            .arg(format!("--target={TRIPLE}"))
            .arg("-O2")
            .arg(format!("--sysroot={}", sysroot.display()))
            .arg(src)
            .arg("-o")
            .arg(out),
    )
    .map_err(|e| {
        err!(
            "{} does not build against {}: {e}",
            src.display(),
            sysroot.display()
        )
    })?;
    let stripped = out.with_extension("stripped.wasm");
    run_tool(Command::new(&tc.strip).arg("-o").arg(&stripped).arg(out))?;
    let stripped_size = fs::metadata(&stripped).ctx("cannot stat", &stripped)?.len();
    Ok(Build {
        wasm: out.to_path_buf(),
        stripped_size,
    })
}

/// Check that both builds agree, then time them alternately.
fn measure(runner: &Path, name: &str, ours: &Build, reference: &Build, runs: usize) -> Result<Row> {
    let out_ours = run_once(runner, &ours.wasm, "ours")?;
    let out_ref = run_once(runner, &reference.wasm, "reference")?;
    if out_ours != out_ref {
        return Err(err!(
            "the two builds print different things\n--- ours:\n{}\n--- reference:\n{}",
            excerpt(&out_ours, 20),
            excerpt(&out_ref, 20)
        ));
    }
    println!(
        "{name}: both print {} byte(s):\n{}",
        out_ours.len(),
        excerpt(&out_ours, SHOWN_LINES)
    );

    let (time_ours, time_ref) = alternately((runner, &ours.wasm), (runner, &reference.wasm), runs)?;
    Ok(Row {
        name: name.to_string(),
        time_ours,
        time_ref,
        size_ours: ours.stripped_size,
        size_ref: reference.stripped_size,
        memory: None,
    })
}

/// The guest's linear memory at the end of a run under the bare engine
/// (wasm memory never shrinks, so this is the peak); `None` if the bare
/// engine cannot run the program (it serves stdout only).
fn peak_memory(bare: &Path, wasm: &Path) -> Option<u64> {
    let out = Command::new(bare)
        .arg("--memory")
        .arg(wasm)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    String::from_utf8_lossy(&out.stderr).lines().find_map(|l| {
        l.strip_prefix("memory: ")?
            .strip_suffix(" bytes")?
            .parse()
            .ok()
    })
}

/// Run `wasm` once and return its stdout; it must exit 0.
fn run_once(runner: &Path, wasm: &Path, which: &str) -> Result<Vec<u8>> {
    let out = Command::new(runner)
        .arg(wasm)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| err!("cannot run {}: {e}", runner.display()))?;
    if !out.status.success() {
        return Err(err!(
            "the {which} build failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(out.stdout)
}

/// The median times of `runs` runs of each of two (runner, module) pairs,
/// taken alternately so that a slow patch of the machine weighs on both.
fn alternately(a: (&Path, &Path), b: (&Path, &Path), runs: usize) -> Result<(Duration, Duration)> {
    let mut times_a = Vec::with_capacity(runs);
    let mut times_b = Vec::with_capacity(runs);
    for _ in 0..runs {
        times_a.push(time_once(a.0, a.1)?);
        times_b.push(time_once(b.0, b.1)?);
    }
    Ok((median(&mut times_a), median(&mut times_b)))
}

/// The wall time of one run of `wasm`, output discarded.
fn time_once(runner: &Path, wasm: &Path) -> Result<Duration> {
    let start = Instant::now();
    let status = Command::new(runner)
        .arg(wasm)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| err!("cannot run {}: {e}", runner.display()))?;
    let elapsed = start.elapsed();
    if !status.success() {
        return Err(err!("{} failed in a timed run ({status})", wasm.display()));
    }
    Ok(elapsed)
}

/// The median, the mean of the two middle values for an even count.
fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    let n = times.len();
    match n {
        0 => Duration::ZERO,
        _ if n % 2 == 1 => times[n / 2],
        _ => (times[n / 2 - 1] + times[n / 2]) / 2,
    }
}

/// The first `lines` lines of `out`, indented, with a note of what is cut.
fn excerpt(out: &[u8], lines: usize) -> String {
    let text = String::from_utf8_lossy(out);
    let all: Vec<&str> = text.lines().collect();
    let mut shown: Vec<String> = all.iter().take(lines).map(|l| format!("    {l}")).collect();
    if all.len() > lines {
        shown.push(format!("    ... ({} more line(s))", all.len() - lines));
    }
    shown.join("\n")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn ratio(ours: f64, reference: f64) -> String {
    if reference > 0.0 {
        format!("{:.2}", ours / reference)
    } else {
        "-".to_string()
    }
}

fn print_table(rows: &[Row]) {
    let width = rows
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(0)
        .max("program".len());
    println!(
        "{:<width$}  {:>10}  {:>10}  {:>6}  {:>10}  {:>10}  {:>6}  {:>9}",
        "program", "ours ms", "ref ms", "ratio", "ours B", "ref B", "ratio", "mem ratio"
    );
    for r in rows {
        let memory = r
            .memory
            .map_or_else(|| "-".to_string(), |(o, f)| ratio(o as f64, f as f64));
        println!(
            "{:<width$}  {:>10.3}  {:>10.3}  {:>6}  {:>10}  {:>10}  {:>6}  {:>9}",
            r.name,
            ms(r.time_ours),
            ms(r.time_ref),
            ratio(ms(r.time_ours), ms(r.time_ref)),
            r.size_ours,
            r.size_ref,
            ratio(r.size_ours as f64, r.size_ref as f64),
            memory,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_counts() {
        let ms = Duration::from_millis;
        assert_eq!(median(&mut [ms(5), ms(1), ms(3)]), ms(3));
        assert_eq!(
            median(&mut [ms(4), ms(1), ms(2), ms(3)]),
            Duration::from_micros(2500)
        );
        assert_eq!(median(&mut [ms(7)]), ms(7));
    }

    #[test]
    fn excerpt_cuts_long_output() {
        assert_eq!(excerpt(b"a\nb\n", 3), "    a\n    b");
        assert_eq!(
            excerpt(b"1\n2\n3\n4\n5\n", 2),
            "    1\n    2\n    ... (3 more line(s))"
        );
    }

    /// A stand-in for wasi-run that prints its "module", which is text,
    /// and exits 1 if the text says so.
    fn fake_runner(dir: &Path) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let runner = dir.join("fake-wasi-run");
        fs::write(&runner, "#!/bin/sh\ncat \"$1\"\n! grep -q fail \"$1\"\n").expect("write");
        fs::set_permissions(&runner, fs::Permissions::from_mode(0o755)).expect("chmod");
        runner
    }

    fn module(dir: &Path, name: &str, text: &str) -> Build {
        let wasm = dir.join(name);
        fs::write(&wasm, text).expect("write");
        Build {
            wasm,
            stripped_size: text.len() as u64,
        }
    }

    #[test]
    fn builds_must_agree_and_succeed() {
        let dir = std::env::temp_dir().join(format!("xtask-bench-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("mkdir");
        let runner = fake_runner(&dir);
        let a = module(&dir, "a", "same\n");
        let b = module(&dir, "b", "same\n");
        let c = module(&dir, "c", "other\n");
        let d = module(&dir, "d", "fail\n");

        let row = measure(&runner, "ab", &a, &b, 2).expect("agreeing builds");
        assert_eq!((row.size_ours, row.size_ref), (5, 5));
        let e = measure(&runner, "ac", &a, &c, 1)
            .err()
            .expect("disagreeing builds");
        assert!(e.0.contains("print different things"), "{e}");
        let e = measure(&runner, "ad", &a, &d, 1)
            .err()
            .expect("a failing build");
        assert!(e.0.contains("reference build failed"), "{e}");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn ratio_of_nothing_is_a_dash() {
        assert_eq!(ratio(3.0, 2.0), "1.50");
        assert_eq!(ratio(1.0, 0.0), "-");
    }
}
