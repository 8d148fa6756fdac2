//! The libc's descriptor table: what lets `dup`, `dup2`, `dup3`,
//! `fcntl(F_DUPFD)` and in-process [`crate::pipe`]s exist over WASI
//! preview 1, which can renumber a descriptor but not duplicate one.
//! POSIX: <https://pubs.opengroup.org/onlinepubs/9799919799/functions/dup.html>
//!
//! # Design
//!
//! Rust's std and other code built for wasm32-wasip1 pass descriptor numbers
//! straight to WASI, so in a program that never dups or pipes, libc
//! descriptor N must be WASI descriptor N. The table is therefore sparse
//! (a map from libc descriptor to [`Slot`]) and an absent entry means
//! *identity*: libc N is WASI N, open or not. Every descriptor argument of
//! the bottom half goes through [`target`] (or its shorthand [`wasi`]), which
//! for an empty table is one length check.
//!
//! A present entry shadows WASI descriptor N:
//! - `Open`: a reference-counted open description ([`Description`]: a WASI
//!   descriptor, or one end of a pipe), shared by the dups of one
//!   descriptor, with the descriptor's own `FD_CLOEXEC`;
//! - `Closed`: libc N is closed although WASI N is still open, because
//!   another libc descriptor shares it (`fd = dup(3); close(3)`). Without
//!   this tombstone, libc 3 would read as the identity, WASI 3, still open.
//!
//! Rules:
//! - `dup` of an identity descriptor N first gives N an entry, so both
//!   numbers share one description; the new number is the lowest that is
//!   free in both senses: not open in the table, and not a live identity
//!   descriptor (`fd_fdstat_get` says EBADF).
//! - A WASI descriptor that `open`, `openat` or `accept` receive, whose
//!   number the table shadows, gets the lowest free libc number instead
//!   ([`adopt`]).
//! - `close` drops one reference; the last one closes the WASI descriptor
//!   or the pipe end. `dup2(old, new)` first closes what `new` was, the
//!   WASI descriptor of an identity `new` included.
//! - After each change, entries that say no more than the identity (N to
//!   WASI N, one reference, no `FD_CLOEXEC`) and tombstones nothing needs
//!   are removed, so a program that stops sharing is back on the fast path.
//!
//! Invariants, checked by [`Table::check_invariants`] around every change:
//! one description per WASI descriptor; every entry holding WASI descriptor
//! W has an entry at W (open or a tombstone), so libc W never aliases it;
//! every tombstone has such an entry; no entry is a plain identity.
//!
//! WASI deviations: `FD_CLOEXEC` is kept per descriptor and reported by
//! `F_GETFD`, but there is no `exec` for it to act on; `O_CLOEXEC` is 0 in
//! wasi-libc's ABI, so `dup3` and `pipe2` cannot set it (`F_DUPFD_CLOEXEC`,
//! `F_SETFD` and `accept4(SOCK_CLOEXEC)` can). Code that calls WASI itself
//! on a number the table shadows (after `dup2` onto it, say) reaches the
//! WASI descriptor, not the libc one.

use alloc::boxed::Box;
use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use core::cell::Cell;
use core::ptr::NonNull;

use crate::errno::Errno;
use crate::pipe::PipeOps;

/// What an open description refers to. A pipe end is a trait object, made
/// only by [`Table::pipe`], so that the calls which handle pipes do not
/// link the pipe code into programs that make none (see [`PipeOps`]).
pub enum Object {
    Wasi(u32),
    Pipe(Box<dyn PipeOps>),
}

/// An open description: shared by a descriptor and its dups.
pub struct Description {
    pub object: Object,
    /// `O_NONBLOCK` of a pipe end (a WASI descriptor keeps its own flags).
    pub nonblock: Cell<bool>,
}

impl Description {
    pub fn new(object: Object) -> Rc<Description> {
        Rc::new(Description {
            object,
            nonblock: Cell::new(false),
        })
    }

