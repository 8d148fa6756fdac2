//! WASI call arguments: the input picks calls and their arguments; the guest
//! runs them against a scratch preopen. Nothing may panic or trap, and the
//! file beside the preopen must stay as it was.

#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use interp::run::{run_bytes, Entry, Limits};
use interp::wasi::{Host, Preopen};
use libfuzzer_sys::fuzz_target;

/// Each import with its parameter types; `proc_exit` is left out so that a
/// run goes through all its calls.
const CALLS: [(&str, &str); 45] = [
    ("args_get", "i32 i32"),
    ("args_sizes_get", "i32 i32"),
    ("clock_res_get", "i32 i32"),
    ("clock_time_get", "i32 i64 i32"),
    ("environ_get", "i32 i32"),
    ("environ_sizes_get", "i32 i32"),
    ("fd_advise", "i32 i64 i64 i32"),
    ("fd_allocate", "i32 i64 i64"),
    ("fd_close", "i32"),
    ("fd_datasync", "i32"),
    ("fd_fdstat_get", "i32 i32"),
    ("fd_fdstat_set_flags", "i32 i32"),
    ("fd_fdstat_set_rights", "i32 i64 i64"),
    ("fd_filestat_get", "i32 i32"),
    ("fd_filestat_set_size", "i32 i64"),
    ("fd_filestat_set_times", "i32 i64 i64 i32"),
    ("fd_pread", "i32 i32 i32 i64 i32"),
    ("fd_prestat_dir_name", "i32 i32 i32"),
    ("fd_prestat_get", "i32 i32"),
    ("fd_pwrite", "i32 i32 i32 i64 i32"),
    ("fd_read", "i32 i32 i32 i32"),
    ("fd_readdir", "i32 i32 i32 i64 i32"),
    ("fd_renumber", "i32 i32"),
    ("fd_seek", "i32 i64 i32 i32"),
    ("fd_sync", "i32"),
    ("fd_tell", "i32 i32"),
    ("fd_write", "i32 i32 i32 i32"),
    ("path_create_directory", "i32 i32 i32"),
    ("path_filestat_get", "i32 i32 i32 i32 i32"),
    ("path_filestat_set_times", "i32 i32 i32 i32 i64 i64 i32"),
    ("path_link", "i32 i32 i32 i32 i32 i32 i32"),
    ("path_open", "i32 i32 i32 i32 i32 i64 i64 i32 i32"),
    ("path_readlink", "i32 i32 i32 i32 i32 i32"),
    ("path_remove_directory", "i32 i32 i32"),
    ("path_rename", "i32 i32 i32 i32 i32 i32"),
    ("path_symlink", "i32 i32 i32 i32 i32"),
    ("path_unlink_file", "i32 i32 i32"),
    ("poll_oneoff", "i32 i32 i32 i32"),
    ("proc_raise", "i32"),
    ("random_get", "i32 i32"),
    ("sched_yield", ""),
    ("sock_accept", "i32 i32 i32"),
    ("sock_recv", "i32 i32 i32 i32 i32 i32"),
    ("sock_send", "i32 i32 i32 i32 i32"),
    ("sock_shutdown", "i32 i32"),
];

/// `outer/` with `outer/box` (the preopen) and `outer/sentinel`.
fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let outer = std::env::temp_dir().join(format!("wasi-run-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(outer.join("box")).expect("scratch dir");
        std::fs::write(outer.join("sentinel"), b"untouched").expect("sentinel");
        outer
    })
}

/// Takes `N` bytes from the front of `data`, zero-padded.
fn take<const N: usize>(data: &mut &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let count = N.min(data.len());
    out[..count].copy_from_slice(&data[..count]);
    *data = &data[count..];
    out
}

/// The guest: the first 256 input bytes as memory at 0, then one call per
/// record of the rest (a call index, then each argument little-endian).
fn module(mut data: &[u8]) -> String {
    let memory = take::<256>(&mut data);
    let mut wat = String::from("(module\n");
    for (name, params) in CALLS {
        wat += &format!(
            "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) (result i32)))\n"
        );
    }
    let escaped: String = memory.iter().map(|b| format!("\\{b:02x}")).collect();
    wat += &format!("(memory (export \"memory\") 1)\n(data (i32.const 0) \"{escaped}\")\n");
    wat += "(func (export \"_start\")\n";
    let mut calls = 0;
    while !data.is_empty() && calls < 64 {
        let [pick] = take::<1>(&mut data);
        let (name, params) = CALLS[usize::from(pick) % CALLS.len()];
        let mut args = String::new();
        for ty in params.split_whitespace() {
            args += &match ty {
                "i64" => format!(" (i64.const {})", i64::from_le_bytes(take::<8>(&mut data))),
                _ => format!(" (i32.const {})", i32::from_le_bytes(take::<4>(&mut data))),
            };
        }
        wat += &format!("(drop (call ${name}{args}))\n");
        calls += 1;
    }
    wat += "))\n";
    wat
}

fuzz_target!(|data: &[u8]| {
    let outer = scratch();
    let preopen = Preopen {
        host: outer.join("box"),
        guest: "/box".to_string(),
        readonly: false,
    };
    let wasm = wat::parse_str(module(data)).expect("generated WAT assembles");
    let mut host = Host::new(vec![b"fuzz".to_vec()], Vec::new(), &[preopen]).expect("host");
    host.set_deterministic(0);
    let limits = Limits {
        fuel: Some(1_000_000),
        max_memory: Some(1 << 20),
        max_wasm_stack: None,
    };
    let result = run_bytes(&wasm, host, &limits, &Entry::Start);
    assert_eq!(result, Ok(0), "a WASI call trapped or failed to load");
    let sentinel = std::fs::read(outer.join("sentinel")).expect("sentinel still there");
    assert_eq!(sentinel, b"untouched");
});
