//! The command-line additions: environment and argv0, `--invoke`, limits,
//! `--deterministic`/`--seed`, `--trace`, preopen order, and malformed
//! modules refused without a panic.

mod common;

use std::time::{Duration, Instant};

use common::{module_file, text, wasi_run, Prog, TempDir, A, BUF, SLOT};

/// Prints argv then environ, NUL-separated.
const ARGS_ENV: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (memory (export "memory") 4)
  (func $print (param $buf i32) (param $len i32)
    (i32.store (i32.const 8) (local.get $buf))
    (i32.store (i32.const 12) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100))))
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $args_get (i32.const 1024) (i32.const 4096)))
    (call $print (i32.const 4096) (i32.load (i32.const 4)))
    (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $environ_get (i32.const 1024) (i32.const 65536)))
    (call $print (i32.const 65536) (i32.load (i32.const 4)))))"#;

#[test]
fn argv0_and_inherit_env() {
    let work = TempDir::new("argv0");
    let module = module_file(&work, "args_env", ARGS_ENV);
    let output = wasi_run(&["--argv0", "prog", "--env", "A=1"], &module, &["x"]);
    assert_eq!(text(&output.stdout), "prog\0x\0A=1\0");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_wasi-run"))
        .args(["--inherit-env", "--env", "WASI_RUN_INHERIT=override"])
        .arg(&module)
        .env("WASI_RUN_INHERIT", "host")
        .env("WASI_RUN_OTHER", "seen")
        .output()
        .unwrap();
    let out = text(&output.stdout);
    assert!(out.contains("\0WASI_RUN_INHERIT=override\0"), "{out}");
    assert!(out.contains("\0WASI_RUN_OTHER=seen\0"), "{out}");
    assert!(!out.contains("WASI_RUN_INHERIT=host"), "{out}");
}

#[test]
fn invoke_calls_initialize_then_the_export() {
    let work = TempDir::new("invoke");
    let module = module_file(
        &work,
        "reactor",
        r#"(module
          (global $base (mut i32) (i32.const 0))
          (memory (export "memory") 1)
          (func (export "_initialize") (global.set $base (i32.const 100)))
          (func (export "add") (param i32 i64) (result i32 i64)
            (i32.add (global.get $base) (local.get 0))
            (i64.mul (local.get 1) (i64.const 2)))
          (func (export "half") (param f64) (result f64) (f64.div (local.get 0) (f64.const 2))))"#,
    );
    let output = wasi_run(&["--invoke", "add"], &module, &["5", "-21"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "105\n-42\n");
    let output = wasi_run(&["--invoke", "half"], &module, &["3"]);
    assert_eq!(text(&output.stdout), "1.5\n");
    for (args, word) in [(&["1"][..], "arguments"), (&["x", "1"][..], "`x`")] {
        let output = wasi_run(&["--invoke", "add"], &module, args);
        assert_eq!(output.status.code(), Some(1));
        assert!(
            text(&output.stderr).contains(word),
            "{}",
            text(&output.stderr)
        );
    }
    let output = wasi_run(&["--invoke", "nope"], &module, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("`nope`"));
}

const SPIN: &str = r#"(module (memory (export "memory") 1)
  (func (export "_start") (loop $l (br $l))))"#;

