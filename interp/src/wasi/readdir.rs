//! `fd_readdir`: a directory's entries as `dirent` records.
//!
//! Each call lists the directory afresh: `.` and `..` first, then the other
//! names in byte order. Entry `n` of that list (from 0) carries `d_next` =
//! `n + 1`, and a cookie `c` resumes at entry `c`, so cookies stay valid as
//! long as the directory does not change. Records are packed from the start
//! of the buffer, the last one cut off if it does not fit; a `bufused` equal
//! to the buffer's length means there may be more to read. `..` reports
//! inode 0: looking above a preopen is not allowed.

use cap_std::fs::{Dir, MetadataExt};
use wasmi::{Caller, Error};

use super::fd_table::Kind;
use super::flags::{self, right};
use super::{with_memory, Errno, Host};

/// Size of the `dirent` header before the name.
const DIRENT_SIZE: usize = 24;

/// One listed name.
struct Entry {
    name: Vec<u8>,
    ino: u64,
    filetype: u8,
}

fn filetype(ty: &cap_std::fs::FileType) -> u8 {
    if ty.is_dir() {
        flags::FILETYPE_DIRECTORY
    } else if ty.is_file() {
        flags::FILETYPE_REGULAR_FILE
    } else if ty.is_symlink() {
        flags::FILETYPE_SYMBOLIC_LINK
    } else {
        flags::FILETYPE_UNKNOWN
    }
}

/// The directory's entries in cookie order.
fn list(dir: &Dir) -> Result<Vec<Entry>, Errno> {
    let own_ino = dir.dir_metadata().map(|m| m.ino()).unwrap_or(0);
    let mut entries = Vec::new();
    for entry in dir.entries()? {
        let entry = entry?;
        let meta = entry.metadata().ok();
        entries.push(Entry {
            name: entry.file_name().into_encoded_bytes(),
            ino: meta.as_ref().map_or(0, |m| m.ino()),
            filetype: meta
                .as_ref()
                .map_or(flags::FILETYPE_UNKNOWN, |m| filetype(&m.file_type())),
        });
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let dots = [(b".".to_vec(), own_ino), (b"..".to_vec(), 0)].map(|(name, ino)| Entry {
        name,
        ino,
        filetype: flags::FILETYPE_DIRECTORY,
    });
    Ok(dots.into_iter().chain(entries).collect())
}

/// Packs the entries from `cookie` on into a buffer of `len` bytes.
fn pack(entries: &[Entry], cookie: u64, len: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let skip = usize::try_from(cookie).unwrap_or(usize::MAX);
    for (index, entry) in entries.iter().enumerate().skip(skip) {
        if out.len() >= len {
            break;
        }
        let mut record = Vec::with_capacity(DIRENT_SIZE + entry.name.len());
        record.extend_from_slice(&(index as u64 + 1).to_le_bytes());
        record.extend_from_slice(&entry.ino.to_le_bytes());
        let namlen = u32::try_from(entry.name.len()).unwrap_or(u32::MAX);
        record.extend_from_slice(&namlen.to_le_bytes());
        record.push(entry.filetype);
        record.extend_from_slice(&[0; 3]);
        record.extend_from_slice(&entry.name);
        out.extend_from_slice(&record);
    }
    out.truncate(len);
    out
}

pub fn fd_readdir(
    mut caller: Caller<'_, Host>,
    fd: u32,
    buf: u32,
    buf_len: u32,
    cookie: u64,
    bufused: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "fd_readdir",
        |_| {
            format!(
                "fd={fd}, buf={buf:#x}, buf_len={buf_len}, cookie={cookie}, bufused={bufused:#x}"
            )
        },
        |mem, host| {
            let entry = host.fds.get(fd)?;
            let Kind::Dir(dir) = &entry.kind else {
                return Err(Errno::Notdir);
            };
            if entry.base & right::FD_READDIR == 0 {
                return Err(Errno::Notcapable);
            }
            mem.check(buf, buf_len)?;
            mem.check(bufused, 4)?;
            let packed = pack(&list(dir)?, cookie, buf_len as usize);
            mem.write(buf, &packed)?;
            // At most `buf_len` bytes.
            mem.write_u32(bufused, packed.len() as u32)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        ["a", "bb"]
            .iter()
            .enumerate()
            .map(|(i, name)| Entry {
                name: name.as_bytes().to_vec(),
                ino: i as u64 + 10,
                filetype: flags::FILETYPE_REGULAR_FILE,
            })
            .collect()
    }

    #[test]
    fn layout_and_cookies() {
        let all = pack(&entries(), 0, 4096);
        assert_eq!(all.len(), 2 * DIRENT_SIZE + 3);
        assert_eq!(all[0..8], 1u64.to_le_bytes());
        assert_eq!(all[8..16], 10u64.to_le_bytes());
        assert_eq!(all[16..20], 1u32.to_le_bytes());
        assert_eq!(all[20], flags::FILETYPE_REGULAR_FILE);
        assert_eq!(all[24], b'a');
        let second = pack(&entries(), 1, 4096);
        assert_eq!(second[0..8], 2u64.to_le_bytes());
        assert_eq!(&second[24..26], b"bb");
        assert!(pack(&entries(), 2, 4096).is_empty());
        assert!(pack(&entries(), u64::MAX, 4096).is_empty());
        assert_eq!(pack(&entries(), 0, 30).len(), 30);
    }
}