    /// The pipe end this is, if it is one.
    pub fn pipe(&self) -> Option<&dyn PipeOps> {
        match &self.object {
            Object::Pipe(end) => Some(&**end),
            Object::Wasi(_) => None,
        }
    }

    fn wasi(&self) -> Option<u32> {
        match self.object {
            Object::Wasi(w) => Some(w),
            Object::Pipe(_) => None,
        }
    }
}

/// One libc descriptor the table knows.
pub enum Slot {
    Open {
        desc: Rc<Description>,
        cloexec: bool,
    },
    /// Closed, while the WASI descriptor of the same number lives on in
    /// another entry.
    Closed,
}

/// What a libc descriptor is, for a call to act on.
pub enum Target {
    Wasi(u32),
    Pipe(PipeRef),
}

/// A pipe end's description, borrowed from the table for one call. Not an
/// `Rc`: dropping one would link the allocator's `free` into every program
/// that writes, through each call's `Target`.
#[derive(Clone, Copy)]
pub struct PipeRef(NonNull<Description>);

impl core::ops::Deref for PipeRef {
    type Target = Description;

    fn deref(&self) -> &Description {
        // SAFETY: `Table::get` made this from a description the table holds
        // in an `Rc`, which lives until the last descriptor sharing it is
        // closed. A call holds a `PipeRef` only while it runs, and the
        // program has one thread: nothing closes a descriptor meanwhile
        // (reading, writing or polling a pipe never does).
        unsafe { self.0.as_ref() }
    }
}

/// What the table needs of the system: whether a WASI descriptor is open,
/// and closing one. A trait so that the table is host-tested.
pub trait System {
    fn is_open(&mut self, wasi: u32) -> bool;
    fn close(&mut self, wasi: u32) -> Result<(), Errno>;
}

/// The highest libc descriptor: a C `int`.
const MAX_FD: u32 = i32::MAX as u32;

#[derive(Default)]
pub struct Table {
    slots: BTreeMap<u32, Slot>,
    /// The serial number of the last pipe.
    pipes: u64,
}

impl Table {
    pub const fn new() -> Table {
        Table {
            slots: BTreeMap::new(),
            pipes: 0,
        }
    }

    /// The translation every descriptor call makes.
    // Not inlined: every descriptor call makes this lookup, and one shared
    // copy keeps small programs small.
    #[inline(never)]
    pub fn get(&self, fd: u32) -> Result<Target, Errno> {
        if self.slots.is_empty() {
            return Ok(Target::Wasi(fd));
        }
        match self.slots.get(&fd) {
            None => Ok(Target::Wasi(fd)),
            Some(Slot::Closed) => Err(Errno::BADF),
            Some(Slot::Open { desc, .. }) => Ok(match desc.object {
                Object::Wasi(w) => Target::Wasi(w),
                Object::Pipe(_) => Target::Pipe(PipeRef(NonNull::from(&**desc))),
            }),
        }
    }

    /// The description of an open `fd`, giving an identity descriptor its
    /// entry first so that it can be shared.
    fn share(&mut self, sys: &mut impl System, fd: u32) -> Result<Rc<Description>, Errno> {
        match self.slots.get(&fd) {
            Some(Slot::Open { desc, .. }) => Ok(desc.clone()),
            Some(Slot::Closed) => Err(Errno::BADF),
            None if sys.is_open(fd) => {
                let desc = Description::new(Object::Wasi(fd));
                self.slots.insert(
                    fd,
                    Slot::Open {
                        desc: desc.clone(),
                        cloexec: false,
                    },
                );
                Ok(desc)
            }
            None => Err(Errno::BADF),
        }
    }

    /// The lowest descriptor at or above `min` that is free in both senses.
    fn lowest_free(&self, sys: &mut impl System, min: u32) -> Result<u32, Errno> {
        (min..=MAX_FD)
            .find(|n| match self.slots.get(n) {
                Some(Slot::Open { .. }) => false,
                Some(Slot::Closed) => true,
                None => !sys.is_open(*n),
            })
            .ok_or(Errno::MFILE)
    }

