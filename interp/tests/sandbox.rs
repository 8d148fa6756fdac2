//! The sandbox suite: escape attempts from a preopened directory, each of
//! which must be refused, with the host files outside checked untouched.

mod common;

use common::errno::*;
use common::{rights, Prog, TempDir, A, CREAT, DIRECTORY, FOLLOW, SLOT, TRUNC};

/// `outer/` holds a secret and two preopens: `box` (writable) and `ro`
/// (read-only), with host-made symlinks that point out of `box`.
fn layout() -> TempDir {
    let outer = TempDir::new("sandbox");
    outer.write("secret.txt", b"secret");
    std::fs::create_dir(outer.join("box")).unwrap();
    std::fs::create_dir(outer.join("box/sub")).unwrap();
    std::fs::create_dir(outer.join("ro")).unwrap();
    std::fs::create_dir(outer.join("ro/dir")).unwrap();
    outer.write("box/inner.txt", b"inner");
    outer.write("ro/ro.txt", b"read only");
    let link = |target: &str, name: &str| {
        std::os::unix::fs::symlink(target, outer.join(name)).unwrap();
    };
    link("..", "box/up");
    link("/", "box/root");
    link(outer.join("secret.txt").to_str().unwrap(), "box/abs_secret");
    link("chain2", "box/chain1");
    link("chain3", "box/chain2");
    link("../secret.txt", "box/chain3");
    link("sub/../../secret.txt", "box/subup");
    outer
}

