//! Small helpers shared by the tasks: paths, errors, file writes that keep
//! timestamps when nothing changed.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The error of every task: one human-readable message.
#[derive(Debug)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// Build an [`Error`] from a format string.
#[macro_export]
macro_rules! err {
    ($($arg:tt)*) => { $crate::util::Error(format!($($arg)*)) };
}

/// Attach the path to an I/O error.
pub trait IoContext<T> {
    fn ctx(self, what: &str, path: &Path) -> Result<T>;
}

impl<T> IoContext<T> for io::Result<T> {
    fn ctx(self, what: &str, path: &Path) -> Result<T> {
        self.map_err(|e| Error(format!("{what} {}: {e}", path.display())))
    }
}

/// The root of the repository.
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Where builds go: `CARGO_TARGET_DIR` when set (so that two checkouts, or
/// two people in one, can build side by side), else `target/` in the root.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(|d| absolute(Path::new(&d)))
        .unwrap_or_else(|| project_root().join("target"))
}

/// `path` made absolute against the project root (cargo xtask may be run
/// from any folder of the workspace, but relative paths mean the root).
pub fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        project_root().join(path)
    }
}

/// Write `contents` to `path` unless it already holds exactly that, so that
/// a rebuild which changes nothing leaves timestamps alone. Returns whether
/// the file was written.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> Result<bool> {
    if fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(false);
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).ctx("cannot create", dir)?;
    }
    fs::write(path, contents).ctx("cannot write", path)?;
    Ok(true)
}

/// Copy `from` to `to` unless `to` already has the same bytes.
pub fn copy_if_changed(from: &Path, to: &Path) -> Result<bool> {
    let data = fs::read(from).ctx("cannot read", from)?;
    write_if_changed(to, &data)
}

/// Call `f` on every item, on as many threads as there are cores. Items are
/// handed out in order; `f` must do its own reporting.
pub fn parallel_each<T: Sync>(items: &[T], f: impl Fn(&T) + Sync) {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..workers.min(items.len()) {
            s.spawn(|| {
                while let Some(item) =
                    items.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    f(item);
                }
            });
        }
    });
}

/// Run a tool to completion; a failure to start or a non-zero exit becomes an
/// error that names the tool and quotes what it printed on stderr.
pub fn run_tool(cmd: &mut std::process::Command) -> Result<std::process::Output> {
    let prog = Path::new(cmd.get_program()).display().to_string();
    let out = cmd
        .output()
        .map_err(|e| Error(format!("cannot run {prog}: {e}")))?;
    if out.status.success() {
        Ok(out)
    } else {
        Err(Error(format!(
            "{prog} failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim_end()
        )))
    }
}
