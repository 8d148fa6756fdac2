//! Generates `sys.rs`, the C types and constants that the bottom half shares
//! with C callers, from the public headers in `headers/`. The headers are the
//! one owner of every layout and value; Rust reads them through bindgen, so
//! the two languages cannot disagree.

use std::env;
use std::path::PathBuf;

/// The headers whose types and constants the Rust side uses.
const HEADERS: &[&str] = &[
    "dirent.h",
    "errno.h",
    "fcntl.h",
    "poll.h",
    "sys/stat.h",
    "sys/types.h",
    "sys/uio.h",
    "time.h",
    "unistd.h",
];

fn main() {
    let root =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
            .join("..");
    let headers = root.join("headers");
    println!("cargo::rerun-if-changed={}", headers.display());

    let wrapper: String = HEADERS
        .iter()
        .map(|h| format!("#include <{h}>\n"))
        .collect();
    let bindings = bindgen::Builder::default()
        .header_contents("libc_bottom_wrapper.h", &wrapper)
        // The ABI is wasm32's whatever the host: parse as the guest does.
        .clang_args(["--target=wasm32-wasi", "--sysroot=/nonexistent", "-isystem"])
        .clang_arg(headers.display().to_string())
        .use_core()
        .ctypes_prefix("core::ffi")
        .layout_tests(false)
        .generate_comments(false)
        .allowlist_type("off_t|mode_t|stat|timespec|iovec|clock_t|dirent|pollfd|nfds_t")
        .allowlist_var("E[A-Z0-9]+|SEEK_[A-Z]+|STD(IN|OUT|ERR)_FILENO|O_[A-Z]+|AT_[A-Z_]+|S_IF[A-Z]+|[FRWX]_OK|TIMER_ABSTIME|DT_[A-Z]+|F_[A-Z]+|UTIME_[A-Z]+|POLL[A-Z]+")
        .generate()
        .unwrap_or_else(|e| panic!("bindgen could not read the headers in {}: {e}\nIs libclang installed (Debian: libclang-19-dev)?", headers.display()));
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("sys.rs");
    bindings
        .write_to_file(&out)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
