//! End-to-end tests of the `wasi-run` binary on small modules written in WAT.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Writes `bytes` to a file named `name` in the test scratch directory.
fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, bytes).expect("write test file");
    path
}

/// Assembles `wat` into `name.wasm`.
fn module(name: &str, wat: &str) -> PathBuf {
    let wasm = wat::parse_str(wat).expect("test WAT assembles");
    file(&format!("{name}.wasm"), &wasm)
}

fn wasi_run(args: &[&str], module: &Path, guest_args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wasi-run"))
        .args(args)
        .arg(module)
        .args(guest_args)
        .env("WASI_RUN_TEST_VAR", "from-host")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wasi-run");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("feed stdin");
    child.wait_with_output().expect("wait for wasi-run")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A one-line `wasi-run: <file>: ...` message, exit 1, and no panic.
fn assert_load_failure(output: &Output, path: &Path, mentions: &[&str]) {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(1), "stderr: {text}");
    assert_eq!(text.lines().count(), 1, "stderr: {text}");
    assert!(
        text.starts_with(&format!("wasi-run: {}: ", path.display())),
        "stderr: {text}"
    );
    assert!(!text.contains("panicked"), "stderr: {text}");
    for word in mentions {
        assert!(text.contains(word), "`{word}` not in: {text}");
    }
}

/// The imports most tests use, and a `$exit` helper around `proc_exit`.
const PRELUDE: &str = r#"
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
"#;

fn with_prelude(body: &str) -> String {
    format!(r#"(module {PRELUDE} {body} (memory (export "memory") 1))"#)
}

#[test]
fn hello_world() {
    let path = module(
        "hello",
        &with_prelude(
            r#"
            (data (i32.const 8) "\10\00\00\00\06\00\00\00")
            (data (i32.const 16) "hello\n")
            (func (export "_start")
              (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100))))
            "#,
        ),
    );
    let output = wasi_run(&[], &path, &[], b"");
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    assert_eq!(output.stdout, b"hello\n");
    assert!(output.stderr.is_empty());
}

#[test]
fn proc_exit_status() {
    let path = module(
        "exit7",
        &with_prelude(r#"(func (export "_start") (call $proc_exit (i32.const 7)) unreachable)"#),
    );
    assert_eq!(wasi_run(&[], &path, &[], b"").status.code(), Some(7));
}

#[test]
fn trap_is_134() {
    let path = module(
        "trap",
        &with_prelude(
            r#"
            (data (i32.const 8) "\10\00\00\00\03\00\00\00")
            (data (i32.const 16) "ok\n")
            (func (export "_start")
              (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100)))
              unreachable)
            "#,
        ),
    );
    let output = wasi_run(&[], &path, &[], b"");
    assert_eq!(output.status.code(), Some(134));
    assert_eq!(output.stdout, b"ok\n");
    assert!(
        stderr(&output).starts_with("wasi-run: trap: "),
        "{}",
        stderr(&output)
    );
}

/// Prints the raw argv buffer then the raw environ buffer.
const ARGS_ENV: &str = r#"
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (func $print (param $buf i32) (param $len i32)
    (i32.store (i32.const 8) (local.get $buf))
    (i32.store (i32.const 12) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100))))
  (func (export "_start")
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $args_get (i32.const 1024) (i32.const 4096)))
    (call $print (i32.const 4096) (i32.load (i32.const 4)))
    (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))
    (drop (call $environ_get (i32.const 1024) (i32.const 8192)))
    (call $print (i32.const 8192) (i32.load (i32.const 4)))
    ;; argc and the first argv pointer are checked through the exit status
    (call $proc_exit (i32.add (i32.load (i32.const 0))
      (i32.mul (i32.ne (i32.load (i32.const 1024)) (i32.const 8192)) (i32.const 100)))))
"#;

#[test]
fn args_and_env_round_trip() {
    let path = module("args_env", &with_prelude(ARGS_ENV));
    let output = wasi_run(
        &[
            "--env",
            "A=1",
            "--env",
            "WASI_RUN_TEST_VAR",
            "--env",
            "WASI_RUN_UNSET_VAR",
        ],
        &path,
        &["-x", "--env", "B=2", "two words"],
        b"",
    );
    let argv0 = path.display().to_string();
    let expected =
        format!("{argv0}\0-x\0--env\0B=2\0two words\0A=1\0WASI_RUN_TEST_VAR=from-host\0");
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected);
    // Two entries in environ, and environ[0] points at the buffer.
    assert_eq!(output.status.code(), Some(2), "stderr: {}", stderr(&output));
}

