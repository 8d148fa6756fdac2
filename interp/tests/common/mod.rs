//! Shared helpers for the integration tests: scratch directories, running
//! `wasi-run`, and [`Prog`], a builder for WAT programs that make a list of
//! WASI calls and check each one's errno.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};

/// A directory under the system temp dir, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let unique = format!(
            "wasi-run-{name}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir(path)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    pub fn join(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    pub fn write(&self, rel: &str, bytes: &[u8]) {
        std::fs::write(self.join(rel), bytes).expect("write test file");
    }

    pub fn read(&self, rel: &str) -> Option<Vec<u8>> {
        std::fs::read(self.join(rel)).ok()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Assembles `wat` into a module file in `dir`.
pub fn module_file(dir: &TempDir, name: &str, wat: &str) -> PathBuf {
    let wasm = wat::parse_str(wat).expect("test WAT assembles");
    let path = dir.join(&format!("{name}.wasm"));
    std::fs::write(&path, wasm).expect("write module");
    path
}

/// Runs `wasi-run OPTIONS MODULE ARGS` with empty stdin.
pub fn wasi_run(options: &[&str], module: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wasi-run"))
        .args(options)
        .arg(module)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run wasi-run")
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Every preview 1 import with its parameters and whether it returns errno.
pub const IMPORTS: [(&str, &str, bool); 46] = [
    ("args_get", "i32 i32", true),
    ("args_sizes_get", "i32 i32", true),
    ("clock_res_get", "i32 i32", true),
    ("clock_time_get", "i32 i64 i32", true),
    ("environ_get", "i32 i32", true),
    ("environ_sizes_get", "i32 i32", true),
    ("fd_advise", "i32 i64 i64 i32", true),
    ("fd_allocate", "i32 i64 i64", true),
    ("fd_close", "i32", true),
    ("fd_datasync", "i32", true),
    ("fd_fdstat_get", "i32 i32", true),
    ("fd_fdstat_set_flags", "i32 i32", true),
    ("fd_fdstat_set_rights", "i32 i64 i64", true),
    ("fd_filestat_get", "i32 i32", true),
    ("fd_filestat_set_size", "i32 i64", true),
    ("fd_filestat_set_times", "i32 i64 i64 i32", true),
    ("fd_pread", "i32 i32 i32 i64 i32", true),
    ("fd_prestat_dir_name", "i32 i32 i32", true),
    ("fd_prestat_get", "i32 i32", true),
    ("fd_pwrite", "i32 i32 i32 i64 i32", true),
    ("fd_read", "i32 i32 i32 i32", true),
    ("fd_readdir", "i32 i32 i32 i64 i32", true),
    ("fd_renumber", "i32 i32", true),
    ("fd_seek", "i32 i64 i32 i32", true),
    ("fd_sync", "i32", true),
    ("fd_tell", "i32 i32", true),
    ("fd_write", "i32 i32 i32 i32", true),
    ("path_create_directory", "i32 i32 i32", true),
    ("path_filestat_get", "i32 i32 i32 i32 i32", true),
    (
        "path_filestat_set_times",
        "i32 i32 i32 i32 i64 i64 i32",
        true,
    ),
    ("path_link", "i32 i32 i32 i32 i32 i32 i32", true),
    ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32", true),
    ("path_readlink", "i32 i32 i32 i32 i32 i32", true),
    ("path_remove_directory", "i32 i32 i32", true),
    ("path_rename", "i32 i32 i32 i32 i32 i32", true),
    ("path_symlink", "i32 i32 i32 i32 i32", true),
    ("path_unlink_file", "i32 i32 i32", true),
    ("poll_oneoff", "i32 i32 i32 i32", true),
    ("proc_exit", "i32", false),
    ("proc_raise", "i32", true),
    ("random_get", "i32 i32", true),
    ("sched_yield", "", true),
    ("sock_accept", "i32 i32 i32", true),
    ("sock_recv", "i32 i32 i32 i32 i32 i32", true),
    ("sock_send", "i32 i32 i32 i32 i32", true),
    ("sock_shutdown", "i32 i32", true),
];

/// Errno values the tests expect.
pub mod errno {
    pub const SUCCESS: i32 = 0;
    pub const BADF: i32 = 8;
    pub const EXIST: i32 = 20;
    pub const INVAL: i32 = 28;
    pub const ISDIR: i32 = 31;
    pub const LOOP: i32 = 32;
    pub const NOENT: i32 = 44;
    pub const NOTDIR: i32 = 54;
    pub const NOTEMPTY: i32 = 55;
    pub const NOTSOCK: i32 = 57;
    pub const NOTSUP: i32 = 58;
    pub const PERM: i32 = 63;
    pub const SPIPE: i32 = 70;
    pub const NOTCAPABLE: i32 = 76;
    pub const ILSEQ: i32 = 25;
    pub const FAULT: i32 = 21;
}

/// Rights bits the tests use.
pub mod rights {
    pub const FD_READ: i64 = 1 << 1;
    pub const FD_SEEK: i64 = 1 << 2;
    pub const FD_TELL: i64 = 1 << 5;
    pub const FD_WRITE: i64 = 1 << 6;
    pub const PATH_CREATE_FILE: i64 = 1 << 10;
    pub const PATH_OPEN: i64 = 1 << 13;
    pub const FD_READDIR: i64 = 1 << 14;
    pub const ALL: i64 = (1 << 30) - 1;
}

/// `oflags`.
pub const CREAT: i32 = 1;
pub const DIRECTORY: i32 = 2;
pub const EXCL: i32 = 4;
pub const TRUNC: i32 = 8;
/// `lookupflags`.
pub const FOLLOW: i32 = 1;

/// Fixed guest addresses: `SLOT[n]` are 8-byte out-parameters, `BUF` a
/// 4 KiB scratch buffer.
pub const SLOT: [u32; 8] = [256, 264, 272, 280, 288, 296, 304, 312];
pub const BUF: u32 = 1024;
pub const BUF_LEN: u32 = 4096;
const DATA_START: u32 = 8192;

/// One argument of a call in a [`Prog`].
#[derive(Clone, Copy)]
pub enum A {
    /// An `i32` constant.
    I(i32),
    /// An `i64` constant.
    L(i64),
    /// A string placed in memory: passes its pointer and length.
    S(&'static str),
    /// The `i32` stored at this address (a descriptor an earlier call returned).
    Load(u32),
    /// One iovec over this text: passes the iovec pointer and 1.
    Iov(&'static str),
    /// One iovec over `BUF` of this length: passes the iovec pointer and 1.
    BufIov(u32),
}

/// A WAT program built call by call. Step `n` (from 1) that returns an
/// unexpected errno makes the program print `step n: got e` to stderr and
/// exit with status 1; the program exits 0 after the last step.
pub struct Prog {
    data: Vec<(u32, Vec<u8>)>,
    next: u32,
    body: String,
    steps: u32,
}

impl Default for Prog {
    fn default() -> Self {
        Self::new()
    }
}

impl Prog {
    pub fn new() -> Self {
        Prog {
            data: Vec::new(),
            next: DATA_START,
            body: String::new(),
            steps: 0,
        }
    }

    fn place(&mut self, bytes: &[u8]) -> u32 {
        let at = self.next;
        self.data.push((at, bytes.to_vec()));
        self.next += (bytes.len() as u32 + 8) & !7;
        at
    }

    fn operands(&mut self, args: &[A]) -> String {
        let mut out = String::new();
        for arg in args {
            match *arg {
                A::I(v) => out += &format!(" (i32.const {v})"),
                A::L(v) => out += &format!(" (i64.const {v})"),
                A::S(s) => {
                    let at = self.place(s.as_bytes());
                    out += &format!(" (i32.const {at}) (i32.const {})", s.len());
                }
                A::Load(addr) => out += &format!(" (i32.load (i32.const {addr}))"),
                A::Iov(s) => {
                    let at = self.place(s.as_bytes());
                    let mut iov = at.to_le_bytes().to_vec();
                    iov.extend_from_slice(&(s.len() as u32).to_le_bytes());
                    let iov_at = self.place(&iov);
                    out += &format!(" (i32.const {iov_at}) (i32.const 1)");
                }
                A::BufIov(len) => {
                    let mut iov = BUF.to_le_bytes().to_vec();
                    iov.extend_from_slice(&len.to_le_bytes());
                    let iov_at = self.place(&iov);
                    out += &format!(" (i32.const {iov_at}) (i32.const 1)");
                }
            }
        }
        out
    }

    /// Calls `name` with `args` and checks that it returns `want`.
    pub fn call(&mut self, name: &str, args: &[A], want: i32) -> &mut Self {
        self.steps += 1;
        let operands = self.operands(args);
        self.body += &format!(
            "(call $expect (call ${name}{operands}) (i32.const {want}) (i32.const {}))\n",
            self.steps
        );
        self
    }

    /// Checks that the `i32` at `addr` equals `want`.
    pub fn check_i32(&mut self, addr: u32, want: i32) -> &mut Self {
        self.steps += 1;
        self.body += &format!(
            "(call $expect (i32.load (i32.const {addr})) (i32.const {want}) (i32.const {}))\n",
            self.steps
        );
        self
    }

    /// Checks the byte at `addr`.
    pub fn check_u8(&mut self, addr: u32, want: i32) -> &mut Self {
        self.steps += 1;
        self.body += &format!(
            "(call $expect (i32.load8_u (i32.const {addr})) (i32.const {want}) (i32.const {}))\n",
            self.steps
        );
        self
    }

    /// Writes `len` bytes at `addr` to stdout.
    pub fn print(&mut self, addr: u32, len: u32) -> &mut Self {
        self.body += &format!("(call $print (i32.const {addr}) (i32.const {len}))\n");
        self
    }

    /// Writes the `i32`-long text whose length is stored at `len_addr`.
    pub fn print_len_at(&mut self, addr: u32, len_addr: u32) -> &mut Self {
        self.body +=
            &format!("(call $print (i32.const {addr}) (i32.load (i32.const {len_addr})))\n");
        self
    }

    pub fn wat(&self) -> String {
        let mut wat = String::from("(module\n");
        for (name, params, returns) in IMPORTS {
            let result = if returns { "(result i32)" } else { "" };
            wat += &format!(
                "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) {result}))\n"
            );
        }
        wat += r#"
  (memory (export "memory") 2)
  (func $print (param $at i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $at))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16))))
  ;; writes "step S: got G\n" to stderr and exits 1
  (func $number (param $v i32) (param $end i32) (result i32)
    (local $p i32)
    (local.set $p (local.get $end))
    (loop $digits
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.rem_u (local.get $v) (i32.const 10))))
      (local.set $v (i32.div_u (local.get $v) (i32.const 10)))
      (br_if $digits (local.get $v)))
    (local.get $p))
  (func $expect (param $got i32) (param $want i32) (param $step i32)
    (local $p i32)
    (if (i32.ne (local.get $got) (local.get $want))
      (then
        (i32.store8 (i32.const 127) (i32.const 10))
        (local.set $p (call $number (local.get $got) (i32.const 127)))
        (local.set $p (i32.sub (local.get $p) (i32.const 6)))
        (i32.store (local.get $p) (i32.const 0x6f67203a))
        (i32.store16 (i32.add (local.get $p) (i32.const 4)) (i32.const 0x2074))
        (local.set $p (call $number (local.get $step) (local.get $p)))
        (local.set $p (i32.sub (local.get $p) (i32.const 5)))
        (i32.store (local.get $p) (i32.const 0x70657473))
        (i32.store8 (i32.add (local.get $p) (i32.const 4)) (i32.const 32))
        (i32.store (i32.const 0) (local.get $p))
        (i32.store (i32.const 4) (i32.sub (i32.const 128) (local.get $p)))
        (drop (call $fd_write (i32.const 2) (i32.const 0) (i32.const 1) (i32.const 16)))
        (call $proc_exit (i32.const 1)))))
"#;
        for (at, bytes) in &self.data {
            let escaped: String = bytes.iter().map(|b| format!("\\{b:02x}")).collect();
            wat += &format!("  (data (i32.const {at}) \"{escaped}\")\n");
        }
        wat += "  (func (export \"_start\")\n";
        wat += &self.body;
        wat += "  ))\n";
        wat
    }

    /// Runs the program with `options`; panics with its stderr unless it
    /// ends with status 0. Returns stdout.
    pub fn run_ok(&self, dir: &TempDir, options: &[&str]) -> Vec<u8> {
        let module = module_file(dir, "prog", &self.wat());
        let output = wasi_run(options, &module, &[]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "stderr: {}",
            text(&output.stderr)
        );
        let _ = std::fs::remove_file(module);
        output.stdout
    }
}
