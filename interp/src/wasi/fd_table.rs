//! The guest's descriptor table: stdio at 0, 1 and 2, then the `--dir` and
//! `--readonly-dir` preopens at 3, 4, ... in the order they were given, then
//! whatever the guest opens, each at the lowest free number.
//!
//! Every descriptor carries its preview 1 rights. A call checks the right it
//! needs with [`FdTable::get_with`] and fails with `notcapable` without it;
//! rights only ever shrink (`fd_fdstat_set_rights`, and `path_open` asking at
//! most the parent's inheriting rights). A read-only preopen starts without
//! the mutating rights, so nothing under it can gain them.

use std::path::PathBuf;

use cap_std::ambient_authority;
use cap_std::fs::Dir;

use super::flags::{self, right};
use super::Errno;

/// A host directory made visible to the guest under a guest path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preopen {
    pub host: PathBuf,
    pub guest: String,
    /// Granted without the rights to change anything under it.
    pub readonly: bool,
}

/// What a guest descriptor refers to.
#[derive(Debug)]
pub enum Kind {
    Stdin,
    Stdout,
    Stderr,
    File(std::fs::File),
    Dir(Dir),
}

/// One open guest descriptor.
#[derive(Debug)]
pub struct Descriptor {
    pub kind: Kind,
    /// The preview 1 `filetype` reported for it.
    pub filetype: u8,
    /// Rights the descriptor itself has.
    pub base: u64,
    /// Rights that descriptors opened through it may have.
    pub inheriting: u64,
    /// `fdflags`: append and nonblock are kept; the others are refused.
    pub flags: u16,
    /// The guest path, for a preopened directory.
    pub preopen: Option<String>,
}

impl Descriptor {
    fn stdio(kind: Kind, rights: u64, filetype: u8) -> Self {
        Descriptor {
            kind,
            filetype,
            base: rights,
            inheriting: rights,
            flags: 0,
            preopen: None,
        }
    }

    /// A directory descriptor for `preopen`, opened on the host.
    pub fn preopened(preopen: &Preopen) -> std::io::Result<Self> {
        let dir = Dir::open_ambient_dir(&preopen.host, ambient_authority())?;
        let withheld = if preopen.readonly { right::MUTATING } else { 0 };
        Ok(Descriptor {
            kind: Kind::Dir(dir),
            filetype: flags::FILETYPE_DIRECTORY,
            base: right::DIRECTORY & !withheld,
            inheriting: right::ALL & !withheld,
            flags: 0,
            preopen: Some(preopen.guest.clone()),
        })
    }
}

#[derive(Debug)]
pub struct FdTable {
    slots: Vec<Option<Descriptor>>,
}

/// The most descriptors a guest may have open at once.
const MAX_FDS: usize = 1 << 16;

impl FdTable {
    /// A table with stdio and the given preopened directories; `stdio_types`
    /// are the filetypes stdin, stdout and stderr report.
    pub fn new(preopens: Vec<Descriptor>, stdio_types: [u8; 3]) -> Self {
        let stdio = [
            Descriptor::stdio(Kind::Stdin, right::FD_READ, stdio_types[0]),
            Descriptor::stdio(Kind::Stdout, right::FD_WRITE, stdio_types[1]),
            Descriptor::stdio(Kind::Stderr, right::FD_WRITE, stdio_types[2]),
        ];
        let table = FdTable {
            slots: stdio.into_iter().chain(preopens).map(Some).collect(),
        };
        table.check_invariants();
        table
    }

    fn index(fd: u32) -> Result<usize, Errno> {
        usize::try_from(fd).map_err(|_| Errno::Badf)
    }

    pub fn get(&self, fd: u32) -> Result<&Descriptor, Errno> {
        match self.slots.get(Self::index(fd)?) {
            Some(Some(entry)) => Ok(entry),
            _ => Err(Errno::Badf),
        }
    }

    pub fn get_mut(&mut self, fd: u32) -> Result<&mut Descriptor, Errno> {
        match self.slots.get_mut(Self::index(fd)?) {
            Some(Some(entry)) => Ok(entry),
            _ => Err(Errno::Badf),
        }
    }

    /// The descriptor `fd`, if it has every right in `needed`.
    pub fn get_with(&self, fd: u32, needed: u64) -> Result<&Descriptor, Errno> {
        let entry = self.get(fd)?;
        if entry.base & needed != needed {
            return Err(Errno::Notcapable);
        }
        Ok(entry)
    }

    /// The directory `fd` and its descriptor, if it is one with `needed`.
    pub fn dir_with(&self, fd: u32, needed: u64) -> Result<(&Dir, &Descriptor), Errno> {
        let entry = self.get(fd)?;
        let Kind::Dir(dir) = &entry.kind else {
            return Err(Errno::Notdir);
        };
        if entry.base & needed != needed {
            return Err(Errno::Notcapable);
        }
        Ok((dir, entry))
    }