#[test]
fn bad_files_fail_cleanly() {
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-such.wasm");
    assert_load_failure(&wasi_run(&[], &missing, &[], b""), &missing, &[]);

    let empty = file("empty.wasm", b"");
    assert_load_failure(&wasi_run(&[], &empty, &[], b""), &empty, &["empty"]);

    let garbage: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let garbage = file("garbage.wasm", &garbage);
    assert_load_failure(
        &wasi_run(&[], &garbage, &[], b""),
        &garbage,
        &["not a WebAssembly"],
    );

    let text = file("text.wasm", b"(module)");
    assert_load_failure(&wasi_run(&[], &text, &[], b""), &text, &[]);

    let hello = wat::parse_str(with_prelude(r#"(func (export "_start"))"#)).expect("assembles");
    for cut in [4, 9, hello.len() / 2, hello.len() - 1] {
        let truncated = file(&format!("truncated{cut}.wasm"), &hello[..cut]);
        assert_load_failure(
            &wasi_run(&[], &truncated, &[], b""),
            &truncated,
            &["invalid module"],
        );
    }
    let mut corrupt = hello.clone();
    corrupt[8] = 0x7f; // the first section id: no such section
    let corrupt = file("corrupt.wasm", &corrupt);
    assert_load_failure(
        &wasi_run(&[], &corrupt, &[], b""),
        &corrupt,
        &["invalid module"],
    );
}

#[test]
fn missing_start_fails_cleanly() {
    let path = module("no_start", &with_prelude(""));
    assert_load_failure(&wasi_run(&[], &path, &[], b""), &path, &["_start"]);
    let path = module(
        "bad_start",
        &with_prelude(r#"(func (export "_start") (param i32))"#),
    );
    assert_load_failure(&wasi_run(&[], &path, &[], b""), &path, &["_start"]);
}

#[test]
fn unknown_import_is_named() {
    let path = module(
        "unknown_import",
        r#"(module (import "env" "frobnicate" (func (param i32))) (func (export "_start")))"#,
    );
    assert_load_failure(
        &wasi_run(&[], &path, &[], b""),
        &path,
        &["`env`", "`frobnicate`"],
    );
    let path = module(
        "unknown_wasi",
        r#"(module (import "wasi_snapshot_preview1" "fd_frob" (func)) (func (export "_start")))"#,
    );
    assert_load_failure(&wasi_run(&[], &path, &[], b""), &path, &["fd_frob"]);
    let path = module(
        "mistyped_import",
        r#"(module (import "wasi_snapshot_preview1" "fd_close" (func (param i64))) (func (export "_start")))"#,
    );
    assert_load_failure(
        &wasi_run(&[], &path, &[], b""),
        &path,
        &["wrong type", "`fd_close`"],
    );
}

#[test]
fn out_of_bounds_pointers_are_efault() {
    // Exit status = errno of each call, tried in turn; 0 if all succeeded.
    let path = module(
        "oob",
        &with_prelude(
            r#"
            (data (i32.const 8) "\f0\ff\00\00\11\00\00\00")
            (func $check (param $errno i32)
              (if (local.get $errno) (then (call $proc_exit (local.get $errno)))))
            (func (export "_start")
              ;; the iovec array itself past the end
              (call $check (call $fd_write (i32.const 1) (i32.const 65532) (i32.const 1) (i32.const 100)))
              (call $check (call $fd_write (i32.const 1) (i32.const -8) (i32.const 2) (i32.const 100)))
              ;; an iovec buffer past the end
              (call $check (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100)))
              (call $proc_exit (i32.const 0)))
            "#,
        ),
    );
    let output = wasi_run(&[], &path, &[], b"");
    assert_eq!(
        output.status.code(),
        Some(21),
        "stderr: {}",
        stderr(&output)
    );
    assert!(output.stdout.is_empty());

    let path = module(
        "oob_buffer",
        &with_prelude(
            r#"
            (data (i32.const 8) "\f0\ff\00\00\11\00\00\00")
            (func (export "_start")
              (call $proc_exit (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100))))
            "#,
        ),
    );
    assert_eq!(wasi_run(&[], &path, &[], b"").status.code(), Some(21));

    let path = module(
        "oob_nwritten",
        &with_prelude(
            r#"
            (data (i32.const 8) "\10\00\00\00\02\00\00\00")
            (func (export "_start")
              (call $proc_exit (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 65535))))
            "#,
        ),
    );
    let output = wasi_run(&[], &path, &[], b"");
    assert_eq!(output.status.code(), Some(21));
    assert!(
        output.stdout.is_empty(),
        "nothing is written when the out pointer is bad"
    );
}

