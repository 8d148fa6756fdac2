//! The engine without our WASI layer, for `cargo xtask bench`: it runs a
//! command module on the same wasmi configuration as `wasi-run`, with the
//! least host a libc start-up and stdout need (arguments, an empty
//! environment, stdio's `fd_fdstat_get`, `fd_write`, clocks, randomness,
//! `proc_exit`), each done as directly as Rust allows: no descriptor table,
//! no rights, no tracing. Every other import returns `ENOSYS`.
//!
//! The bench times the same module under this and under `wasi-run`; their
//! ratio is the cost of our WASI layer (issue 3 asks for at most 1.1).
//! Not a tool for users: no sandbox, no limits, no error messages to speak of.
//!
//! Usage: `bare_engine [--memory] MODULE.wasm`; the guest's argv is the
//! module path. With `--memory`, the size of the guest's memory at the end
//! (its peak: wasm memory never shrinks) goes to stderr as
//! `memory: N bytes`, which the bench compares between the two libcs.

use std::io::Write;
use std::time::Instant;

use interp::run::{engine, Limits};
use wasmi::{Caller, Error, Extern, Linker, Memory, Module, Store, Val};

const WASI: &str = "wasi_snapshot_preview1";
const ERRNO_BADF: i32 = 8;
const ERRNO_INVAL: i32 = 28;
const ERRNO_NOSYS: i32 = 52;
/// fd_fdstat_get's record: filetype `unknown` (as wasi-run reports a pipe or
/// a file on stdio), no flags, and the one right stdio has.
const RIGHT_FD_READ: u64 = 1 << 1;
const RIGHT_FD_WRITE: u64 = 1 << 6;

struct Bare {
    argv0: Vec<u8>,
    started: Instant,
    seed: u64,
}

fn memory(caller: &Caller<'_, Bare>) -> Option<Memory> {
    match caller.get_export("memory") {
        Some(Extern::Memory(m)) => Some(m),
        _ => None,
    }
}

/// Writes `bytes` at `at` in the guest's memory; false if out of bounds.
fn put(caller: &mut Caller<'_, Bare>, at: u32, bytes: &[u8]) -> bool {
    let Some(mem) = memory(caller) else {
        return false;
    };
    let data = mem.data_mut(caller);
    let start = at as usize;
    match data.get_mut(start..start + bytes.len()) {
        Some(dest) => {
            dest.copy_from_slice(bytes);
            true
        }
        None => false,
    }
}

fn get_u32(data: &[u8], at: usize) -> Option<u32> {
    let bytes = data.get(at..at + 4)?;
    Some(u32::from_le_bytes(bytes.try_into().ok()?))
}