    fn install(&mut self, fd: u32, desc: Rc<Description>, cloexec: bool) {
        self.slots.insert(fd, Slot::Open { desc, cloexec });
    }

    /// Take `fd`'s description out of the table, leaving a tombstone that
    /// [`Table::tidy`] removes unless another entry needs it.
    fn take(&mut self, fd: u32) -> Option<Rc<Description>> {
        match self.slots.insert(fd, Slot::Closed) {
            Some(Slot::Open { desc, .. }) => Some(desc),
            _ => None,
        }
    }

    /// Drop entries that say no more than the identity, and tombstones that
    /// shadow no live WASI descriptor of another entry.
    fn tidy(&mut self) {
        let mut held = alloc::collections::BTreeSet::new();
        for slot in self.slots.values() {
            if let Slot::Open { desc, .. } = slot {
                if let Some(w) = desc.wasi() {
                    held.insert(w);
                }
            }
        }
        self.slots.retain(|fd, slot| match slot {
            Slot::Closed => held.contains(fd),
            Slot::Open { desc, cloexec } => {
                *cloexec || desc.wasi() != Some(*fd) || Rc::strong_count(desc) > 1
            }
        });
    }

    /// Drop one reference to `desc`, closing what it refers to with the
    /// last one.
    fn release(sys: &mut impl System, desc: Rc<Description>) -> Result<(), Errno> {
        match Rc::try_unwrap(desc) {
            Ok(Description {
                object: Object::Wasi(w),
                ..
            }) => sys.close(w),
            // A pipe end closes when it is dropped.
            Ok(_) | Err(_) => Ok(()),
        }
    }

    pub fn check_invariants(&self) {
        if !cfg!(debug_assertions) {
            return;
        }
        let mut seen: alloc::vec::Vec<(u32, *const Description)> = alloc::vec::Vec::new();
        for (fd, slot) in &self.slots {
            let Slot::Open { desc, cloexec } = slot else {
                continue;
            };
            assert!(*fd <= MAX_FD, "descriptor {fd} is beyond int");
            let Some(w) = desc.wasi() else {
                continue;
            };
            assert!(
                self.slots.contains_key(&w),
                "WASI {w} of {fd} is not shadowed"
            );
            for (other, p) in &seen {
                assert!(
                    *other != w || core::ptr::eq(*p, Rc::as_ptr(desc)),
                    "two descriptions of WASI {w}"
                );
            }
            seen.push((w, Rc::as_ptr(desc)));
            assert!(
                *cloexec || w != *fd || Rc::strong_count(desc) > 1,
                "{fd} is a plain identity"
            );
        }
        for (fd, slot) in &self.slots {
            if let Slot::Closed = slot {
                assert!(
                    seen.iter().any(|(w, _)| w == fd),
                    "tombstone {fd} shadows nothing"
                );
            }
        }
    }

    /// `close`.
    pub fn close(&mut self, sys: &mut impl System, fd: u32) -> Result<(), Errno> {
        match self.slots.get(&fd) {
            None => sys.close(fd),
            Some(Slot::Closed) => Err(Errno::BADF),
            Some(Slot::Open { .. }) => {
                self.check_invariants();
                // Released before tidying, which counts the table's
                // references only.
                let result = self.take(fd).map_or(Ok(()), |d| Self::release(sys, d));
                self.tidy();
                self.check_invariants();
                result
            }
        }
    }

    /// `dup` and `F_DUPFD`: a new descriptor, the lowest free at or above
    /// `min`, sharing `fd`'s description.
    pub fn dup(
        &mut self,
        sys: &mut impl System,
        fd: u32,
        min: u32,
        cloexec: bool,
    ) -> Result<u32, Errno> {
        self.check_invariants();
        let result = self.share(sys, fd).and_then(|desc| {
            let new = self.lowest_free(sys, min)?;
            self.install(new, desc, cloexec);
            Ok(new)
        });
        self.tidy();
        self.check_invariants();
        result
    }

