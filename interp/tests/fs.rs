//! Success and error paths of the file and directory calls, run as WAT
//! call scripts against a scratch preopen (descriptor 3).

mod common;

use common::errno::*;
use common::{rights, Prog, TempDir, A, BUF, CREAT, DIRECTORY, EXCL, FOLLOW, SLOT, TRUNC};

const ALL: i64 = rights::ALL;

fn open(p: &mut Prog, dir: i32, path: &'static str, oflags: i32, fdflags: i32, want: i32) {
    p.call(
        "path_open",
        &[
            A::I(dir),
            A::I(FOLLOW),
            A::S(path),
            A::I(oflags),
            A::L(ALL),
            A::L(ALL),
            A::I(fdflags),
            A::I(SLOT[0] as i32),
        ],
        want,
    );
}

/// Runs `p` with `dir` preopened as descriptor 3 and returns stdout.
fn run(p: &Prog, dir: &TempDir) -> Vec<u8> {
    let work = TempDir::new("fs-work");
    let arg = format!("{}::/sandbox", dir.path().display());
    p.run_ok(&work, &["--dir", &arg])
}

#[test]
fn file_io() {
    let dir = TempDir::new("file-io");
    let fd = A::Load(SLOT[0]);
    let mut p = Prog::new();
    open(&mut p, 3, "a.txt", CREAT | TRUNC, 0, SUCCESS);
    p.call(
        "fd_write",
        &[fd, A::Iov("hello world"), A::I(SLOT[1] as i32)],
        SUCCESS,
    )
    .check_i32(SLOT[1], 11)
    .call(
        "fd_seek",
        &[fd, A::L(0), A::I(0), A::I(SLOT[2] as i32)],
        SUCCESS,
    )
    .check_i32(SLOT[2], 0)
    .call(
        "fd_read",
        &[fd, A::BufIov(5), A::I(SLOT[1] as i32)],
        SUCCESS,
    )
    .check_i32(SLOT[1], 5)
    .print(BUF, 5)
    .call("fd_tell", &[fd, A::I(SLOT[2] as i32)], SUCCESS)
    .check_i32(SLOT[2], 5)
    .call(
        "fd_seek",
        &[fd, A::L(-2), A::I(2), A::I(SLOT[2] as i32)],
        SUCCESS,
    )
    .check_i32(SLOT[2], 9)
    .call(
        "fd_seek",
        &[fd, A::L(-20), A::I(1), A::I(SLOT[2] as i32)],
        INVAL,
    )
    .call(
        "fd_seek",
        &[fd, A::L(0), A::I(7), A::I(SLOT[2] as i32)],
        INVAL,
    )
    .call(
        "fd_pwrite",
        &[fd, A::Iov("W"), A::L(6), A::I(SLOT[1] as i32)],
        SUCCESS,
    )
    .call(
        "fd_pread",
        &[fd, A::BufIov(5), A::L(6), A::I(SLOT[1] as i32)],
        SUCCESS,
    )
    .print(BUF, 5)
    .call("fd_tell", &[fd, A::I(SLOT[2] as i32)], SUCCESS)
    .check_i32(SLOT[2], 9)
    .call(
        "fd_pread",
        &[fd, A::BufIov(5), A::L(100), A::I(SLOT[1] as i32)],
        SUCCESS,
    )
    .check_i32(SLOT[1], 0)
    .call("fd_filestat_get", &[fd, A::I(BUF as i32)], SUCCESS)
    .check_u8(BUF + 16, 4)
    .check_i32(BUF + 32, 11)
    .call("fd_fdstat_get", &[fd, A::I(BUF as i32)], SUCCESS)
    .check_u8(BUF, 4)
    .call("fd_allocate", &[fd, A::L(10), A::L(90)], SUCCESS)
    .call("fd_filestat_get", &[fd, A::I(BUF as i32)], SUCCESS)
    .check_i32(BUF + 32, 100)
    .call("fd_allocate", &[fd, A::L(0), A::L(0)], INVAL)
    .call("fd_filestat_set_size", &[fd, A::L(4)], SUCCESS)
    .call("fd_filestat_set_size", &[fd, A::L(-1)], FBIG)
    .call("fd_sync", &[fd], SUCCESS)
    .call("fd_datasync", &[fd], SUCCESS)
    .call("fd_advise", &[fd, A::L(0), A::L(0), A::I(1)], SUCCESS)
    .call("fd_advise", &[fd, A::L(0), A::L(0), A::I(9)], INVAL)
    .call(
        "fd_filestat_set_times",
        &[
            fd,
            A::L(1_000_000_000_000),
            A::L(2_000_000_000_000),
            A::I(1 | 4),
        ],
        SUCCESS,
    )
    .call(
        "fd_filestat_set_times",
        &[fd, A::L(0), A::L(0), A::I(1 | 2)],
        INVAL,
    )
    .call(
        "fd_filestat_set_times",
        &[fd, A::L(0), A::L(0), A::I(8)],
        SUCCESS,
    )
    .call(
        "fd_read",
        &[A::I(3), A::BufIov(5), A::I(SLOT[1] as i32)],
        BADF,
    )
    .call(
        "fd_write",
        &[A::I(3), A::Iov("x"), A::I(SLOT[1] as i32)],
        BADF,
    )
    .call(
        "fd_seek",
        &[A::I(3), A::L(0), A::I(0), A::I(SLOT[2] as i32)],
        BADF,
    )
    .call(
        "fd_pread",
        &[A::I(1), A::BufIov(5), A::L(0), A::I(SLOT[1] as i32)],
        SPIPE,
    )
    .call("fd_filestat_set_size", &[A::I(3), A::L(0)], BADF)
    .call("fd_close", &[fd], SUCCESS)
    .call("fd_close", &[fd], BADF)
    .call("fd_read", &[fd, A::BufIov(5), A::I(SLOT[1] as i32)], BADF)
    .call("fd_sync", &[fd], BADF);
    let out = run(&p, &dir);
    assert_eq!(common::text(&out), "helloWorld");
    // Before reading the file, which may move its access time.
    let meta = std::fs::metadata(dir.join("a.txt")).unwrap();
    let atime = meta
        .accessed()
        .unwrap()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    assert_eq!(atime.as_secs(), 1000);
    assert_eq!(dir.read("a.txt").as_deref(), Some(&b"hell"[..]));
}