fn define(linker: &mut Linker<Bare>) -> Result<(), Error> {
    linker.func_wrap(
        WASI,
        "args_sizes_get",
        |mut c: Caller<'_, Bare>, argc: u32, size: u32| -> i32 {
            let len = c.data().argv0.len() as u32 + 1;
            let ok =
                put(&mut c, argc, &1u32.to_le_bytes()) && put(&mut c, size, &len.to_le_bytes());
            if ok {
                0
            } else {
                ERRNO_INVAL
            }
        },
    )?;
    linker.func_wrap(
        WASI,
        "args_get",
        |mut c: Caller<'_, Bare>, argv: u32, buf: u32| -> i32 {
            let mut arg = c.data().argv0.clone();
            arg.push(0);
            let ok = put(&mut c, argv, &buf.to_le_bytes()) && put(&mut c, buf, &arg);
            if ok {
                0
            } else {
                ERRNO_INVAL
            }
        },
    )?;
    linker.func_wrap(
        WASI,
        "environ_sizes_get",
        |mut c: Caller<'_, Bare>, count: u32, size: u32| -> i32 {
            let ok = put(&mut c, count, &[0; 4]) && put(&mut c, size, &[0; 4]);
            if ok {
                0
            } else {
                ERRNO_INVAL
            }
        },
    )?;
    linker.func_wrap(
        WASI,
        "environ_get",
        |_: Caller<'_, Bare>, _: u32, _: u32| -> i32 { 0 },
    )?;
    linker.func_wrap(
        WASI,
        "fd_fdstat_get",
        |mut c: Caller<'_, Bare>, fd: u32, out: u32| -> i32 {
            let rights = match fd {
                0 => RIGHT_FD_READ,
                1 | 2 => RIGHT_FD_WRITE,
                _ => return ERRNO_BADF,
            };
            let mut record = [0u8; 24];
            record[8..16].copy_from_slice(&rights.to_le_bytes());
            record[16..24].copy_from_slice(&rights.to_le_bytes());
            if put(&mut c, out, &record) {
                0
            } else {
                ERRNO_INVAL
            }
        },
    )?;
    linker.func_wrap(
        WASI,
        "fd_write",
        |mut c: Caller<'_, Bare>, fd: u32, iovs: u32, count: u32, written: u32| -> i32 {
            let Some(mem) = memory(&c) else {
                return ERRNO_INVAL;
            };
            let data = mem.data(&c);
            let mut total = 0u32;
            let mut out: Box<dyn Write> = match fd {
                1 => Box::new(std::io::stdout().lock()),
                2 => Box::new(std::io::stderr().lock()),
                _ => return ERRNO_BADF,
            };
            for i in 0..count as usize {
                let at = iovs as usize + 8 * i;
                let (Some(ptr), Some(len)) = (get_u32(data, at), get_u32(data, at + 4)) else {
                    return ERRNO_INVAL;
                };
                let Some(bytes) = data.get(ptr as usize..ptr as usize + len as usize) else {
                    return ERRNO_INVAL;
                };
                if out.write_all(bytes).is_err() {
                    return ERRNO_INVAL;
                }
                total += len;
            }
            drop(out);
            if put(&mut c, written, &total.to_le_bytes()) {
                0
            } else {
                ERRNO_INVAL
            }
        },
    )?;
    linker.func_wrap(
        WASI,
        "clock_time_get",
        |mut c: Caller<'_, Bare>, _id: u32, _precision: u64, out: u32| -> i32 {
            let ns = c.data().started.elapsed().as_nanos() as u64;
            if put(&mut c, out, &ns.to_le_bytes()) {
                0
            } else {
                ERRNO_INVAL
            }
        },
    )?;
    linker.func_wrap(
        WASI,
        "random_get",
        |mut c: Caller<'_, Bare>, buf: u32, len: u32| -> i32 {
            let mut bytes = vec![0u8; len as usize];
            for b in &mut bytes {
                // xorshift64: statistics do not matter here, only cost.
                let s = &mut c.data_mut().seed;
                *s ^= *s << 13;
                *s ^= *s >> 7;
                *s ^= *s << 17;
                *b = *s as u8;
            }
            if put(&mut c, buf, &bytes) {
                0
            } else {
                ERRNO_INVAL
            }
        },
    )?;
    linker.func_wrap(
        WASI,
        "proc_exit",
        |_: Caller<'_, Bare>, status: i32| -> Result<(), Error> { Err(Error::i32_exit(status)) },
    )?;
    Ok(())
}

fn main() {
    let mut args: Vec<_> = std::env::args_os().skip(1).collect();
    let report_memory = args.first().is_some_and(|a| a == "--memory");
    if report_memory {
        args.remove(0);
    }
    let Some(path) = args.into_iter().next() else {
        eprintln!("usage: bare_engine [--memory] MODULE.wasm");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("bare_engine: {}: {e}", path.to_string_lossy());
            std::process::exit(1);
        }
    };
    let engine = engine(&Limits::default());
    let status = (|| -> Result<i32, Error> {
        let module = Module::new(&engine, &bytes[..])?;
        let mut linker = Linker::new(&engine);
        // Every WASI import answers ENOSYS, unless `define` then shadows it.
        for import in module.imports() {
            let Some(ty) = import.ty().func() else {
                continue;
            };
            if import.module() != WASI {
                continue;
            }
            linker.func_new(
                WASI,
                import.name(),
                ty.clone(),
                |_, _, results: &mut [Val]| {
                    if let Some(first) = results.first_mut() {
                        *first = Val::I32(ERRNO_NOSYS);
                    }
                    Ok(())
                },
            )?;
        }
        linker.allow_shadowing(true);
        define(&mut linker)?;
        let mut store = Store::new(
            &engine,
            Bare {
                argv0: path.to_string_lossy().into_owned().into_bytes(),
                started: Instant::now(),
                seed: 0x9e37_79b9_7f4a_7c15,
            },
        );
        let instance = linker.instantiate_and_start(&mut store, &module)?;
        let start = instance.get_typed_func::<(), ()>(&store, "_start")?;
        let status = match start.call(&mut store, ()) {
            Ok(()) => 0,
            Err(e) => e.i32_exit_status().ok_or(e)?,
        };
        if report_memory {
            if let Some(memory) = instance.get_memory(&store, "memory") {
                eprintln!("memory: {} bytes", memory.data_size(&store));
            }
        }
        Ok(status)
    })();
    let _ = std::io::stdout().flush();
    match status {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("bare_engine: {e}");
            std::process::exit(134);
        }
    }
}
