//! Loading, linking and running one WASI module: a command's `_start`, or
//! with `--invoke` any exported function (after a reactor's `_initialize`).
//!
//! A run ends in one of three ways: the module's exit status (`proc_exit`'s
//! argument, or 0 when the entry point returns), a [`Failure::Load`] when the
//! module cannot be started at all, or a [`Failure::Trap`].
//!
//! Limits: `fuel` runs out and `max_wasm_stack` overflows as traps, as in
//! wasmtime. `max_memory` caps every linear memory: `memory.grow` past it
//! returns -1 to the guest, and a module whose initial memory is larger
//! fails to load. Without it the cap is [`DEFAULT_MAX_MEMORY`]: wasmi
//! allocates a memory's initial size at once, so a module declaring 4 GiB
//! would otherwise take that much host memory before running a single
//! instruction. Tables are capped at [`MAX_TABLE_ELEMENTS`] for the same
//! reason.

use std::path::Path;

use wasmi::errors::{ErrorKind, InstantiationError, LinkerError};
use wasmi::{
    Config, Engine, Error, Func, FuncType, Instance, Linker, Module, Store, StoreLimitsBuilder,
    Val, ValType,
};

use crate::backtrace;
use crate::wasi::{self, Host};

/// The exit status for a module that could not be started.
pub const LOAD_FAILURE_STATUS: i32 = 1;
/// The exit status for a trap: that of a process killed by SIGABRT.
pub const TRAP_STATUS: i32 = 134;

/// The wasm call depth allowed before a stack-overflow trap; wasmi's default
/// of 1000 is too shallow for ordinary recursive C.
const MAX_RECURSION_DEPTH: usize = 100_000;
/// The most the engine's value stack may grow to, in bytes, by default.
const MAX_STACK_HEIGHT: usize = 64 * 1024 * 1024;

/// The memory cap when `--max-memory` is not given: 2 GiB.
pub const DEFAULT_MAX_MEMORY: usize = 2 << 30;
/// The most elements any table may have.
pub const MAX_TABLE_ELEMENTS: usize = 1 << 20;

/// Why a run did not produce an exit status of the module's own.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// Unreadable, not wasm, invalid, or importing something not provided.
    Load(String),
    /// The module trapped: the message says why, and the wasm backtrace
    /// lists the live functions, innermost first (empty when unknown, as
    /// for a trap in a start function).
    Trap(String, Vec<String>),
}

/// Resource limits for one run; `None` is the default.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    /// Fuel units (about one per instruction) before an out-of-fuel trap.
    pub fuel: Option<u64>,
    /// The most bytes any one linear memory may have.
    pub max_memory: Option<usize>,
    /// The most bytes of the engine's value stack.
    pub max_wasm_stack: Option<usize>,
}

/// What to call once the module is instantiated.
#[derive(Clone, Debug, Default)]
pub enum Entry {
    /// A command: `_start`.
    #[default]
    Start,
    /// An export, called with `args` parsed for its parameter types; its
    /// results are printed one per line.
    Invoke { name: String, args: Vec<String> },
}

/// The text of `error` on one line.
fn one_line(error: &Error) -> String {
    let text = error.to_string();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join(": ")
}

/// A function type as `(i32, i64) -> (i32)`.
fn signature(ty: &FuncType) -> String {
    let list = |types: &[ValType]| {
        let names: Vec<String> = types
            .iter()
            .map(|ty| format!("{ty:?}").to_lowercase())
            .collect();
        names.join(", ")
    };
    format!("({}) -> ({})", list(ty.params()), list(ty.results()))
}

/// Sorts an error out of instantiation or the entry point into an exit
/// status, a trap, or a load failure.
fn classify(error: Error) -> Result<i32, Failure> {
    if let Some(status) = error.i32_exit_status() {
        return Ok(status);
    }
    let wrong_type = |module: &str, field: &str, detail: String| {
        Failure::Load(format!(
            "import with the wrong type: module `{module}`, field `{field}`{detail}"
        ))
    };
    match error.kind() {
        ErrorKind::Linker(LinkerError::MissingDefinition { name, .. }) => {
            return Err(Failure::Load(format!(
                "unknown import: module `{}`, field `{}`",
                name.module(),
                name.name()
            )));
        }
        ErrorKind::Linker(LinkerError::InvalidTypeDefinition { name, .. })
        | ErrorKind::Instantiation(InstantiationError::ImportTypeMismatch { name, .. }) => {
            return Err(wrong_type(name.module(), name.name(), String::new()));
        }
        ErrorKind::Instantiation(InstantiationError::FuncTypeMismatch {
            name,
            expected,
            actual,
        }) => {
            let detail = format!(
                ": the module expects {}, the host has {}",
                signature(expected),
                signature(actual)
            );
            return Err(wrong_type(name.module(), name.name(), detail));
        }
        _ => {}
    }
    let is_trap = error.as_trap_code().is_some()
        || matches!(error.kind(), ErrorKind::Host(_) | ErrorKind::Message(_));
    if is_trap {
        Err(Failure::Trap(one_line(&error), Vec::new()))
    } else {
        Err(Failure::Load(one_line(&error)))
    }
}