/// `FBIG` for a size that does not fit an `off_t`.
const FBIG: i32 = 22;

#[test]
fn open_flags_and_errors() {
    let dir = TempDir::new("open-flags");
    dir.write("log", b"ab");
    dir.write("exists", b"keep");
    std::fs::create_dir(dir.join("d")).unwrap();
    let fd = A::Load(SLOT[0]);
    let mut p = Prog::new();
    open(&mut p, 3, "log", 0, 1, SUCCESS);
    p.call(
        "fd_write",
        &[fd, A::Iov("cd"), A::I(SLOT[1] as i32)],
        SUCCESS,
    )
    .call("fd_fdstat_get", &[fd, A::I(BUF as i32)], SUCCESS)
    .check_u8(BUF + 2, 1)
    .call("fd_fdstat_set_flags", &[fd, A::I(0)], SUCCESS)
    .call(
        "fd_seek",
        &[fd, A::L(0), A::I(0), A::I(SLOT[2] as i32)],
        SUCCESS,
    )
    .call(
        "fd_write",
        &[fd, A::Iov("X"), A::I(SLOT[1] as i32)],
        SUCCESS,
    )
    .call("fd_fdstat_set_flags", &[fd, A::I(4)], SUCCESS)
    .call("fd_fdstat_set_flags", &[fd, A::I(16)], NOTSUP)
    .call("fd_fdstat_set_flags", &[fd, A::I(64)], INVAL)
    .call("fd_fdstat_set_flags", &[A::I(3), A::I(1)], ISDIR);
    open(&mut p, 3, "exists", CREAT | EXCL, 0, EXIST);
    open(&mut p, 3, "missing", 0, 0, NOENT);
    open(&mut p, 3, "exists", DIRECTORY, 0, NOTDIR);
    open(&mut p, 3, "exists/", 0, 0, NOTDIR);
    open(&mut p, 3, "d", CREAT | DIRECTORY, 0, INVAL);
    open(&mut p, 3, "d", 0x10, 0, INVAL);
    open(&mut p, 3, "d", 0, 0x40, INVAL);
    open(&mut p, 3, "d", 0, 0, ISDIR);
    open(&mut p, 3, "exists", 0, 16, NOTSUP);
    p.call(
        "path_open",
        &[
            A::I(3),
            A::I(0),
            A::S("d"),
            A::I(0),
            A::L(rights::FD_READ),
            A::L(0),
            A::I(0),
            A::I(SLOT[0] as i32),
        ],
        SUCCESS,
    )
    .call("fd_fdstat_get", &[fd, A::I(BUF as i32)], SUCCESS)
    .check_u8(BUF, 3)
    .call(
        "path_open",
        &[
            A::I(1),
            A::I(0),
            A::S("d"),
            A::I(0),
            A::L(0),
            A::L(0),
            A::I(0),
            A::I(SLOT[0] as i32),
        ],
        NOTDIR,
    )
    .call(
        "path_open",
        &[
            A::I(9),
            A::I(0),
            A::S("d"),
            A::I(0),
            A::L(0),
            A::L(0),
            A::I(0),
            A::I(SLOT[0] as i32),
        ],
        BADF,
    )
    .call(
        "path_open",
        &[
            A::I(3),
            A::I(0),
            A::I(200000),
            A::I(4),
            A::I(0),
            A::L(0),
            A::L(0),
            A::I(0),
            A::I(SLOT[0] as i32),
        ],
        FAULT,
    )
    .call(
        "path_open",
        &[
            A::I(3),
            A::I(0),
            A::I(0),
            A::I(4),
            A::I(0),
            A::L(0),
            A::L(0),
            A::I(0),
            A::I(SLOT[0] as i32),
        ],
        ILSEQ,
    )
    .call(
        "path_open",
        &[
            A::I(3),
            A::I(0),
            A::S("exists"),
            A::I(0),
            A::L(0),
            A::L(0),
            A::I(0),
            A::I(200000),
        ],
        FAULT,
    );
    open(&mut p, 3, "exists", TRUNC, 0, SUCCESS);
    let work = TempDir::new("open-work");
    // Memory at 0..4 holds 0xff bytes for the `ilseq` path.
    let mut wat = p.wat();
    wat = wat.replacen(
        "(func (export \"_start\")",
        "(data (i32.const 0) \"\\ff\\fe\\ff\\fe\")\n(func (export \"_start\")",
        1,
    );
    let module = common::module_file(&work, "open", &wat);
    let arg = format!("{}::/sandbox", dir.path().display());
    let output = common::wasi_run(&["--dir", &arg], &module, &[]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        common::text(&output.stderr)
    );
    assert_eq!(dir.read("log").as_deref(), Some(&b"Xbcd"[..]));
    assert_eq!(dir.read("exists").as_deref(), Some(&b""[..]));
}

