//! `wasi-run`, the project's bundled WASI preview 1 interpreter, as a library:
//! the command line's pure parsing ([`options`]), loading and running a
//! command module ([`run`]), and the host functions it imports ([`wasi`]).
//!
//! The engine is wasmi, an interpreter: slower than a JIT but small, portable
//! and with no unsafe code of ours around it.

pub mod backtrace;
pub mod options;
pub mod run;
pub mod wasi;
