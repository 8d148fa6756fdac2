//! Rust's standard library for wasm32-wasip1, linked against our libc.a
//! instead of the wasi-libc that Rust ships (`-C link-self-contained=no`).
//! std calls the libc for its arguments, environment, files, directories,
//! clocks and hash seeds; `cargo xtask test` (xtask/src/test/checks.rs)
//! builds this, runs it in a scratch directory with `--env HOME=/home/me`
//! and the arguments `one two`, and compares what it prints.

use std::collections::HashMap;
use std::fs;
use std::io::{Read, Write};
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("args {args:?}");
    println!("HOME {:?}", std::env::var("HOME").ok());

    let mut counts = HashMap::new();
    for w in ["a", "b", "a"] {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort();
    println!("{counts:?} {:.3}", 2.0f64.sqrt());

    fs::create_dir_all("d/e").expect("mkdir -p");
    fs::File::create("d/e/x.txt")
        .and_then(|mut f| f.write_all(b"hello file"))
        .expect("write");
    let mut text = String::new();
    fs::File::open("d/e/x.txt")
        .and_then(|mut f| f.read_to_string(&mut text))
        .expect("read");
    let names: Vec<_> = fs::read_dir("d/e")
        .expect("read_dir")
        .map(|e| e.map(|e| e.file_name()))
        .collect::<Result<_, _>>()
        .expect("entries");
    let len = fs::metadata("d/e/x.txt").map(|m| m.len()).ok();
    println!("{text} {names:?} {len:?}");
    fs::remove_file("d/e/x.txt").expect("unlink");
    println!("gone {}", fs::metadata("d/e/x.txt").is_err());

    let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs());
    println!("time {}", now.is_ok_and(|s| s > 1_000_000_000));
    eprintln!("to stderr");
    std::process::exit(3);
}