#[test]
fn directories_links_and_renames() {
    let dir = TempDir::new("dirs");
    dir.write("f", b"data");
    let fd = A::Load(SLOT[0]);
    let mut p = Prog::new();
    p.call("path_create_directory", &[A::I(3), A::S("d")], SUCCESS)
        .call("path_create_directory", &[A::I(3), A::S("d")], EXIST)
        .call("path_create_directory", &[A::I(3), A::S("no/such")], NOENT);
    open(&mut p, 3, "d", DIRECTORY, 0, SUCCESS);
    p.call("path_create_directory", &[fd, A::S("sub")], SUCCESS)
        .call("path_remove_directory", &[A::I(3), A::S("d")], NOTEMPTY)
        .call("path_remove_directory", &[fd, A::S("sub")], SUCCESS)
        .call("path_remove_directory", &[A::I(3), A::S("f")], NOTDIR)
        .call("path_remove_directory", &[A::I(3), A::S("gone")], NOENT)
        .call("path_unlink_file", &[A::I(3), A::S("d")], ISDIR)
        .call("path_unlink_file", &[A::I(3), A::S("gone")], NOENT)
        .call("path_create_directory", &[A::I(1), A::S("x")], NOTDIR)
        // Links.
        .call(
            "path_link",
            &[A::I(3), A::I(0), A::S("f"), fd, A::S("hard")],
            SUCCESS,
        )
        .call(
            "path_link",
            &[A::I(3), A::I(0), A::S("f"), fd, A::S("hard")],
            EXIST,
        )
        .call(
            "path_link",
            &[A::I(3), A::I(FOLLOW), A::S("f"), fd, A::S("h2")],
            INVAL,
        )
        .call(
            "path_link",
            &[A::I(3), A::I(0), A::S("gone"), fd, A::S("h3")],
            NOENT,
        )
        .call("path_symlink", &[A::S("f"), A::I(3), A::S("sym")], SUCCESS)
        .call("path_symlink", &[A::S("f"), A::I(3), A::S("sym")], EXIST)
        .call(
            "path_symlink",
            &[A::S("nowhere"), A::I(3), A::S("dangling")],
            SUCCESS,
        )
        .call(
            "path_readlink",
            &[
                A::I(3),
                A::S("sym"),
                A::I(BUF as i32),
                A::I(64),
                A::I(SLOT[1] as i32),
            ],
            SUCCESS,
        )
        .check_i32(SLOT[1], 1)
        .print(BUF, 1)
        .call(
            "path_readlink",
            &[
                A::I(3),
                A::S("dangling"),
                A::I(BUF as i32),
                A::I(3),
                A::I(SLOT[1] as i32),
            ],
            SUCCESS,
        )
        .check_i32(SLOT[1], 3)
        .print(BUF, 3)
        .call(
            "path_readlink",
            &[
                A::I(3),
                A::S("f"),
                A::I(BUF as i32),
                A::I(64),
                A::I(SLOT[1] as i32),
            ],
            INVAL,
        )
        // Metadata with and without following the link.
        .call(
            "path_filestat_get",
            &[A::I(3), A::I(0), A::S("sym"), A::I(BUF as i32)],
            SUCCESS,
        )
        .check_u8(BUF + 16, 7)
        .call(
            "path_filestat_get",
            &[A::I(3), A::I(FOLLOW), A::S("sym"), A::I(BUF as i32)],
            SUCCESS,
        )
        .check_u8(BUF + 16, 4)
        .check_i32(BUF + 24, 2)
        .check_i32(BUF + 32, 4)
        .call(
            "path_filestat_get",
            &[A::I(3), A::I(FOLLOW), A::S("dangling"), A::I(BUF as i32)],
            NOENT,
        )
        .call(
            "path_filestat_get",
            &[A::I(3), A::I(0), A::S("d"), A::I(BUF as i32)],
            SUCCESS,
        )
        .check_u8(BUF + 16, 3)
        .call(
            "path_filestat_set_times",
            &[
                A::I(3),
                A::I(FOLLOW),
                A::S("sym"),
                A::L(0),
                A::L(3_000_000_000_000),
                A::I(4),
            ],
            SUCCESS,
        )
        .call(
            "path_filestat_set_times",
            &[
                A::I(3),
                A::I(0),
                A::S("sym"),
                A::L(0),
                A::L(5_000_000_000_000),
                A::I(4),
            ],
            SUCCESS,
        )
        .call(
            "path_filestat_set_times",
            &[A::I(3), A::I(0), A::S("f"), A::L(0), A::L(0), A::I(4 | 8)],
            INVAL,
        )
        // Renames.
        .call(
            "path_rename",
            &[A::I(3), A::S("f"), fd, A::S("moved")],
            SUCCESS,
        )
        .call(
            "path_rename",
            &[A::I(3), A::S("f"), fd, A::S("moved")],
            NOENT,
        )
        .call(
            "path_rename",
            &[fd, A::S("moved"), A::I(3), A::S("f")],
            SUCCESS,
        )
        .call("path_create_directory", &[A::I(3), A::S("e")], SUCCESS)
        .call("path_create_directory", &[A::I(3), A::S("e/x")], SUCCESS)
        .call(
            "path_rename",
            &[A::I(3), A::S("d"), A::I(3), A::S("e")],
            NOTEMPTY,
        )
        .call(
            "path_rename",
            &[A::I(3), A::S("f"), A::I(3), A::S("e")],
            ISDIR,
        )
        .call("path_unlink_file", &[A::I(3), A::S("dangling")], SUCCESS)
        .call("path_unlink_file", &[A::I(3), A::S("sym")], SUCCESS);
    let out = run(&p, &dir);
    assert_eq!(common::text(&out), "fnow");
    assert_eq!(dir.read("d/hard").as_deref(), Some(&b"data"[..]));
    assert_eq!(dir.read("f").as_deref(), Some(&b"data"[..]));
    assert!(!dir.join("sym").exists());
    let mtime = |rel: &str| {
        std::fs::symlink_metadata(dir.join(rel))
            .unwrap()
            .modified()
            .unwrap()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    };
    assert_eq!(mtime("f"), 3000);
}