/// Every file under `dir` with its contents, symlinks as their targets.
fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in std::fs::read_dir(&at).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            let name = path.strip_prefix(dir).unwrap().display().to_string();
            if meta.is_symlink() {
                let target = std::fs::read_link(&path).unwrap();
                out.push((name, target.into_os_string().into_encoded_bytes()));
            } else if meta.is_dir() {
                out.push((name, Vec::new()));
                stack.push(path);
            } else {
                out.push((name, std::fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// Everything outside `box`, which the guest may change.
fn outside_box(outer: &TempDir) -> Vec<(String, Vec<u8>)> {
    snapshot(outer.path())
        .into_iter()
        .filter(|(name, _)| !name.starts_with("box/"))
        .collect()
}

/// `path_open` of `path` under `dir` with `oflags` and `rights`.
fn open(
    p: &mut Prog,
    dir: i32,
    lookup: i32,
    path: &'static str,
    oflags: i32,
    base: i64,
    want: i32,
) {
    p.call(
        "path_open",
        &[
            A::I(dir),
            A::I(lookup),
            A::S(path),
            A::I(oflags),
            A::L(base),
            A::L(base),
            A::I(0),
            A::I(SLOT[0] as i32),
        ],
        want,
    );
}

#[test]
fn escapes_are_denied_and_nothing_outside_changes() {
    let outer = layout();
    let work = TempDir::new("sandbox-work");
    let before = outside_box(&outer);
    let read = rights::FD_READ | rights::FD_SEEK;
    let all = rights::ALL;
    let abs_secret: &'static str = Box::leak(
        outer
            .join("secret.txt")
            .display()
            .to_string()
            .into_boxed_str(),
    );
    let mut p = Prog::new();
    // Reading out through `..`, absolute paths and symlinks (3 = box, 4 = ro).
    open(&mut p, 3, 0, "../secret.txt", 0, read, PERM);
    open(&mut p, 3, 0, "sub/../../secret.txt", 0, read, PERM);
    open(&mut p, 3, 0, "inner.txt/../../secret.txt", 0, read, NOTDIR);
    open(&mut p, 3, 0, "/etc/passwd", 0, read, PERM);
    open(&mut p, 3, 0, abs_secret, 0, read, PERM);
    open(&mut p, 3, FOLLOW, "up/secret.txt", 0, read, PERM);
    open(&mut p, 3, FOLLOW, "root/etc/passwd", 0, read, PERM);
    open(&mut p, 3, FOLLOW, "abs_secret", 0, read, PERM);
    open(&mut p, 3, FOLLOW, "chain1", 0, read, PERM);
    open(&mut p, 3, FOLLOW, "subup", 0, read, PERM);
    open(&mut p, 3, FOLLOW, "..", DIRECTORY, all, PERM);
    open(&mut p, 3, FOLLOW, "up", DIRECTORY, all, PERM);
    open(&mut p, 3, 0, "chain1", 0, read, LOOP);
    open(&mut p, 3, 0, "inner.txt", DIRECTORY, all, NOTDIR);
    // Through a subdirectory's descriptor: it is a sandbox of its own.
    open(&mut p, 3, 0, "sub", DIRECTORY, all, SUCCESS);
    p.call("fd_renumber", &[A::Load(SLOT[0]), A::I(9)], BADF);
    p.call(
        "path_open",
        &[
            A::Load(SLOT[0]),
            A::I(0),
            A::S("../../secret.txt"),
            A::I(0),
            A::L(read),
            A::L(read),
            A::I(0),
            A::I(SLOT[1] as i32),
        ],
        PERM,
    );
    p.call(
        "path_open",
        &[
            A::Load(SLOT[0]),
            A::I(0),
            A::S("../inner.txt"),
            A::I(0),
            A::L(read),
            A::L(read),
            A::I(0),
            A::I(SLOT[1] as i32),
        ],
        PERM,
    );
    // Writing out.
    open(&mut p, 3, 0, "../evil.txt", CREAT | TRUNC, all, PERM);
    open(&mut p, 3, FOLLOW, "up/evil.txt", CREAT, all, PERM);
    p.call(
        "path_create_directory",
        &[A::I(3), A::S("../evildir")],
        PERM,
    );
    p.call(
        "path_create_directory",
        &[A::I(3), A::S("up/evildir")],
        PERM,
    );
    p.call("path_unlink_file", &[A::I(3), A::S("../secret.txt")], PERM);
    p.call("path_unlink_file", &[A::I(3), A::S("up/secret.txt")], PERM);
    p.call("path_remove_directory", &[A::I(3), A::S("../ro/dir")], PERM);
    p.call("path_remove_directory", &[A::I(3), A::S("..")], PERM);
    p.call(
        "path_rename",
        &[A::I(3), A::S("inner.txt"), A::I(3), A::S("../moved.txt")],
        PERM,
    );
    p.call(
        "path_rename",
        &[A::I(3), A::S("../secret.txt"), A::I(3), A::S("stolen.txt")],
        PERM,
    );
    p.call(
        "path_link",
        &[
            A::I(3),
            A::I(0),
            A::S("../secret.txt"),
            A::I(3),
            A::S("hard"),
        ],
        PERM,
    );
    p.call(
        "path_link",
        &[
            A::I(3),
            A::I(0),
            A::S("inner.txt"),
            A::I(3),
            A::S("../hardout"),
        ],
        PERM,
    );
    p.call(
        "path_link",
        &[A::I(3), A::I(0), A::S("abs_secret"), A::I(3), A::S("hard2")],
        SUCCESS,
    );
    open(&mut p, 3, FOLLOW, "hard2", 0, read, PERM);
    // Symlinks the guest makes.
    p.call(
        "path_symlink",
        &[A::S("/etc/passwd"), A::I(3), A::S("evil_abs")],
        PERM,
    );
    p.call(
        "path_symlink",
        &[A::S("../secret.txt"), A::I(3), A::S("esc")],
        SUCCESS,
    );
    open(&mut p, 3, FOLLOW, "esc", 0, read, PERM);
    p.call(
        "path_symlink",
        &[A::S("x"), A::I(3), A::S("../evil_link")],
        PERM,
    );
    // Metadata and times outside.
    p.call(
        "path_filestat_get",
        &[A::I(3), A::I(FOLLOW), A::S("../secret.txt"), A::I(1024)],
        PERM,
    );
    p.call(
        "path_filestat_get",
        &[A::I(3), A::I(FOLLOW), A::S("root"), A::I(1024)],
        PERM,
    );
    p.call(
        "path_filestat_set_times",
        &[
            A::I(3),
            A::I(FOLLOW),
            A::S("../secret.txt"),
            A::L(0),
            A::L(0),
            A::I(1 | 4),
        ],
        PERM,
    );
    p.call(
        "path_filestat_set_times",
        &[
            A::I(3),
            A::I(FOLLOW),
            A::S("abs_secret"),
            A::L(0),
            A::L(0),
            A::I(1 | 4),
        ],
        PERM,
    );
    p.call(
        "path_readlink",
        &[
            A::I(3),
            A::S("../box/up"),
            A::I(1024),
            A::I(64),
            A::I(SLOT[2] as i32),
        ],
        PERM,
    );
    // Rights: the read-only preopen and escalation.
    open(
        &mut p,
        4,
        0,
        "ro.txt",
        0,
        read | rights::FD_WRITE,
        NOTCAPABLE,
    );
    open(&mut p, 4, 0, "new.txt", CREAT, read, NOTCAPABLE);
    open(&mut p, 4, 0, "ro.txt", TRUNC, read, NOTCAPABLE);
    p.call("path_unlink_file", &[A::I(4), A::S("ro.txt")], NOTCAPABLE);
    p.call("path_create_directory", &[A::I(4), A::S("d")], NOTCAPABLE);
    p.call("path_remove_directory", &[A::I(4), A::S("dir")], NOTCAPABLE);
    p.call(
        "path_rename",
        &[A::I(4), A::S("ro.txt"), A::I(3), A::S("taken.txt")],
        NOTCAPABLE,
    );
    p.call(
        "path_symlink",
        &[A::S("ro.txt"), A::I(4), A::S("l")],
        NOTCAPABLE,
    );
    p.call(
        "path_filestat_set_times",
        &[
            A::I(4),
            A::I(0),
            A::S("ro.txt"),
            A::L(0),
            A::L(0),
            A::I(1 | 4),
        ],
        NOTCAPABLE,
    );
    p.call(
        "fd_fdstat_set_rights",
        &[A::I(4), A::L(all), A::L(all)],
        NOTCAPABLE,
    );
    open(&mut p, 4, 0, "ro.txt", 0, read, SUCCESS);
    p.call(
        "fd_write",
        &[A::Load(SLOT[0]), A::Iov("x"), A::I(SLOT[1] as i32)],
        NOTCAPABLE,
    );
    p.call(
        "fd_filestat_set_size",
        &[A::Load(SLOT[0]), A::L(0)],
        NOTCAPABLE,
    );
    p.call(
        "fd_fdstat_set_rights",
        &[A::Load(SLOT[0]), A::L(all), A::L(0)],
        NOTCAPABLE,
    );
    open(
        &mut p,
        4,
        0,
        "dir",
        DIRECTORY,
        read | rights::PATH_OPEN,
        SUCCESS,
    );
    p.call(
        "path_open",
        &[
            A::Load(SLOT[0]),
            A::I(0),
            A::S("x"),
            A::I(CREAT),
            A::L(read),
            A::L(0),
            A::I(0),
            A::I(SLOT[1] as i32),
        ],
        NOTCAPABLE,
    );
    p.call(
        "path_open",
        &[
            A::Load(SLOT[0]),
            A::I(0),
            A::S("../ro.txt"),
            A::I(0),
            A::L(read | rights::FD_WRITE),
            A::L(0),
            A::I(0),
            A::I(SLOT[1] as i32),
        ],
        NOTCAPABLE,
    );
    // Narrowing works, and cannot be undone.
    open(
        &mut p,
        3,
        0,
        "inner.txt",
        0,
        read | rights::FD_WRITE,
        SUCCESS,
    );
    p.call(
        "fd_fdstat_set_rights",
        &[A::Load(SLOT[0]), A::L(read), A::L(0)],
        SUCCESS,
    );
    p.call(
        "fd_write",
        &[A::Load(SLOT[0]), A::Iov("x"), A::I(SLOT[1] as i32)],
        NOTCAPABLE,
    );
    p.call(
        "fd_fdstat_set_rights",
        &[A::Load(SLOT[0]), A::L(read | rights::FD_WRITE), A::L(0)],
        NOTCAPABLE,
    );

    let box_dir = outer.join("box").display().to_string();
    let ro_dir = outer.join("ro").display().to_string();
    p.run_ok(
        &work,
        &[
            "--dir",
            &format!("{box_dir}::/box"),
            "--readonly-dir",
            &format!("{ro_dir}::/ro"),
        ],
    );
    assert_eq!(
        outside_box(&outer),
        before,
        "a file outside the sandbox changed"
    );
    assert_eq!(outer.read("box/inner.txt").as_deref(), Some(&b"inner"[..]));
    assert_eq!(outer.read("secret.txt").as_deref(), Some(&b"secret"[..]));
}

/// A host thread keeps swapping `box/flip` between a directory and a
/// symlink that leads out, while the guest opens `flip/passwd` thousands of
/// times: every open that succeeds must have reached the file inside.
#[test]
fn symlink_swapped_in_during_calls_does_not_escape() {
    let outer = TempDir::new("swap");
    let work = TempDir::new("swap-work");
    std::fs::create_dir_all(outer.join("evil")).unwrap();
    outer.write("evil/passwd", b"SECRET");
    std::fs::create_dir_all(outer.join("box")).unwrap();
    let flip = outer.join("box/flip");
    let target = outer.join("evil");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flipper = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let _ = std::fs::remove_dir_all(&flip);
                let _ = std::fs::remove_file(&flip);
                let _ = std::fs::create_dir(&flip);
                let _ = std::fs::write(flip.join("passwd"), b"inside");
                std::thread::sleep(std::time::Duration::from_micros(200));
                let _ = std::fs::remove_dir_all(&flip);
                let _ = std::os::unix::fs::symlink(&target, &flip);
                std::thread::sleep(std::time::Duration::from_micros(200));
            }
        })
    };
    // Each round: open; on success read 6 bytes, compare with "inside", close.
    // Exits 4 if no open ever reached the file, which would prove nothing.
    let wat = r#"(module
      (import "wasi_snapshot_preview1" "path_open" (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
      (import "wasi_snapshot_preview1" "fd_close" (func $close (param i32) (result i32)))
      (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
      (memory (export "memory") 1)
      (data (i32.const 16) "flip/passwd")
      (data (i32.const 32) "\40\00\00\00\06\00\00\00")
      (func (export "_start")
        (local $i i32)
        (local $hits i32)
        (loop $l
          (if (i32.eqz (call $open (i32.const 3) (i32.const 1) (i32.const 16) (i32.const 11)
                (i32.const 0) (i64.const 6) (i64.const 0) (i32.const 0) (i32.const 0)))
            (then
              (i64.store (i32.const 64) (i64.const 0))
              (drop (call $read (i32.load (i32.const 0)) (i32.const 32) (i32.const 1) (i32.const 8)))
              ;; "inside" or, from a half-written file, nothing at all
              (if (i32.and
                    (i64.ne (i64.load (i32.const 64)) (i64.const 0x656469736e69))
                    (i64.ne (i64.load (i32.const 64)) (i64.const 0)))
                (then (call $exit (i32.const 3))))
              (if (i64.ne (i64.load (i32.const 64)) (i64.const 0))
                (then (local.set $hits (i32.add (local.get $hits) (i32.const 1)))))
              (drop (call $close (i32.load (i32.const 0))))))
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (br_if $l (i32.lt_u (local.get $i) (i32.const 20000))))
        (if (i32.eqz (local.get $hits)) (then (call $exit (i32.const 4))))))"#;
    let module = common::module_file(&work, "swap", wat);
    let dir = format!("{}::/box", outer.join("box").display());
    let output = common::wasi_run(&["--dir", &dir], &module, &[]);
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    flipper.join().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        common::text(&output.stderr)
    );
    assert_eq!(outer.read("evil/passwd").as_deref(), Some(&b"SECRET"[..]));
}