    /// `dup2` and `dup3` for `old != new`: `new` shares `old`'s description,
    /// after what `new` was is closed (its errors ignored, as POSIX says).
    pub fn dup_to(
        &mut self,
        sys: &mut impl System,
        old: u32,
        new: u32,
        cloexec: bool,
    ) -> Result<u32, Errno> {
        if new > MAX_FD {
            return Err(Errno::BADF);
        }
        self.check_invariants();
        let desc = match self.share(sys, old) {
            Ok(d) => d,
            Err(e) => {
                self.tidy();
                return Err(e);
            }
        };
        let identity_open = !self.slots.contains_key(&new) && sys.is_open(new);
        let before = self.take(new);
        self.install(new, desc, cloexec);
        if let Some(d) = before {
            let _ = Self::release(sys, d);
        }
        if identity_open {
            let _ = sys.close(new);
        }
        self.tidy();
        self.check_invariants();
        Ok(new)
    }

    /// The libc descriptor for a WASI descriptor the runtime just opened:
    /// the same number unless the table shadows it.
    pub fn adopt(&mut self, sys: &mut impl System, wasi: u32) -> Result<u32, Errno> {
        match self.slots.get(&wasi) {
            None if wasi <= MAX_FD => Ok(wasi),
            Some(Slot::Open { .. }) | None => {
                self.check_invariants();
                let fd = self.lowest_free(sys, 0);
                if let Ok(fd) = fd {
                    self.install(fd, Description::new(Object::Wasi(wasi)), false);
                    self.slots.entry(wasi).or_insert(Slot::Closed);
                }
                self.tidy();
                self.check_invariants();
                fd.inspect_err(|_| {
                    let _ = sys.close(wasi);
                })
            }
            // The runtime reused a number the table thinks still open: it
            // was closed behind the libc's back. The identity is right again.
            Some(Slot::Closed) => {
                self.slots.remove(&wasi);
                Ok(wasi)
            }
        }
    }

    /// `pipe`: two new descriptors, the read end first.
    pub fn pipe(&mut self, sys: &mut impl System, nonblock: bool) -> Result<[u32; 2], Errno> {
        self.check_invariants();
        self.pipes += 1;
        let (r, w) = crate::pipe::new(self.pipes);
        let rd = self.lowest_free(sys, 0)?;
        let r = Description::new(Object::Pipe(Box::new(r)));
        r.nonblock.set(nonblock);
        self.install(rd, r, false);
        let wd = match self.lowest_free(sys, 0) {
            Ok(wd) => wd,
            Err(e) => {
                self.take(rd);
                self.tidy();
                return Err(e);
            }
        };
        let w = Description::new(Object::Pipe(Box::new(w)));
        w.nonblock.set(nonblock);
        self.install(wd, w, false);
        self.check_invariants();
        Ok([rd, wd])
    }

    /// `F_GETFD`'s `FD_CLOEXEC`.
    pub fn cloexec(&self, sys: &mut impl System, fd: u32) -> Result<bool, Errno> {
        match self.slots.get(&fd) {
            Some(Slot::Open { cloexec, .. }) => Ok(*cloexec),
            Some(Slot::Closed) => Err(Errno::BADF),
            None if sys.is_open(fd) => Ok(false),
            None => Err(Errno::BADF),
        }
    }

    /// `F_SETFD`'s `FD_CLOEXEC`.
    pub fn set_cloexec(&mut self, sys: &mut impl System, fd: u32, on: bool) -> Result<(), Errno> {
        self.check_invariants();
        let result = self.share(sys, fd).map(|_| {
            if let Some(Slot::Open { cloexec, .. }) = self.slots.get_mut(&fd) {
                *cloexec = on;
            }
        });
        self.tidy();
        self.check_invariants();
        result
    }

