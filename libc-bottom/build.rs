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
    "netinet/in.h",
    "poll.h",
    "sys/ioctl.h",
    "sys/resource.h",
    "sys/socket.h",
    "sys/stat.h",
    "sys/time.h",
    "sys/types.h",
    "sys/uio.h",
    "time.h",
    "unistd.h",
    "utime.h",
];

/// The layout-sensitive structs the bottom half reads or fills for C.
const STRUCTS: &str = "stat|timespec|timeval|dirent|iovec|pollfd|tm|flock|utimbuf|rusage\
    |sockaddr|sockaddr_in|sockaddr_in6|sockaddr_storage|in_addr|in6_addr|msghdr|fd_set";

/// The scalar types and the constants it uses.
const TYPES: &str = "off_t|mode_t|clock_t|nfds_t";
const VARS: &str = "E[A-Z0-9]+|SEEK_[A-Z]+|STD(IN|OUT|ERR)_FILENO|O_[A-Z]+|AT_[A-Z_]+|S_IF[A-Z]+\
    |[FRWX]_OK|TIMER_ABSTIME|DT_[A-Z]+|F_[A-Z]+|UTIME_[A-Z]+|POLL[A-Z]+";

/// The socket, `ioctl` and descriptor-table constants.
const SOCKET_VARS: &str = "SOCK_[A-Z]+|SHUT_[A-Z]+|SOL_SOCKET|SO_TYPE|FION[A-Z]+|F_DUPFD_CLOEXEC";

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
    // The types are generated twice: once to use, and once with bindgen's
    // layout assertions (clang's size, alignment and offsets for wasm32,
    // checked against rustc's layout at compile time). The second copy is
    // compiled only for wasm32, where a C long and a pointer are 32 bits.
    for (name, layout_tests) in [("sys.rs", false), ("sys_layout.rs", true)] {
        let bindings = bindgen::Builder::default()
            .header_contents("libc_bottom_wrapper.h", &wrapper)
            // The ABI is wasm32's whatever the host: parse as the guest does.
            .clang_args(["--target=wasm32-wasi", "--sysroot=/nonexistent", "-isystem"])
            .clang_arg(headers.display().to_string())
            .use_core()
            .ctypes_prefix("core::ffi")
            .layout_tests(layout_tests)
            // dirent's flexible d_name brings bindgen's array helper, whose
            // unsafe fns must wrap their unsafe calls (unsafe_op_in_unsafe_fn).
            .wrap_unsafe_ops(true)
            .generate_comments(false)
            .allowlist_type(TYPES)
            .allowlist_type(STRUCTS)
            .allowlist_var(VARS)
            .allowlist_var(SOCKET_VARS)
            .generate()
            .unwrap_or_else(|e| panic!("bindgen could not read the headers in {}: {e}\nIs libclang installed (Debian: libclang-19-dev)?", headers.display()));
        let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join(name);
        bindings
            .write_to_file(&out)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    }
}