#[test]
fn every_preview1_function_links() {
    let imports = common::IMPORTS;
    assert_eq!(imports.len(), 46);
    let mut wat = String::from("(module\n");
    for (name, params, returns) in imports {
        let result = if returns { "(result i32)" } else { "" };
        wat += &format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) {result}))\n"
        );
    }
    wat += r#"(memory (export "memory") 1)
      (func (export "_start")
        (call $proc_exit (call $path_open (i32.const 3) (i32.const 0) (i32.const 0) (i32.const 0)
          (i32.const 0) (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 0)))))"#;
    let path = module("all_imports", &wat);
    let output = wasi_run(&[], &path, &[], b"");
    // No preopen, so descriptor 3 is not open.
    assert_eq!(output.status.code(), Some(8), "stderr: {}", stderr(&output));
}

#[test]
fn preopens_are_listed_in_order() {
    // For fds 3, 4, 5: print the name of each preopen, stop at the first error
    // and exit with its errno.
    let path = module(
        "preopens",
        &with_prelude(
            r#"
            (import "wasi_snapshot_preview1" "fd_prestat_get" (func $prestat_get (param i32 i32) (result i32)))
            (import "wasi_snapshot_preview1" "fd_prestat_dir_name" (func $dir_name (param i32 i32 i32) (result i32)))
            (func (export "_start")
              (local $fd i32) (local $errno i32)
              (local.set $fd (i32.const 3))
              (loop $next
                (local.set $errno (call $prestat_get (local.get $fd) (i32.const 0)))
                (if (local.get $errno) (then (call $proc_exit (local.get $errno))))
                ;; a too-short buffer is refused
                (if (i32.ne (call $dir_name (local.get $fd) (i32.const 256) (i32.const 0)) (i32.const 37))
                  (then (call $proc_exit (i32.const 100))))
                (drop (call $dir_name (local.get $fd) (i32.const 256) (i32.load (i32.const 4))))
                (i32.store (i32.const 8) (i32.const 256))
                (i32.store (i32.const 12) (i32.load (i32.const 4)))
                (drop (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100)))
                (local.set $fd (i32.add (local.get $fd) (i32.const 1)))
                (br $next)))
            "#,
        ),
    );
    let dir = env!("CARGO_TARGET_TMPDIR");
    let output = wasi_run(
        &["--dir", &format!("{dir}::/sandbox"), "--dir", "."],
        &path,
        &[],
        b"",
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), "/sandbox.");
    assert_eq!(output.status.code(), Some(8), "stderr: {}", stderr(&output));

    let output = wasi_run(&["--dir", "/no/such/dir"], &path, &[], b"");
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("/no/such/dir"));
}