/// Splits a `fd_readdir` buffer into (d_next, d_type, name).
fn dirents(mut bytes: &[u8]) -> Vec<(u64, u8, String)> {
    let mut out = Vec::new();
    while bytes.len() >= 24 {
        let next = u64::from_le_bytes(bytes[0..8].try_into().unwrap());
        let len = u32::from_le_bytes(bytes[16..20].try_into().unwrap()) as usize;
        let kind = bytes[20];
        let end = (24 + len).min(bytes.len());
        out.push((next, kind, common::text(&bytes[24..end])));
        bytes = &bytes[end..];
    }
    out
}

#[test]
fn readdir_cookies_and_layout() {
    let dir = TempDir::new("readdir");
    dir.write("x", b"1");
    dir.write("yy", b"2");
    std::fs::create_dir(dir.join("sub")).unwrap();
    let mut p = Prog::new();
    p.call(
        "fd_readdir",
        &[
            A::I(3),
            A::I(BUF as i32),
            A::I(4096),
            A::L(0),
            A::I(SLOT[1] as i32),
        ],
        SUCCESS,
    )
    .print_len_at(BUF, SLOT[1])
    .call(
        "fd_readdir",
        &[
            A::I(3),
            A::I(BUF as i32),
            A::I(4096),
            A::L(4),
            A::I(SLOT[1] as i32),
        ],
        SUCCESS,
    )
    .print_len_at(BUF, SLOT[1])
    .call(
        "fd_readdir",
        &[
            A::I(3),
            A::I(BUF as i32),
            A::I(30),
            A::L(0),
            A::I(SLOT[1] as i32),
        ],
        SUCCESS,
    )
    .check_i32(SLOT[1], 30)
    .call(
        "fd_readdir",
        &[
            A::I(3),
            A::I(BUF as i32),
            A::I(4096),
            A::L(99),
            A::I(SLOT[1] as i32),
        ],
        SUCCESS,
    )
    .check_i32(SLOT[1], 0)
    .call(
        "fd_readdir",
        &[
            A::I(1),
            A::I(BUF as i32),
            A::I(4096),
            A::L(0),
            A::I(SLOT[1] as i32),
        ],
        NOTDIR,
    )
    .call(
        "fd_readdir",
        &[
            A::I(3),
            A::I(200000),
            A::I(4096),
            A::L(0),
            A::I(SLOT[1] as i32),
        ],
        FAULT,
    );
    let out = run(&p, &dir);
    let first = 24 * 5 + 1 + 2 + 1 + 3 + 2;
    let all = dirents(&out[..first]);
    let names: Vec<&str> = all.iter().map(|(_, _, n)| n.as_str()).collect();
    assert_eq!(names, [".", "..", "sub", "x", "yy"]);
    assert_eq!(all.iter().map(|e| e.0).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    assert_eq!(all.iter().map(|e| e.1).collect::<Vec<_>>(), [3, 3, 3, 4, 4]);
    assert_eq!(dirents(&out[first..]), [(5, 4, "yy".to_string())]);
}

#[test]
fn descriptors_rights_sockets_and_prestat() {
    let dir = TempDir::new("descriptors");
    dir.write("f", b"abc");
    let fd = A::Load(SLOT[0]);
    let mut p = Prog::new();
    p.call("fd_prestat_get", &[A::I(3), A::I(BUF as i32)], SUCCESS)
        .check_u8(BUF, 0)
        .check_i32(BUF + 4, 8)
        .call(
            "fd_prestat_dir_name",
            &[A::I(3), A::I(BUF as i32), A::I(8)],
            SUCCESS,
        )
        .print(BUF, 8)
        .call(
            "fd_prestat_dir_name",
            &[A::I(3), A::I(BUF as i32), A::I(3)],
            37,
        )
        .call("fd_prestat_get", &[A::I(1), A::I(BUF as i32)], BADF)
        .call("fd_prestat_get", &[A::I(4), A::I(BUF as i32)], BADF);
    open(&mut p, 3, "f", 0, 0, SUCCESS);
    p.check_i32(SLOT[0], 4)
        .call("fd_renumber", &[fd, A::I(0)], SUCCESS)
        .call(
            "fd_read",
            &[A::I(0), A::BufIov(3), A::I(SLOT[1] as i32)],
            SUCCESS,
        )
        .print(BUF, 3)
        .call("fd_renumber", &[A::I(4), A::I(0)], BADF)
        .call("fd_renumber", &[A::I(0), A::I(40)], BADF)
        .call(
            "fd_fdstat_set_rights",
            &[A::I(0), A::L(rights::FD_READ), A::L(0)],
            SUCCESS,
        )
        .call("fd_fdstat_get", &[A::I(0), A::I(BUF as i32)], SUCCESS)
        .check_i32(BUF + 8, rights::FD_READ as i32)
        .call(
            "fd_seek",
            &[A::I(0), A::L(0), A::I(0), A::I(SLOT[2] as i32)],
            NOTCAPABLE,
        )
        .call("fd_tell", &[A::I(0), A::I(SLOT[2] as i32)], NOTCAPABLE)
        .call(
            "fd_fdstat_set_rights",
            &[A::I(0), A::L(ALL), A::L(0)],
            NOTCAPABLE,
        )
        .call("fd_fdstat_set_rights", &[A::I(9), A::L(0), A::L(0)], BADF)
        .call(
            "sock_accept",
            &[A::I(3), A::I(0), A::I(SLOT[1] as i32)],
            NOTSOCK,
        )
        .call(
            "sock_accept",
            &[A::I(9), A::I(0), A::I(SLOT[1] as i32)],
            BADF,
        )
        .call(
            "sock_recv",
            &[
                A::I(0),
                A::BufIov(3),
                A::I(0),
                A::I(SLOT[1] as i32),
                A::I(SLOT[2] as i32),
            ],
            NOTSOCK,
        )
        .call(
            "sock_send",
            &[A::I(1), A::Iov("x"), A::I(0), A::I(SLOT[1] as i32)],
            NOTSOCK,
        )
        .call("sock_shutdown", &[A::I(1), A::I(2)], NOTSOCK)
        .call("sock_shutdown", &[A::I(99), A::I(2)], BADF)
        .call("proc_raise", &[A::I(6)], NOTSUP)
        .call("sched_yield", &[], SUCCESS)
        .call("fd_sync", &[A::I(3)], SUCCESS)
        .call("fd_datasync", &[A::I(1)], INVAL)
        .call("fd_filestat_get", &[A::I(3), A::I(BUF as i32)], SUCCESS)
        .check_u8(BUF + 16, 3)
        .call("fd_filestat_get", &[A::I(1), A::I(BUF as i32)], SUCCESS)
        .call("fd_close", &[A::I(3)], SUCCESS)
        .call(
            "path_open",
            &[
                A::I(3),
                A::I(0),
                A::S("f"),
                A::I(0),
                A::L(0),
                A::L(0),
                A::I(0),
                A::I(SLOT[0] as i32),
            ],
            BADF,
        );
    let out = run(&p, &dir);
    assert_eq!(common::text(&out), "/sandboxabc");
}
