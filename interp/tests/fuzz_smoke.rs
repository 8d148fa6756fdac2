//! Seeded random testing that runs under `cargo test`: mutated modules must
//! load or be refused without a panic, and random arguments to every WASI
//! call must never panic the host, trap, or touch anything outside the
//! preopen. The generator is splitmix64 with fixed seeds, so a failure
//! repeats; the iteration counts keep the suite to a few seconds. For a
//! longer campaign set `WASI_RUN_FUZZ_SCALE` (a multiplier of the counts)
//! and `WASI_RUN_FUZZ_SEED`.

mod common;

use common::{module_file, text, wasi_run, TempDir, IMPORTS};
use interp::run::{run_bytes, Entry, Limits};
use interp::wasi::Host;

/// `default` times `WASI_RUN_FUZZ_SCALE` (1 when unset).
fn count(default: usize) -> usize {
    let scale = std::env::var("WASI_RUN_FUZZ_SCALE")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(1);
    default * scale
}

/// `seed` mixed with `WASI_RUN_FUZZ_SEED` (0 when unset).
fn seed(seed: u64) -> u64 {
    let extra = std::env::var("WASI_RUN_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    seed ^ extra.rotate_left(17)
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A module that uses a spread of calls and features, for mutating.
const BASE: &str = r#"(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "clock_time_get" (func $clock (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "random_get" (func $random (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_fdstat_get" (func $fdstat (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1 4)
  (table 2 funcref)
  (elem (i32.const 0) $square $start)
  (global $g (mut i64) (i64.const 7))
  (data (i32.const 64) "path\00\01\02")
  (type $t (func (param i32) (result i32)))
  (func $square (param i32) (result i32) (i32.mul (local.get 0) (local.get 0)))
  (func $start (export "_start")
    (local $i i32)
    (drop (call $args (i32.const 0) (i32.const 4)))
    (drop (call $clock (i32.const 1) (i64.const 0) (i32.const 8)))
    (drop (call $random (i32.const 16) (i32.const 32)))
    (drop (call $fdstat (i32.const 1) (i32.const 128)))
    (drop (call $open (i32.const 3) (i32.const 1) (i32.const 64) (i32.const 4) (i32.const 0)
      (i64.const 2) (i64.const 0) (i32.const 0) (i32.const 200)))
    (i64.store (i32.const 300) (i64.const 1))
    (i32.store8 (i32.const 308) (i32.const 0))
    (i32.store (i32.const 316) (i32.const 1))
    (i64.store (i32.const 324) (i64.const 1000))
    (drop (call $poll (i32.const 300) (i32.const 400) (i32.const 1) (i32.const 500)))
    (drop (memory.grow (i32.const 1)))
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (global.set $g (i64.add (global.get $g) (i64.extend_i32_u (local.get $i))))
      (drop (call_indirect (type $t) (local.get $i) (i32.const 0)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))))"#;

fn quiet_host() -> Host {
    let mut host = Host::new(vec![b"fuzz".to_vec()], Vec::new(), &[]).expect("host");
    host.set_deterministic(1);
    host
}

#[test]
fn mutated_modules_never_panic() {
    let base = wat::parse_str(BASE).expect("base assembles");
    let limits = Limits {
        fuel: Some(50_000),
        max_memory: Some(1 << 20),
        max_wasm_stack: Some(1 << 16),
    };
    assert_eq!(
        run_bytes(&base, quiet_host(), &limits, &Entry::Start),
        Ok(0)
    );
    let mut rng = Rng(seed(0x5eed));
    let (mut loaded, mut refused) = (0, 0);
    for _ in 0..count(3000) {
        let mut bytes = base.clone();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(bytes.len());
            match rng.below(4) {
                0 => bytes.truncate(at.max(8)),
                1 => bytes.insert(at, rng.next() as u8),
                2 => bytes[at] ^= 1 << rng.below(8),
                _ => bytes[at] = rng.next() as u8,
            }
        }
        match run_bytes(&bytes, quiet_host(), &limits, &Entry::Start) {
            Ok(_) => loaded += 1,
            Err(_) => refused += 1,
        }
    }
    // Both outcomes occur, so the mutations reach past the parser.
    assert!(
        loaded > 0 && refused > 0,
        "{loaded} loaded, {refused} refused"
    );
}

/// One random argument of wasm type `ty`, biased to interesting values.
fn arg(rng: &mut Rng, ty: &str) -> String {
    let small = [
        0,
        1,
        2,
        3,
        4,
        5,
        8,
        64,
        1024,
        4095,
        65535,
        65536,
        -1,
        i32::MIN as i64,
    ];
    if ty == "i64" {
        let value = match rng.below(4) {
            0 => small[rng.below(small.len())],
            1 => rng.next() as i64,
            2 => (rng.next() % 4096) as i64,
            _ => 1 << rng.below(63),
        };
        return format!("(i64.const {value})");
    }
    let value = match rng.below(4) {
        0 => small[rng.below(small.len())] as i32,
        1 => rng.next() as i32,
        2 => (rng.next() % 65536) as i32,
        _ => (rng.next() % 16) as i32,
    };
    format!("(i32.const {value})")
}

#[test]
fn random_wasi_arguments_never_break_the_host() {
    let outer = TempDir::new("fuzz-args");
    std::fs::create_dir(outer.join("box")).unwrap();
    outer.write("box/file", b"inside");
    outer.write("outside", b"outside");
    let mut rng = Rng(seed(0xa11));
    let calls: Vec<_> = IMPORTS
        .iter()
        .filter(|(name, _, _)| *name != "proc_exit")
        .collect();
    for round in 0..count(24) {
        let mut wat = String::from("(module\n");
        for (name, params, returns) in IMPORTS {
            let result = if returns { "(result i32)" } else { "" };
            wat += &format!(
                "(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param {params}) {result}))\n"
            );
        }
        wat += "(memory (export \"memory\") 1)\n";
        // Plausible strings and iovecs for the calls to land on.
        wat += "(data (i32.const 0) \"\\00\\01\\00\\00\\04\\00\\00\\00file.\\2e/x\")\n";
        wat += "(func (export \"_start\")\n";
        for _ in 0..300 {
            let (name, params, _) = calls[rng.below(calls.len())];
            let args: Vec<String> = params
                .split_whitespace()
                .map(|ty| arg(&mut rng, ty))
                .collect();
            wat += &format!("(drop (call ${name} {}))\n", args.join(" "));
        }
        wat += "))\n";
        let module = module_file(&outer, &format!("round{round}"), &wat);
        let dir = format!("{}::/box", outer.join("box").display());
        let output = wasi_run(
            &["--dir", &dir, "--deterministic", "--max-memory", "1048576"],
            &module,
            &[],
        );
        let err = text(&output.stderr);
        assert_eq!(output.status.code(), Some(0), "round {round}: {err}");
        assert!(!err.contains("panicked"), "round {round}: {err}");
    }
    assert_eq!(outer.read("outside").as_deref(), Some(&b"outside"[..]));
    let mut names: Vec<_> = std::fs::read_dir(outer.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| !name.ends_with(".wasm"))
        .collect();
    names.sort();
    assert_eq!(names, ["box", "outside"]);
}