    /// Whether the table has nothing to say about `fd` (WASI calls may use
    /// the number as it is).
    pub fn is_identity(&self, fd: u32) -> bool {
        !self.slots.contains_key(&fd)
    }
}

#[cfg(target_os = "wasi")]
pub use imp::*;

#[cfg(target_os = "wasi")]
mod imp {
    use core::ffi::c_int;

    use super::{System, Table, Target};
    use crate::errno::Errno;
    use crate::preopen::Global;

    static TABLE: Global<Table> = Global::new(Table::new());

    /// The real system: WASI's descriptors.
    pub struct Wasi;

    impl System for Wasi {
        fn is_open(&mut self, fd: u32) -> bool {
            crate::unistd::io::fdstat(fd).err() != Some(Errno::BADF)
        }

        fn close(&mut self, fd: u32) -> Result<(), Errno> {
            // The preopens are found by asking about descriptors 3, 4, ...
            // up to the first that is not one. Closing one of them before
            // that scan ran would end it early and lose those after it, so
            // run it first (a no-op once it has run).
            if fd >= 3 {
                crate::preopen::with_state(|_| ());
            }
            crate::unistd::io::close(fd)
        }
    }

    /// Run `f` on the table. `f` must not call back into this module.
    pub fn with<R>(f: impl FnOnce(&mut Table, &mut Wasi) -> R) -> R {
        TABLE.with(|t| f(t, &mut Wasi))
    }

    /// A C descriptor as a table index: negative ones do not exist.
    pub fn index(fd: c_int) -> Result<u32, Errno> {
        u32::try_from(fd).map_err(|_| Errno::BADF)
    }

    /// What libc descriptor `fd` is: the one translation every descriptor
    /// call of the bottom half makes.
    pub fn target(fd: c_int) -> Result<Target, Errno> {
        let fd = index(fd)?;
        TABLE.with(|t| t.get(fd))
    }

    /// The WASI descriptor behind `fd`, for calls that only WASI
    /// descriptors serve; `on_pipe` is their error for a pipe end.
    pub fn wasi(fd: c_int, on_pipe: Errno) -> Result<u32, Errno> {
        match target(fd)? {
            Target::Wasi(w) => Ok(w),
            Target::Pipe(_) => Err(on_pipe),
        }
    }

    /// Ok when `fd` is an open libc descriptor, else EBADF.
    pub fn check_open(fd: c_int) -> Result<(), Errno> {
        let fd = index(fd)?;
        with(|t, sys| t.cloexec(sys, fd)).map(|_| ())
    }

    /// `close`.
    pub fn close(fd: c_int) -> Result<(), Errno> {
        let fd = index(fd)?;
        with(|t, sys| t.close(sys, fd))
    }

