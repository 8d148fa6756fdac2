//! The guest's descriptor table: stdio at 0, 1 and 2, then the `--dir`
//! preopens at 3, 4, ... in the order they were given.
//!
//! Closing a descriptor leaves a hole; numbers are never reused until the
//! full host adds `path_open` and `fd_renumber`.

use std::path::PathBuf;

use super::Errno;

/// A host directory made visible to the guest under a guest path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preopen {
    pub host: PathBuf,
    pub guest: String,
}

/// What a guest descriptor refers to.
#[derive(Debug)]
pub enum Entry {
    Stdin,
    Stdout,
    Stderr,
    Dir(Preopen),
}

#[derive(Debug)]
pub struct FdTable {
    slots: Vec<Option<Entry>>,
}

impl FdTable {
    pub fn new(preopens: Vec<Preopen>) -> Self {
        let stdio = [Entry::Stdin, Entry::Stdout, Entry::Stderr];
        let dirs = preopens.into_iter().map(Entry::Dir);
        let table = FdTable {
            slots: stdio.into_iter().chain(dirs).map(Some).collect(),
        };
        table.check_invariants();
        table
    }

    pub fn get(&self, fd: u32) -> Result<&Entry, Errno> {
        let index = usize::try_from(fd).map_err(|_| Errno::Badf)?;
        match self.slots.get(index) {
            Some(Some(entry)) => Ok(entry),
            _ => Err(Errno::Badf),
        }
    }

    pub fn close(&mut self, fd: u32) -> Result<(), Errno> {
        self.check_invariants();
        let index = usize::try_from(fd).map_err(|_| Errno::Badf)?;
        let slot = self.slots.get_mut(index).ok_or(Errno::Badf)?;
        slot.take().ok_or(Errno::Badf)?;
        self.check_invariants();
        Ok(())
    }

    /// Stdio entries live only at their own numbers, directories only above them.
    fn check_invariants(&self) {
        for (index, slot) in self.slots.iter().enumerate() {
            let expected_here = match slot {
                None => true,
                Some(Entry::Stdin) => index == 0,
                Some(Entry::Stdout) => index == 1,
                Some(Entry::Stderr) => index == 2,
                Some(Entry::Dir(_)) => index > 2,
            };
            debug_assert!(expected_here, "fd {index} holds {slot:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn preopen(guest: &str) -> Preopen {
        Preopen {
            host: PathBuf::from("/host"),
            guest: guest.to_string(),
        }
    }

    #[test]
    fn numbering_and_close() {
        let mut table = FdTable::new(vec![preopen("/a"), preopen("/b")]);
        assert!(matches!(table.get(0), Ok(Entry::Stdin)));
        assert!(matches!(table.get(2), Ok(Entry::Stderr)));
        assert!(matches!(table.get(4), Ok(Entry::Dir(p)) if p.guest == "/b"));
        assert_eq!(table.get(5).err(), Some(Errno::Badf));
        assert_eq!(table.get(u32::MAX).err(), Some(Errno::Badf));
        assert_eq!(table.close(3), Ok(()));
        assert_eq!(table.close(3), Err(Errno::Badf));
        assert_eq!(table.get(3).err(), Some(Errno::Badf));
        assert!(matches!(table.get(4), Ok(Entry::Dir(_))));
        assert_eq!(table.close(9), Err(Errno::Badf));
    }
}