#[test]
fn fuel_runs_out_as_a_trap() {
    let work = TempDir::new("fuel");
    let module = module_file(&work, "spin", SPIN);
    let output = wasi_run(&["--fuel", "100000"], &module, &[]);
    assert_eq!(output.status.code(), Some(134));
    let err = text(&output.stderr);
    assert!(err.contains("fuel"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let module = module_file(
        &work,
        "quick",
        r#"(module (memory (export "memory") 1) (func (export "_start")))"#,
    );
    assert_eq!(
        // Fuel also pays for compiling the function, which the backtrace
        // bookkeeping makes a few dozen bytes longer.
        wasi_run(&["--fuel", "1000"], &module, &[]).status.code(),
        Some(0)
    );
}

#[test]
fn timeout_ends_the_run_with_124() {
    let work = TempDir::new("timeout");
    let module = module_file(&work, "spin", SPIN);
    let start = Instant::now();
    let output = wasi_run(&["--timeout", "0.3"], &module, &[]);
    assert!(start.elapsed() < Duration::from_secs(20));
    assert_eq!(output.status.code(), Some(124));
    assert!(
        text(&output.stderr).contains("timeout"),
        "{}",
        text(&output.stderr)
    );
    let output = wasi_run(&["--timeout=-1"], &module, &[]);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn stack_limit_traps() {
    let work = TempDir::new("stack");
    let module = module_file(
        &work,
        "recurse",
        r#"(module (memory (export "memory") 1)
          (func $f (param i64) (result i64) (i64.add (call $f (local.get 0)) (i64.const 1)))
          (func (export "_start") (drop (call $f (i64.const 0)))))"#,
    );
    let output = wasi_run(&["--max-wasm-stack", "65536"], &module, &[]);
    assert_eq!(output.status.code(), Some(134));
    assert!(
        text(&output.stderr).contains("stack"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn memory_limit() {
    let work = TempDir::new("memory");
    // memory.grow past the limit returns -1: exit with its result + 1.
    let module = module_file(
        &work,
        "grow",
        r#"(module
          (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
          (memory (export "memory") 1)
          (func (export "_start")
            (call $exit (i32.add (memory.grow (i32.const 4)) (i32.const 1)))))"#,
    );
    assert_eq!(
        wasi_run(&["--max-memory", "131072"], &module, &[])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        wasi_run(&["--max-memory", "1048576"], &module, &[])
            .status
            .code(),
        Some(2)
    );
    let big = module_file(
        &work,
        "big",
        r#"(module (memory (export "memory") 64) (func (export "_start")))"#,
    );
    let output = wasi_run(&["--max-memory", "65536"], &big, &[]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert!(!text(&output.stderr).contains("panicked"));
}

/// Prints two monotonic and one realtime reading and 16 random bytes.
fn clock_program() -> Prog {
    let mut p = Prog::new();
    p.call("clock_time_get", &[A::I(1), A::L(0), A::I(BUF as i32)], 0)
        .call(
            "clock_time_get",
            &[A::I(1), A::L(0), A::I(BUF as i32 + 8)],
            0,
        )
        .call(
            "clock_time_get",
            &[A::I(0), A::L(0), A::I(BUF as i32 + 16)],
            0,
        )
        .call("random_get", &[A::I(BUF as i32 + 24), A::I(16)], 0)
        .call("clock_res_get", &[A::I(1), A::I(BUF as i32 + 40)], 0)
        .print(BUF, 48);
    p
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap())
}

#[test]
fn deterministic_runs_repeat() {
    let work = TempDir::new("deterministic");
    let p = clock_program();
    let first = p.run_ok(&work, &["--deterministic"]);
    let second = p.run_ok(&work, &["--deterministic"]);
    assert_eq!(first, second);
    assert_eq!(u64_at(&first, 0), 0);
    assert_eq!(u64_at(&first, 8), 1_000);
    assert_eq!(u64_at(&first, 16), 1_704_067_200_000_000_000 + 2_000);
    assert_eq!(u64_at(&first, 40), 1_000);
    let seeded = p.run_ok(&work, &["--deterministic", "--seed", "7"]);
    assert_ne!(first[24..40], seeded[24..40]);
    assert_eq!(p.run_ok(&work, &["--seed", "7"])[24..40], seeded[24..40]);
    // A 10-second sleep passes at once on the virtual clock.
    let mut sleep = Prog::new();
    sleep
        .call(
            "clock_time_get",
            &[A::I(1), A::L(0), A::I(BUF as i32 + 100)],
            0,
        )
        .print(BUF, 0);
    let wat = sleep.wat().replacen(
        "(func (export \"_start\")",
        r#"(data (i32.const 2048) "\07\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\e4\0b\54\02\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
        (func (export "_start")
          (drop (call $poll_oneoff (i32.const 2048) (i32.const 3072) (i32.const 1) (i32.const 300)))
          (drop (call $clock_time_get (i32.const 1) (i64.const 0) (i32.const 1024)))
          (call $print (i32.const 1024) (i32.const 8))"#,
        1,
    );
    let module = module_file(&work, "sleep", &wat);
    let start = Instant::now();
    let output = wasi_run(&["--deterministic"], &module, &[]);
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(u64_at(&output.stdout, 0), 10_000_000_000);
}

#[test]
fn trace_lines() {
    let work = TempDir::new("trace");
    let sandbox = TempDir::new("trace-dir");
    let mut p = Prog::new();
    p.call(
        "path_open",
        &[
            A::I(3),
            A::I(1),
            A::S("no/such.txt"),
            A::I(1 | 8),
            A::L(64),
            A::L(0),
            A::I(1),
            A::I(SLOT[0] as i32),
        ],
        44,
    )
    .call("fd_close", &[A::I(9)], 8);
    let dir = format!("{}::/s", sandbox.path().display());
    let trace = work.join("trace.txt");
    p.run_ok(
        &work,
        &["--dir", &dir, "--trace-file", trace.to_str().unwrap()],
    );
    let lines = std::fs::read_to_string(&trace).unwrap();
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(
        lines[0].starts_with(r#"path_open(fd=3, dirflags=symlink_follow, path="no/such.txt", oflags=creat|trunc, fs_rights_base=fd_write, fs_rights_inheriting=0, fdflags=append, "#),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with(") = 44 noent"), "{}", lines[0]);
    assert_eq!(lines[1], "fd_close(fd=9) = 8 badf");
    let module = module_file(&work, "again", &p.wat());
    let output = wasi_run(&["--dir", &dir, "--trace"], &module, &[]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        text(&output.stderr).ends_with("fd_close(fd=9) = 8 badf\n"),
        "{}",
        text(&output.stderr)
    );
    let exit = module_file(
        &work,
        "exit",
        r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
          (memory (export "memory") 1) (func (export "_start") (call $exit (i32.const 3))))"#,
    );
    let output = wasi_run(&["--trace"], &exit, &[]);
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(text(&output.stderr), "proc_exit(rval=3) = ?\n");
}

#[test]
fn preopens_keep_command_line_order() {
    let work = TempDir::new("order");
    let a = TempDir::new("order-a");
    let b = TempDir::new("order-b");
    let mut p = Prog::new();
    p.call(
        "fd_prestat_dir_name",
        &[A::I(3), A::I(BUF as i32), A::I(2)],
        0,
    )
    .call(
        "fd_prestat_dir_name",
        &[A::I(4), A::I(BUF as i32 + 2), A::I(2)],
        0,
    )
    .call(
        "fd_prestat_dir_name",
        &[A::I(5), A::I(BUF as i32 + 4), A::I(2)],
        0,
    )
    .print(BUF, 6);
    let out = p.run_ok(
        &work,
        &[
            "--readonly-dir",
            &format!("{}::/r", a.path().display()),
            "--dir",
            &format!("{}::/w", b.path().display()),
            "--readonly-dir",
            &format!("{}::/q", b.path().display()),
        ],
    );
    assert_eq!(text(&out), "/r/w/q");
}

#[test]
fn malformed_modules_are_refused() {
    let work = TempDir::new("malformed");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("bad-magic", b"\0asn\x01\0\0\0".to_vec()),
        ("bad-version", b"\0asm\x02\0\0\0".to_vec()),
        ("truncated-section", b"\0asm\x01\0\0\0\x01\x10\x01".to_vec()),
        // A memory section declaring 2^32 - 1 pages minimum.
        (
            "huge-memory",
            b"\0asm\x01\0\0\0\x05\x07\x01\x00\xff\xff\xff\xff\x0f".to_vec(),
        ),
        // A type section claiming 2^32 - 1 entries.
        (
            "huge-count",
            b"\0asm\x01\0\0\0\x01\x05\xff\xff\xff\xff\x0f".to_vec(),
        ),
        // A valid module whose memory starts at 4 GiB, past the default cap.
        (
            "memory-4gib",
            b"\0asm\x01\0\0\0\x05\x05\x01\x00\x80\x80\x04".to_vec(),
        ),
        // A table of 2^24 elements.
        (
            "huge-table",
            b"\0asm\x01\0\0\0\x04\x06\x01\x70\x00\x80\x80\x80\x08".to_vec(),
        ),
        // A function body whose code is `i32.add` on an empty stack.
        (
            "invalid-code",
            b"\0asm\x01\0\0\0\x01\x04\x01\x60\0\0\x03\x02\x01\0\x0a\x05\x01\x03\0\x6a\x0b".to_vec(),
        ),
    ];
    for (name, bytes) in cases {
        let path = work.join(&format!("{name}.wasm"));
        std::fs::write(&path, bytes).unwrap();
        let start = Instant::now();
        let output = wasi_run(&[], &path, &[]);
        assert!(start.elapsed() < Duration::from_secs(5), "{name} took long");
        let err = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{name}: {err}");
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
    }
}