    /// The libc descriptor for a WASI descriptor just opened.
    pub fn adopt(fd: u32) -> Result<c_int, Errno> {
        let fd = with(|t, sys| t.adopt(sys, fd))?;
        c_int::try_from(fd).map_err(|_| Errno::MFILE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::collections::BTreeSet;

    /// WASI descriptors as a set of open numbers.
    struct Fake(BTreeSet<u32>);

    impl System for Fake {
        fn is_open(&mut self, fd: u32) -> bool {
            self.0.contains(&fd)
        }
        fn close(&mut self, fd: u32) -> Result<(), Errno> {
            if self.0.remove(&fd) {
                Ok(())
            } else {
                Err(Errno::BADF)
            }
        }
    }

    fn wasi_of(t: &Table, fd: u32) -> Option<u32> {
        match t.get(fd) {
            Ok(Target::Wasi(w)) => Some(w),
            _ => None,
        }
    }

    fn fake() -> Fake {
        Fake([0, 1, 2, 3].into_iter().collect())
    }

    #[test]
    fn dup_shares_and_close_keeps_the_other() {
        let (mut t, mut sys) = (Table::new(), fake());
        assert_eq!(t.dup(&mut sys, 1, 0, false), Ok(4));
        assert_eq!(wasi_of(&t, 4), Some(1));
        assert_eq!(t.close(&mut sys, 1), Ok(()));
        assert!(sys.0.contains(&1), "WASI 1 lives on in 4");
        assert!(t.get(1).is_err(), "libc 1 is closed, not the identity");
        assert_eq!(t.dup(&mut sys, 4, 0, false), Ok(1), "the tombstone is free");
        assert_eq!(t.close(&mut sys, 4), Ok(()));
        assert_eq!(t.close(&mut sys, 1), Ok(()));
        assert!(!sys.0.contains(&1));
        assert!(
            t.slots.is_empty(),
            "back to the identity: {:?}",
            t.slots.len()
        );
        assert_eq!(t.close(&mut sys, 1), Err(Errno::BADF));
    }

    #[test]
    fn dup_takes_the_lowest_free_in_both_senses() {
        let (mut t, mut sys) = (Table::new(), fake());
        sys.0.insert(5);
        assert_eq!(t.dup(&mut sys, 0, 4, false), Ok(4));
        assert_eq!(t.dup(&mut sys, 0, 4, false), Ok(6));
        assert_eq!(t.dup(&mut sys, 9, 0, false), Err(Errno::BADF));
        // WASI opens 4: libc 4 is taken, so it gets the next free number.
        sys.0.insert(4);
        assert_eq!(t.adopt(&mut sys, 4), Ok(7));
        assert_eq!(wasi_of(&t, 7), Some(4));
        assert_eq!(wasi_of(&t, 4), Some(0));
        assert_eq!(t.close(&mut sys, 4), Ok(()));
        assert!(t.get(4).is_err(), "libc 4 must not alias WASI 4 (libc 7)");
        assert_eq!(t.adopt(&mut sys, 8), Ok(8));
    }

    #[test]
    fn dup2_closes_what_new_was() {
        let (mut t, mut sys) = (Table::new(), fake());
        assert_eq!(t.dup_to(&mut sys, 3, 1, false), Ok(1));
        assert!(!sys.0.contains(&1), "the old stdout is closed");
        assert_eq!(wasi_of(&t, 1), Some(3));
        assert_eq!(t.dup_to(&mut sys, 0, 1, true), Ok(1));
        assert!(sys.0.contains(&3), "libc 3 still holds WASI 3");
        assert_eq!(t.cloexec(&mut sys, 1), Ok(true));
        assert_eq!(t.close(&mut sys, 3), Ok(()));
        assert!(!sys.0.contains(&3));
        assert_eq!(t.dup_to(&mut sys, 7, 1, false), Err(Errno::BADF));
    }

    #[test]
    fn cloexec_is_per_descriptor() {
        let (mut t, mut sys) = (Table::new(), fake());
        assert_eq!(t.cloexec(&mut sys, 2), Ok(false));
        assert_eq!(t.set_cloexec(&mut sys, 2, true), Ok(()));
        assert_eq!(t.cloexec(&mut sys, 2), Ok(true));
        assert_eq!(t.dup(&mut sys, 2, 0, false), Ok(4));
        assert_eq!(t.cloexec(&mut sys, 4), Ok(false));
        assert_eq!(t.close(&mut sys, 4), Ok(()));
        assert_eq!(t.set_cloexec(&mut sys, 2, false), Ok(()));
        assert!(t.slots.is_empty());
        assert_eq!(t.set_cloexec(&mut sys, 9, true), Err(Errno::BADF));
    }

    /// Random operations against a model: a map from libc descriptor to
    /// the file it names. After each, every libc descriptor must reach
    /// the WASI descriptor of its file, closed ones none, and no WASI
    /// descriptor may stay open that no libc descriptor names.
    #[test]
    fn random_operations_agree_with_a_model() {
        use alloc::collections::BTreeMap;
        let (mut t, mut sys) = (Table::new(), fake());
        let mut model: BTreeMap<u32, u64> = (0..4).map(|n| (n, u64::from(n))).collect();
        let mut file_of: BTreeMap<u32, u64> = model.clone();
        let mut next_file = 4;
        let mut seed = 12345u64;
        let mut rand = |n: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) % n) as u32
        };
        for step in 0..20_000 {
            let (a, b) = (rand(10), rand(10));
            // Closes are as likely as the rest together, so the table
            // stays small.
            match rand(8) {
                0 => {
                    let w = (0..).find(|w| !sys.0.contains(w)).expect("a free number");
                    sys.0.insert(w);
                    file_of.insert(w, next_file);
                    let fd = t.adopt(&mut sys, w).expect("adopt");
                    assert!(!model.contains_key(&fd), "step {step}: {fd} was open");
                    model.insert(fd, next_file);
                    next_file += 1;
                }
                1 => {
                    let want = model
                        .get(&a)
                        .map(|_| (b..).find(|n| !model.contains_key(n)));
                    let got = t.dup(&mut sys, a, b, false).ok();
                    assert_eq!(got, want.flatten(), "step {step}: dup({a}, {b})");
                    if let Some(n) = got {
                        model.insert(n, model[&a]);
                    }
                }
                2 if a != b => {
                    let ok = t.dup_to(&mut sys, a, b, rand(2) == 0).is_ok();
                    assert_eq!(ok, model.contains_key(&a), "step {step}: dup2({a}, {b})");
                    if ok {
                        model.insert(b, model[&a]);
                    }
                }
                3 => {
                    let ok = t.set_cloexec(&mut sys, a, rand(2) == 0).is_ok();
                    assert_eq!(ok, model.contains_key(&a), "step {step}: F_SETFD {a}");
                }
                _ => {
                    let a = rand(16);
                    let ok = t.close(&mut sys, a).is_ok();
                    assert_eq!(ok, model.remove(&a).is_some(), "step {step}: close({a})");
                }
            }
            for fd in 0..24 {
                match (model.get(&fd), t.get(fd)) {
                    (Some(file), Ok(Target::Wasi(w))) => {
                        assert!(
                            sys.0.contains(&w),
                            "step {step}: {fd} reaches closed WASI {w}"
                        );
                        assert_eq!(file_of.get(&w), Some(file), "step {step}: {fd} is WASI {w}");
                    }
                    (None, Ok(Target::Wasi(w))) => {
                        assert!(
                            !sys.0.contains(&w),
                            "step {step}: closed {fd} reaches WASI {w}"
                        )
                    }
                    (None, Err(_)) => {}
                    (want, _) => panic!("step {step}: {fd} should be {want:?}"),
                }
            }
            for w in &sys.0 {
                assert!(
                    model.values().any(|f| file_of.get(w) == Some(f)),
                    "step {step}: WASI {w} leaked"
                );
            }
        }
    }

    #[test]
    fn pipes_take_free_numbers_and_close_with_their_last_reference() {
        let (mut t, mut sys) = (Table::new(), fake());
        let [r, w] = t.pipe(&mut sys, false).expect("a pipe");
        assert_eq!((r, w), (4, 5));
        assert_eq!(t.dup(&mut sys, w, 0, false), Ok(6));
        let Ok(Target::Pipe(rd)) = t.get(r) else {
            panic!("the read end is a pipe");
        };
        assert_eq!(t.close(&mut sys, w), Ok(()));
        let Object::Pipe(end) = &rd.object else {
            panic!("a pipe end");
        };
        assert_eq!(
            end.read(&mut [&mut [0u8; 1][..]]),
            Err(Errno::AGAIN),
            "6 still writes"
        );
        assert_eq!(t.close(&mut sys, 6), Ok(()));
        assert_eq!(end.read(&mut [&mut [0u8; 1][..]]), Ok(0));
    }
}
