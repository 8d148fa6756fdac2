//! Module loading: any bytes must load and run within the limits, or be
//! refused, without a panic.

#![no_main]

use interp::run::{run_bytes, Entry, Limits};
use interp::wasi::Host;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(mut host) = Host::new(vec![b"fuzz".to_vec()], Vec::new(), &[]) else {
        return;
    };
    host.set_deterministic(0);
    let limits = Limits {
        fuel: Some(100_000),
        max_memory: Some(1 << 24),
        max_wasm_stack: Some(1 << 20),
    };
    let _ = run_bytes(data, host, &limits, &Entry::Start);
});
