//! `args_*` and `environ_*`: the guest's command line and environment.
//!
//! Both are lists of NUL-terminated byte strings laid out the same way: an
//! array of pointers, and one buffer holding the strings back to back.

use wasmi::{Caller, Error};

use super::memory::GuestMemory;
use super::{with_memory, Errno, Host};

/// Writes the count of `list` and the total size of its strings.
fn sizes_get(
    mem: &mut GuestMemory<'_>,
    list: &[Vec<u8>],
    count_out: u32,
    size_out: u32,
) -> Result<(), Errno> {
    let count = u32::try_from(list.len()).map_err(|_| Errno::Overflow)?;
    let size = list.iter().map(Vec::len).sum::<usize>();
    let size = u32::try_from(size).map_err(|_| Errno::Overflow)?;
    mem.check(count_out, 4)?;
    mem.check(size_out, 4)?;
    mem.write_u32(count_out, count)?;
    mem.write_u32(size_out, size)
}

/// Writes a pointer to each string of `list` at `ptrs` and the strings at `buf`.
fn list_get(mem: &mut GuestMemory<'_>, list: &[Vec<u8>], ptrs: u32, buf: u32) -> Result<(), Errno> {
    let mut ptr = ptrs;
    let mut at = buf;
    for entry in list {
        mem.write_u32(ptr, at)?;
        mem.write(at, entry)?;
        ptr = ptr.checked_add(4).ok_or(Errno::Fault)?;
        let len = u32::try_from(entry.len()).map_err(|_| Errno::Fault)?;
        at = at.checked_add(len).ok_or(Errno::Fault)?;
    }
    Ok(())
}

pub fn args_sizes_get(mut caller: Caller<'_, Host>, argc: u32, size: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "args_sizes_get",
        |_| format!("argc={argc:#x}, size={size:#x}"),
        |mem, host| sizes_get(mem, &host.args, argc, size),
    )
}

pub fn args_get(mut caller: Caller<'_, Host>, argv: u32, buf: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "args_get",
        |_| format!("argv={argv:#x}, buf={buf:#x}"),
        |mem, host| list_get(mem, &host.args, argv, buf),
    )
}

pub fn environ_sizes_get(
    mut caller: Caller<'_, Host>,
    count: u32,
    size: u32,
) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "environ_sizes_get",
        |_| format!("count={count:#x}, size={size:#x}"),
        |mem, host| sizes_get(mem, &host.env, count, size),
    )
}

pub fn environ_get(mut caller: Caller<'_, Host>, environ: u32, buf: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "environ_get",
        |_| format!("environ={environ:#x}, buf={buf:#x}"),
        |mem, host| list_get(mem, &host.env, environ, buf),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Vec<Vec<u8>> {
        vec![b"prog\0".to_vec(), b"-x\0".to_vec()]
    }

    #[test]
    fn layout() {
        let mut bytes = [0u8; 32];
        let mut mem = GuestMemory::new(&mut bytes);
        sizes_get(&mut mem, &list(), 0, 4).unwrap();
        assert_eq!(mem.read_u32(0), Ok(2));
        assert_eq!(mem.read_u32(4), Ok(8));
        list_get(&mut mem, &list(), 8, 16).unwrap();
        assert_eq!(mem.read_u32(8), Ok(16));
        assert_eq!(mem.read_u32(12), Ok(21));
        assert_eq!(mem.slice(16, 8), Ok(&b"prog\0-x\0"[..]));
    }

    #[test]
    fn buffer_past_the_end_is_fault() {
        let mut bytes = [0u8; 32];
        let mut mem = GuestMemory::new(&mut bytes);
        assert_eq!(list_get(&mut mem, &list(), 0, 28), Err(Errno::Fault));
        assert_eq!(list_get(&mut mem, &list(), u32::MAX, 16), Err(Errno::Fault));
        assert_eq!(sizes_get(&mut mem, &list(), 0, 30), Err(Errno::Fault));
    }
}