/// Checks the first bytes before wasmi sees the file, for a plainer message.
fn check_header(bytes: &[u8]) -> Result<(), Failure> {
    if bytes.is_empty() {
        return Err(Failure::Load("empty file, not a WebAssembly module".into()));
    }
    if !bytes.starts_with(b"\0asm") {
        return Err(Failure::Load(
            "not a WebAssembly binary (no \\0asm header)".into(),
        ));
    }
    Ok(())
}

/// The engine every run uses; public so that the bench's bare runner
/// (`examples/bare_engine.rs`) measures the same configuration.
pub fn engine(limits: &Limits) -> Engine {
    let mut config = Config::default();
    if let Some(stack) = limits.max_wasm_stack {
        // The minimum must not exceed the maximum, or wasmi panics.
        config
            .set_min_stack_height(stack.min(1024))
            .set_max_stack_height(stack);
    } else {
        config.set_max_stack_height(MAX_STACK_HEIGHT);
    }
    config
        .set_max_recursion_depth(MAX_RECURSION_DEPTH)
        .consume_fuel(limits.fuel.is_some());
    Engine::new(&config)
}

/// Parses `text` as a value of type `ty`, for `--invoke`.
fn parse_arg(ty: &ValType, text: &str) -> Result<Val, Failure> {
    let bad = || Failure::Load(format!("`{text}` is not a valid {ty:?} argument"));
    Ok(match ty {
        ValType::I32 => Val::I32(
            text.parse::<i32>()
                .or_else(|_| text.parse::<u32>().map(|v| v as i32))
                .map_err(|_| bad())?,
        ),
        ValType::I64 => Val::I64(
            text.parse::<i64>()
                .or_else(|_| text.parse::<u64>().map(|v| v as i64))
                .map_err(|_| bad())?,
        ),
        ValType::F32 => Val::F32(text.parse::<f32>().map_err(|_| bad())?.into()),
        ValType::F64 => Val::F64(text.parse::<f64>().map_err(|_| bad())?.into()),
        _ => return Err(Failure::Load(format!("cannot pass a {ty:?} argument"))),
    })
}

/// A result of `--invoke` as wasmtime prints it.
fn show(value: &Val) -> String {
    match value {
        Val::I32(v) => v.to_string(),
        Val::I64(v) => v.to_string(),
        Val::F32(v) => f32::from(*v).to_string(),
        Val::F64(v) => f64::from(*v).to_string(),
        other => format!("{other:?}"),
    }
}

/// The end of a call: `None` if it returned, the status if the guest exited.
fn finish(result: Result<(), Error>) -> Result<Option<i32>, Failure> {
    match result {
        Ok(()) => Ok(None),
        Err(error) => classify(error).map(Some),
    }
}

/// Calls an export that takes and returns nothing, if the module has it.
fn call_unit(
    store: &mut Store<Host>,
    instance: &Instance,
    name: &str,
) -> Result<Option<i32>, Failure> {
    let Some(func) = instance.get_func(&*store, name) else {
        return Ok(None);
    };
    let func = func.typed::<(), ()>(&*store).map_err(|_| {
        Failure::Load(format!(
            "`{name}` must take no parameters and return nothing"
        ))
    })?;
    finish(func.call(&mut *store, ()))
}

/// Calls `func` with `args`, printing its results one per line.
fn invoke(
    store: &mut Store<Host>,
    func: Func,
    name: &str,
    args: &[String],
) -> Result<Option<i32>, Failure> {
    let ty = func.ty(&*store);
    if ty.params().len() != args.len() {
        return Err(Failure::Load(format!(
            "`{name}` takes {} arguments, {} given",
            ty.params().len(),
            args.len()
        )));
    }
    let params = ty
        .params()
        .iter()
        .zip(args)
        .map(|(ty, text)| parse_arg(ty, text))
        .collect::<Result<Vec<_>, _>>()?;
    let mut results: Vec<Val> = ty
        .results()
        .iter()
        .map(|ty| Val::default_for_ty(*ty))
        .collect();
    if let Some(status) = finish(func.call(&mut *store, &params, &mut results))? {
        return Ok(Some(status));
    }
    for value in &results {
        println!("{}", show(value));
    }
    Ok(None)
}