#[test]
fn stdio_calls() {
    // Each check exits with its own code on failure; 0 at the end.
    let path = module(
        "stdio",
        &with_prelude(
            r#"
            (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
            (import "wasi_snapshot_preview1" "fd_seek" (func $fd_seek (param i32 i64 i32 i32) (result i32)))
            (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fdstat (param i32 i32) (result i32)))
            (import "wasi_snapshot_preview1" "fd_close" (func $fd_close (param i32) (result i32)))
            (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
            (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
            (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
            (func $expect (param $got i32) (param $want i32) (param $code i32)
              (if (i32.ne (local.get $got) (local.get $want)) (then (call $proc_exit (local.get $code)))))
            (func (export "_start")
              ;; echo stdin: read into 512..1024, write back what was read
              (i32.store (i32.const 8) (i32.const 512))
              (i32.store (i32.const 12) (i32.const 512))
              (call $expect (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 100)) (i32.const 0) (i32.const 2))
              (i32.store (i32.const 12) (i32.load (i32.const 100)))
              (call $expect (call $fd_write (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100)) (i32.const 0) (i32.const 3))
              ;; stdio does not seek; bad whence and bad fds
              (call $expect (call $fd_seek (i32.const 1) (i64.const 0) (i32.const 1) (i32.const 200)) (i32.const 70) (i32.const 4))
              (call $expect (call $fd_seek (i32.const 1) (i64.const 0) (i32.const 9) (i32.const 200)) (i32.const 28) (i32.const 5))
              (call $expect (call $fd_write (i32.const 9) (i32.const 8) (i32.const 1) (i32.const 100)) (i32.const 8) (i32.const 6))
              (call $expect (call $fd_read (i32.const 1) (i32.const 8) (i32.const 1) (i32.const 100)) (i32.const 8) (i32.const 7))
              ;; fdstat of piped stdout: filetype unknown, fd_write right
              (call $expect (call $fdstat (i32.const 1) (i32.const 200)) (i32.const 0) (i32.const 8))
              (call $expect (i32.load8_u (i32.const 200)) (i32.const 0) (i32.const 9))
              (call $expect (i32.wrap_i64 (i64.and (i64.load (i32.const 208)) (i64.const 64))) (i32.const 64) (i32.const 10))
              ;; random, clocks, a 5 ms sleep
              (call $expect (call $random_get (i32.const 300) (i32.const 64)) (i32.const 0) (i32.const 11))
              (call $expect (call $random_get (i32.const 65500) (i32.const 64)) (i32.const 21) (i32.const 12))
              (call $expect (call $clock (i32.const 1) (i64.const 0) (i32.const 400)) (i32.const 0) (i32.const 13))
              (call $expect (call $clock (i32.const 99) (i64.const 0) (i32.const 400)) (i32.const 28) (i32.const 14))
              (i64.store (i32.const 600) (i64.const 42))
              (i32.store8 (i32.const 608) (i32.const 0))
              (i32.store (i32.const 616) (i32.const 1))
              (i64.store (i32.const 624) (i64.const 5000000))
              (call $expect (call $poll (i32.const 600) (i32.const 700) (i32.const 1) (i32.const 800)) (i32.const 0) (i32.const 15))
              (call $expect (i32.load (i32.const 800)) (i32.const 1) (i32.const 16))
              (call $expect (i32.wrap_i64 (i64.load (i32.const 700))) (i32.const 42) (i32.const 17))
              ;; close stdin, then it is gone
              (call $expect (call $fd_close (i32.const 0)) (i32.const 0) (i32.const 18))
              (call $expect (call $fd_close (i32.const 0)) (i32.const 8) (i32.const 19))
              (call $proc_exit (i32.const 0)))
            "#,
        ),
    );
    let output = wasi_run(&[], &path, &[], b"ping");
    assert_eq!(output.stdout, b"ping");
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
}

#[test]
fn module_without_memory_traps_on_wasi_call() {
    let path = module(
        "no_memory",
        r#"(module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (func (export "_start") (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 0) (i32.const 0)))))"#,
    );
    let output = wasi_run(&[], &path, &[], b"");
    assert_eq!(output.status.code(), Some(134));
    assert!(stderr(&output).contains("memory"), "{}", stderr(&output));
}

#[test]
fn trap_prints_the_live_frames_innermost_first() {
    // $a returns through `return` and $b through a branch out of its body:
    // neither may stay listed. $d traps below $c, called indirectly.
    let path = module(
        "backtrace",
        r#"(module
          (table 1 funcref)
          (elem (i32.const 0) $d)
          (func $b (br 0))
          (func $a (call $b) (return))
          (func $d (param i32) (result i32) unreachable)
          (func $c (result i32) (call_indirect (param i32) (result i32) (i32.const 5) (i32.const 0)))
          (func $start (export "_start") (call $a) (drop (call $c))))"#,
    );
    let output = wasi_run(&[], &path, &[], b"");
    assert_eq!(output.status.code(), Some(134));
    let err = stderr(&output);
    assert!(
        err.contains("wasm backtrace:\n    0: d\n    1: c\n    2: start\n"),
        "{err}"
    );
    assert!(!err.contains(": a\n") && !err.contains(": b\n"), "{err}");
}

#[test]
fn deep_recursion_keeps_the_innermost_frames() {
    let path = module(
        "recursion",
        r#"(module
          (func $rec (param i32) (call $rec (i32.add (local.get 0) (i32.const 1))))
          (func (export "_start") (call $rec (i32.const 0))))"#,
    );
    let output = wasi_run(&[], &path, &[], b"");
    assert_eq!(output.status.code(), Some(134));
    let err = stderr(&output);
    assert!(err.contains("    0: rec\n    1: rec\n"), "{err}");
    assert!(err.contains("more frame(s)"), "{err}");
    assert!(err.contains("outer frame(s) not kept"), "{err}");
}
