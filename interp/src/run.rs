//! Loading, linking and running one WASI command module.
//!
//! A run ends in one of three ways: the module's exit status (`proc_exit`'s
//! argument, or 0 when `_start` returns), a [`Failure::Load`] when the module
//! cannot be started at all, or a [`Failure::Trap`].

use std::path::Path;

use wasmi::errors::{ErrorKind, InstantiationError, LinkerError};
use wasmi::{Config, Engine, Error, FuncType, Linker, Module, Store, ValType};

use crate::wasi::{self, Host};

/// The exit status for a module that could not be started.
pub const LOAD_FAILURE_STATUS: i32 = 1;
/// The exit status for a trap: that of a process killed by SIGABRT.
pub const TRAP_STATUS: i32 = 134;

/// The wasm call depth allowed before a stack-overflow trap; wasmi's default
/// of 1000 is too shallow for ordinary recursive C.
const MAX_RECURSION_DEPTH: usize = 100_000;
/// The most the engine's value stack may grow to, in bytes.
const MAX_STACK_HEIGHT: usize = 64 * 1024 * 1024;

/// Why a run did not produce an exit status of the module's own.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// Unreadable, not wasm, invalid, or importing something not provided.
    Load(String),
    /// The module trapped; the message says why.
    Trap(String),
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

/// Sorts an error out of instantiation or `_start` into an exit status, a
/// trap, or a load failure.
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
        Err(Failure::Trap(one_line(&error)))
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

fn engine() -> Engine {
    let mut config = Config::default();
    config
        .set_max_recursion_depth(MAX_RECURSION_DEPTH)
        .set_max_stack_height(MAX_STACK_HEIGHT);
    Engine::new(&config)
}

/// Runs the module in file `path` with `host` as its WASI host and returns
/// its exit status.
pub fn run(path: &Path, host: Host) -> Result<i32, Failure> {
    let bytes = std::fs::read(path).map_err(|e| Failure::Load(e.to_string()))?;
    check_header(&bytes)?;
    let engine = engine();
    let module = Module::new(&engine, &bytes)
        .map_err(|e| Failure::Load(format!("invalid module: {}", one_line(&e))))?;

    let mut linker = Linker::new(&engine);
    wasi::add_to_linker(&mut linker).map_err(|e| Failure::Load(one_line(&e)))?;
    let mut store = Store::new(&engine, host);
    let instance = match linker.instantiate_and_start(&mut store, &module) {
        Ok(instance) => instance,
        Err(error) => return classify(error),
    };

    let Some(start) = instance.get_func(&store, "_start") else {
        return Err(Failure::Load("module exports no `_start` function".into()));
    };
    let start = start
        .typed::<(), ()>(&store)
        .map_err(|_| Failure::Load("`_start` must take no parameters and return nothing".into()))?;
    match start.call(&mut store, ()) {
        Ok(()) => Ok(0),
        Err(error) => classify(error),
    }
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
        assert!(matches!(classify(Error::new("boom")), Err(Failure::Trap(m)) if m == "boom"));
        let trap = Error::from(wasmi::TrapCode::UnreachableCodeReached);
        assert!(matches!(classify(trap), Err(Failure::Trap(_))));
    }
}
