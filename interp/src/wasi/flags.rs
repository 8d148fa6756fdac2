//! The bit sets and small enumerations of preview 1 (`rights`, `fdflags`,
//! `oflags`, `lookupflags`, `fstflags`, `filetype`, `whence`, `advice`) with
//! their names, so calls can check them and traces can print them by name.

/// Names of the `rights` bits, bit 0 first.
const RIGHT_NAMES: [&str; 30] = [
    "fd_datasync",
    "fd_read",
    "fd_seek",
    "fd_fdstat_set_flags",
    "fd_sync",
    "fd_tell",
    "fd_write",
    "fd_advise",
    "fd_allocate",
    "path_create_directory",
    "path_create_file",
    "path_link_source",
    "path_link_target",
    "path_open",
    "fd_readdir",
    "path_readlink",
    "path_rename_source",
    "path_rename_target",
    "path_filestat_get",
    "path_filestat_set_size",
    "path_filestat_set_times",
    "fd_filestat_get",
    "fd_filestat_set_size",
    "fd_filestat_set_times",
    "path_symlink",
    "path_remove_directory",
    "path_unlink_file",
    "poll_fd_readwrite",
    "sock_shutdown",
    "sock_accept",
];

/// `rights` bits.
pub mod right {
    pub const FD_DATASYNC: u64 = 1 << 0;
    pub const FD_READ: u64 = 1 << 1;
    pub const FD_SEEK: u64 = 1 << 2;
    pub const FD_FDSTAT_SET_FLAGS: u64 = 1 << 3;
    pub const FD_SYNC: u64 = 1 << 4;
    pub const FD_TELL: u64 = 1 << 5;
    pub const FD_WRITE: u64 = 1 << 6;
    pub const FD_ADVISE: u64 = 1 << 7;
    pub const FD_ALLOCATE: u64 = 1 << 8;
    pub const PATH_CREATE_DIRECTORY: u64 = 1 << 9;
    pub const PATH_CREATE_FILE: u64 = 1 << 10;
    pub const PATH_LINK_SOURCE: u64 = 1 << 11;
    pub const PATH_LINK_TARGET: u64 = 1 << 12;
    pub const PATH_OPEN: u64 = 1 << 13;
    pub const FD_READDIR: u64 = 1 << 14;
    pub const PATH_READLINK: u64 = 1 << 15;
    pub const PATH_RENAME_SOURCE: u64 = 1 << 16;
    pub const PATH_RENAME_TARGET: u64 = 1 << 17;
    pub const PATH_FILESTAT_GET: u64 = 1 << 18;
    pub const PATH_FILESTAT_SET_SIZE: u64 = 1 << 19;
    pub const PATH_FILESTAT_SET_TIMES: u64 = 1 << 20;
    pub const FD_FILESTAT_GET: u64 = 1 << 21;
    pub const FD_FILESTAT_SET_SIZE: u64 = 1 << 22;
    pub const FD_FILESTAT_SET_TIMES: u64 = 1 << 23;
    pub const PATH_SYMLINK: u64 = 1 << 24;
    pub const PATH_REMOVE_DIRECTORY: u64 = 1 << 25;
    pub const PATH_UNLINK_FILE: u64 = 1 << 26;

    /// Every bit preview 1 defines.
    pub const ALL: u64 = (1 << 30) - 1;

    /// The rights that change a file or a directory's entries: what a
    /// read-only preopen withholds from itself and everything under it.
    pub const MUTATING: u64 = FD_WRITE
        | FD_ALLOCATE
        | PATH_CREATE_DIRECTORY
        | PATH_CREATE_FILE
        | PATH_LINK_SOURCE
        | PATH_LINK_TARGET
        | PATH_RENAME_SOURCE
        | PATH_RENAME_TARGET
        | PATH_FILESTAT_SET_SIZE
        | PATH_FILESTAT_SET_TIMES
        | FD_FILESTAT_SET_SIZE
        | FD_FILESTAT_SET_TIMES
        | PATH_SYMLINK
        | PATH_REMOVE_DIRECTORY
        | PATH_UNLINK_FILE;

    /// The rights that make sense on a directory.
    pub const DIRECTORY: u64 = FD_DATASYNC
        | FD_FDSTAT_SET_FLAGS
        | FD_SYNC
        | PATH_CREATE_DIRECTORY
        | PATH_CREATE_FILE
        | PATH_LINK_SOURCE
        | PATH_LINK_TARGET
        | PATH_OPEN
        | FD_READDIR
        | PATH_READLINK
        | PATH_RENAME_SOURCE
        | PATH_RENAME_TARGET
        | PATH_FILESTAT_GET
        | PATH_FILESTAT_SET_SIZE
        | PATH_FILESTAT_SET_TIMES
        | FD_FILESTAT_GET
        | FD_FILESTAT_SET_TIMES
        | PATH_SYMLINK
        | PATH_REMOVE_DIRECTORY
        | PATH_UNLINK_FILE;
}