/// Runs the module in file `path` with `host` as its WASI host and returns
/// its exit status.
pub fn run(path: &Path, host: Host, limits: &Limits, entry: &Entry) -> Result<i32, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::Load(e.to_string()))?;
    run_bytes(&bytes, host, limits, entry)
}

/// Runs the module `bytes` as [`run`] does.
pub fn run_bytes(bytes: &[u8], host: Host, limits: &Limits, entry: &Entry) -> Result<i32, Failure> {
    check_header(bytes)?;
    let engine = engine(limits);
    // The module with frame bookkeeping for backtraces; should the rewrite
    // ever produce something wasmi refuses, the original runs without.
    let module = match backtrace::instrument(bytes).map(|code| Module::new(&engine, &code[..])) {
        Some(Ok(module)) => module,
        _ => Module::new(&engine, bytes)
            .map_err(|e| Failure::Load(format!("invalid module: {}", one_line(&e))))?,
    };

    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker).map_err(|e| Failure::Load(one_line(&e)))?;
    let mut store = Store::new(&engine, host);
    store.data_mut().limits = StoreLimitsBuilder::new()
        .memory_size(limits.max_memory.unwrap_or(DEFAULT_MAX_MEMORY))
        .table_elements(MAX_TABLE_ELEMENTS)
        .build();
    store.limiter(|host| &mut host.limits);
    if let Some(fuel) = limits.fuel {
        store
            .set_fuel(fuel)
            .map_err(|e| Failure::Load(one_line(&e)))?;
    }
    let instance = match linker.instantiate_and_start(&mut store, &module) {
        Ok(instance) => instance,
        Err(error) => return classify(error),
    };

    let exited = match run_entry(&mut store, &instance, entry) {
        Err(Failure::Trap(message, _)) => {
            let names = backtrace::function_names(bytes);
            let frames = backtrace::frames(&store, &instance, &names);
            return Err(Failure::Trap(message, frames));
        }
        other => other?,
    };
    Ok(exited.unwrap_or(0))
}

/// Calls the entry point: `None` if it returned, the status if it exited.
fn run_entry(
    store: &mut Store<Host>,
    instance: &Instance,
    entry: &Entry,
) -> Result<Option<i32>, Failure> {
    Ok(match entry {
        Entry::Start => {
            if instance.get_func(&*store, "_start").is_none() {
                return Err(Failure::Load("module exports no `_start` function".into()));
            }
            call_unit(store, instance, "_start")?
        }
        Entry::Invoke { name, args } => {
            if let Some(status) = call_unit(store, instance, "_initialize")? {
                return Ok(Some(status));
            }
            let func = instance
                .get_func(&*store, name)
                .ok_or_else(|| Failure::Load(format!("module exports no function `{name}`")))?;
            invoke(store, func, name, args)?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert!(matches!(check_header(b""), Err(Failure::Load(m)) if m.contains("empty")));
        assert!(matches!(check_header(b"\x7fELF"), Err(Failure::Load(_))));
        assert_eq!(check_header(b"\0asm\x01\0\0\0"), Ok(()));
    }

    #[test]
    fn error_kinds() {
        assert_eq!(classify(Error::i32_exit(7)), Ok(7));
        assert!(matches!(classify(Error::new("boom")), Err(Failure::Trap(m, _)) if m == "boom"));
        let trap = Error::from(wasmi::TrapCode::UnreachableCodeReached);
        assert!(matches!(classify(trap), Err(Failure::Trap(..))));
    }

    #[test]
    fn invoke_arguments() {
        assert_eq!(
            parse_arg(&ValType::I32, "-1").ok().map(|v| show(&v)),
            Some("-1".into())
        );
        assert_eq!(
            parse_arg(&ValType::I32, "4294967295")
                .ok()
                .map(|v| show(&v)),
            Some("-1".into())
        );
        assert_eq!(
            parse_arg(&ValType::F64, "1.5").ok().map(|v| show(&v)),
            Some("1.5".into())
        );
        assert!(parse_arg(&ValType::I64, "x").is_err());
    }
}
