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