/// `fdflags` bits.
pub const FDFLAGS_APPEND: u16 = 1 << 0;
pub const FDFLAGS_NONBLOCK: u16 = 1 << 2;
pub const FDFLAGS_ALL: u16 = 0x1f;
const FDFLAG_NAMES: [&str; 5] = ["append", "dsync", "nonblock", "rsync", "sync"];

/// `oflags` bits.
pub const OFLAGS_CREAT: u16 = 1 << 0;
pub const OFLAGS_DIRECTORY: u16 = 1 << 1;
pub const OFLAGS_EXCL: u16 = 1 << 2;
pub const OFLAGS_TRUNC: u16 = 1 << 3;
pub const OFLAGS_ALL: u16 = 0xf;
const OFLAG_NAMES: [&str; 4] = ["creat", "directory", "excl", "trunc"];

/// `lookupflags`: follow a symbolic link in the last component.
pub const LOOKUP_SYMLINK_FOLLOW: u32 = 1;
const LOOKUP_NAMES: [&str; 1] = ["symlink_follow"];

/// `fstflags` bits.
pub const FST_ATIM: u16 = 1 << 0;
pub const FST_ATIM_NOW: u16 = 1 << 1;
pub const FST_MTIM: u16 = 1 << 2;
pub const FST_MTIM_NOW: u16 = 1 << 3;
const FST_NAMES: [&str; 4] = ["atim", "atim_now", "mtim", "mtim_now"];

/// `filetype` values.
pub const FILETYPE_UNKNOWN: u8 = 0;
pub const FILETYPE_BLOCK_DEVICE: u8 = 1;
pub const FILETYPE_CHARACTER_DEVICE: u8 = 2;
pub const FILETYPE_DIRECTORY: u8 = 3;
pub const FILETYPE_REGULAR_FILE: u8 = 4;
pub const FILETYPE_SOCKET_STREAM: u8 = 6;
pub const FILETYPE_SYMBOLIC_LINK: u8 = 7;

/// `whence` values.
pub const WHENCE_SET: u8 = 0;
pub const WHENCE_CUR: u8 = 1;
pub const WHENCE_END: u8 = 2;

/// The highest `advice` value (`noreuse`).
pub const ADVICE_MAX: u8 = 5;

/// `bits` as `a|b|0x40`: the names of the known bits, then any others in hex.
fn names(bits: u64, table: &[&str]) -> String {
    if bits == 0 {
        return "0".to_string();
    }
    let mut parts: Vec<String> = Vec::new();
    for (index, name) in table.iter().enumerate() {
        if bits & (1 << index) != 0 {
            parts.push((*name).to_string());
        }
    }
    let unknown = bits & !((1u64 << table.len()) - 1);
    if unknown != 0 {
        parts.push(format!("{unknown:#x}"));
    }
    parts.join("|")
}

pub fn rights_names(bits: u64) -> String {
    if bits == right::ALL {
        return "all".to_string();
    }
    names(bits, &RIGHT_NAMES)
}

pub fn fdflags_names(bits: u32) -> String {
    names(u64::from(bits), &FDFLAG_NAMES)
}

pub fn oflags_names(bits: u32) -> String {
    names(u64::from(bits), &OFLAG_NAMES)
}

pub fn lookup_names(bits: u32) -> String {
    names(u64::from(bits), &LOOKUP_NAMES)
}

pub fn fstflags_names(bits: u32) -> String {
    names(u64::from(bits), &FST_NAMES)
}

pub fn whence_name(whence: u32) -> String {
    match whence {
        0 => "set".to_string(),
        1 => "cur".to_string(),
        2 => "end".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_names() {
        assert_eq!(oflags_names(0), "0");
        assert_eq!(oflags_names(0b1001), "creat|trunc");
        assert_eq!(fdflags_names(0x21), "append|0x20");
        assert_eq!(rights_names(right::ALL), "all");
        assert_eq!(
            rights_names(right::FD_READ | right::FD_WRITE),
            "fd_read|fd_write"
        );
        assert_eq!(whence_name(2), "end");
    }

    #[test]
    fn right_sets_are_consistent() {
        assert_eq!(right::MUTATING & !right::ALL, 0);
        assert_eq!(right::DIRECTORY & !right::ALL, 0);
        assert_eq!(RIGHT_NAMES[26], "path_unlink_file");
        assert_eq!(right::PATH_UNLINK_FILE, 1 << 26);
    }
}