    /// Puts `entry` at the lowest free number and returns the number.
    pub fn insert(&mut self, entry: Descriptor) -> Result<u32, Errno> {
        self.check_invariants();
        let index = match self.slots.iter().position(Option::is_none) {
            Some(index) => index,
            None if self.slots.len() < MAX_FDS => {
                self.slots.push(None);
                self.slots.len() - 1
            }
            None => return Err(Errno::Mfile),
        };
        self.slots[index] = Some(entry);
        self.check_invariants();
        u32::try_from(index).map_err(|_| Errno::Mfile)
    }

    pub fn close(&mut self, fd: u32) -> Result<(), Errno> {
        self.check_invariants();
        let slot = self.slots.get_mut(Self::index(fd)?).ok_or(Errno::Badf)?;
        slot.take().ok_or(Errno::Badf)?;
        self.trim();
        self.check_invariants();
        Ok(())
    }

    /// Moves `from` to `to`, closing what `to` held; both must be open.
    pub fn renumber(&mut self, from: u32, to: u32) -> Result<(), Errno> {
        self.check_invariants();
        self.get(from)?;
        self.get(to)?;
        if from != to {
            let entry = self.slots[Self::index(from)?].take();
            self.slots[Self::index(to)?] = entry;
            self.trim();
        }
        self.check_invariants();
        Ok(())
    }

    /// Drops closed slots at the end, so the table does not only grow.
    fn trim(&mut self) {
        while matches!(self.slots.last(), Some(None)) {
            self.slots.pop();
        }
    }

    /// Rights stay within what preview 1 defines, only directories carry a
    /// preopen name, and the table has no closed slots at its end.
    fn check_invariants(&self) {
        debug_assert!(self.slots.len() <= MAX_FDS);
        debug_assert!(!matches!(self.slots.last(), Some(None)));
        for (index, slot) in self.slots.iter().enumerate() {
            let Some(entry) = slot else { continue };
            debug_assert!(entry.base & !right::ALL == 0, "fd {index}: {entry:?}");
            debug_assert!(entry.inheriting & !right::ALL == 0, "fd {index}: {entry:?}");
            debug_assert!(
                entry.preopen.is_none() || matches!(entry.kind, Kind::Dir(_)),
                "fd {index}: {entry:?}"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table_with_dirs(count: usize) -> FdTable {
        let dirs = (0..count)
            .map(|n| {
                let preopen = Preopen {
                    host: std::env::temp_dir(),
                    guest: format!("/d{n}"),
                    readonly: n % 2 == 1,
                };
                Descriptor::preopened(&preopen).unwrap()
            })
            .collect();
        FdTable::new(dirs, [0; 3])
    }

    #[test]
    fn numbering_and_close() {
        let mut table = table_with_dirs(2);
        assert!(matches!(table.get(0).unwrap().kind, Kind::Stdin));
        assert!(matches!(table.get(2).unwrap().kind, Kind::Stderr));
        assert_eq!(table.get(4).unwrap().preopen.as_deref(), Some("/d1"));
        assert_eq!(table.get(5).err(), Some(Errno::Badf));
        assert_eq!(table.get(u32::MAX).err(), Some(Errno::Badf));
        assert_eq!(table.close(3), Ok(()));
        assert_eq!(table.close(3), Err(Errno::Badf));
        assert_eq!(table.get(3).err(), Some(Errno::Badf));
        assert!(matches!(table.get(4).unwrap().kind, Kind::Dir(_)));
        assert_eq!(table.close(9), Err(Errno::Badf));
    }

    #[test]
    fn lowest_free_number_and_renumber() {
        let mut table = table_with_dirs(1);
        table.close(1).unwrap();
        let stdin = Descriptor::stdio(Kind::Stdin, right::FD_READ, 0);
        assert_eq!(table.insert(stdin), Ok(1));
        assert_eq!(table.renumber(3, 1), Ok(()));
        assert!(matches!(table.get(1).unwrap().kind, Kind::Dir(_)));
        assert_eq!(table.get(3).err(), Some(Errno::Badf));
        assert_eq!(table.renumber(3, 1), Err(Errno::Badf));
        assert_eq!(table.renumber(1, 7), Err(Errno::Badf));
        assert_eq!(table.renumber(1, 1), Ok(()));
    }

    #[test]
    fn readonly_preopens_lack_mutating_rights() {
        let table = table_with_dirs(2);
        let writable = table.get(3).unwrap();
        let readonly = table.get(4).unwrap();
        assert_ne!(writable.base & right::PATH_CREATE_FILE, 0);
        assert_eq!(readonly.base & right::MUTATING, 0);
        assert_eq!(readonly.inheriting & right::MUTATING, 0);
        assert_eq!(
            table.get_with(4, right::PATH_UNLINK_FILE).err(),
            Some(Errno::Notcapable)
        );
        assert_eq!(table.dir_with(1, 0).err(), Some(Errno::Notdir));
    }
}
