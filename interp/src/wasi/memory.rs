//! Bounds-checked access to the guest's linear memory.
//!
//! Every pointer and length a guest passes is untrusted. [`GuestMemory`] turns
//! each access into a range check that fails with [`Errno::Fault`] instead of
//! panicking, and reads and writes scalars little-endian as the wasm ABI
//! requires. Alignment is not checked: WASI does not require it of the host.

use std::ops::Range;

use super::errno::Errno;

/// One `ciovec`/`iovec` record from the guest: a buffer pointer and length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Iovec {
    pub buf: u32,
    pub len: u32,
}

/// Size in bytes of an `iovec` record in guest memory.
const IOVEC_SIZE: u32 = 8;

/// The guest's linear memory for the duration of one host call.
pub struct GuestMemory<'a> {
    bytes: &'a mut [u8],
}

impl<'a> GuestMemory<'a> {
    pub fn new(bytes: &'a mut [u8]) -> Self {
        GuestMemory { bytes }
    }

    /// The host range for `len` bytes at guest address `ptr`, if all of it is in bounds.
    fn range(&self, ptr: u32, len: u32) -> Result<Range<usize>, Errno> {
        let start = usize::try_from(ptr).map_err(|_| Errno::Fault)?;
        let len = usize::try_from(len).map_err(|_| Errno::Fault)?;
        let end = start.checked_add(len).ok_or(Errno::Fault)?;
        if end > self.bytes.len() {
            return Err(Errno::Fault);
        }
        Ok(start..end)
    }

    /// Fails unless `len` bytes at `ptr` are in bounds; for checking an out
    /// pointer before doing anything with side effects.
    pub fn check(&self, ptr: u32, len: u32) -> Result<(), Errno> {
        self.range(ptr, len).map(drop)
    }

    pub fn slice(&self, ptr: u32, len: u32) -> Result<&[u8], Errno> {
        let range = self.range(ptr, len)?;
        Ok(&self.bytes[range])
    }

    pub fn slice_mut(&mut self, ptr: u32, len: u32) -> Result<&mut [u8], Errno> {
        let range = self.range(ptr, len)?;
        Ok(&mut self.bytes[range])
    }

    /// Copies `data` to guest address `ptr`.
    pub fn write(&mut self, ptr: u32, data: &[u8]) -> Result<(), Errno> {
        let len = u32::try_from(data.len()).map_err(|_| Errno::Fault)?;
        self.slice_mut(ptr, len)?.copy_from_slice(data);
        Ok(())
    }

    fn read_array<const N: usize>(&self, ptr: u32) -> Result<[u8; N], Errno> {
        let mut out = [0; N];
        out.copy_from_slice(self.slice(ptr, N as u32)?);
        Ok(out)
    }

    pub fn read_u8(&self, ptr: u32) -> Result<u8, Errno> {
        self.read_array::<1>(ptr).map(|b| b[0])
    }

    pub fn read_u16(&self, ptr: u32) -> Result<u16, Errno> {
        self.read_array(ptr).map(u16::from_le_bytes)
    }

    pub fn read_u32(&self, ptr: u32) -> Result<u32, Errno> {
        self.read_array(ptr).map(u32::from_le_bytes)
    }

    pub fn read_u64(&self, ptr: u32) -> Result<u64, Errno> {
        self.read_array(ptr).map(u64::from_le_bytes)
    }

    pub fn write_u32(&mut self, ptr: u32, value: u32) -> Result<(), Errno> {
        self.write(ptr, &value.to_le_bytes())
    }

    pub fn write_u64(&mut self, ptr: u32, value: u64) -> Result<(), Errno> {
        self.write(ptr, &value.to_le_bytes())
    }

    /// Reads `count` iovec records at `ptr`. Only the records are checked here;
    /// each buffer is checked when it is used.
    pub fn iovecs(&self, ptr: u32, count: u32) -> Result<Vec<Iovec>, Errno> {
        let size = count.checked_mul(IOVEC_SIZE).ok_or(Errno::Fault)?;
        let records = self.slice(ptr, size)?;
        Ok(records
            .chunks_exact(IOVEC_SIZE as usize)
            .map(|record| {
                let field = |at: usize| {
                    u32::from_le_bytes([record[at], record[at + 1], record[at + 2], record[at + 3]])
                };
                Iovec {
                    buf: field(0),
                    len: field(4),
                }
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_bounds_round_trip() {
        let mut bytes = [0u8; 16];
        let mut mem = GuestMemory::new(&mut bytes);
        mem.write_u32(12, 0xdead_beef).unwrap();
        assert_eq!(mem.read_u32(12), Ok(0xdead_beef));
        mem.write_u64(0, 0x0102_0304_0506_0708).unwrap();
        assert_eq!(mem.read_u8(0), Ok(8));
        assert_eq!(mem.read_u16(6), Ok(0x0102));
        assert_eq!(mem.slice(16, 0), Ok(&[][..]));
    }

    #[test]
    fn out_of_bounds_is_fault() {
        let mut bytes = [0u8; 16];
        let mut mem = GuestMemory::new(&mut bytes);
        assert_eq!(mem.read_u32(13), Err(Errno::Fault));
        assert_eq!(mem.write_u64(9, 1), Err(Errno::Fault));
        assert_eq!(mem.slice(17, 0), Err(Errno::Fault));
        assert_eq!(mem.slice(1, u32::MAX), Err(Errno::Fault));
        assert_eq!(mem.slice(u32::MAX, u32::MAX), Err(Errno::Fault));
        assert_eq!(mem.check(0, 17), Err(Errno::Fault));
        assert_eq!(mem.check(0, 16), Ok(()));
    }

    #[test]
    fn iovec_records() {
        let mut bytes = [0u8; 24];
        let mut mem = GuestMemory::new(&mut bytes);
        mem.write_u32(0, 100).unwrap();
        mem.write_u32(4, 5).unwrap();
        mem.write_u32(8, 200).unwrap();
        mem.write_u32(12, 6).unwrap();
        let iovs = mem.iovecs(0, 2).unwrap();
        assert_eq!(
            iovs,
            [Iovec { buf: 100, len: 5 }, Iovec { buf: 200, len: 6 }]
        );
        assert_eq!(mem.iovecs(0, 4), Err(Errno::Fault));
        assert_eq!(mem.iovecs(0, u32::MAX), Err(Errno::Fault));
        assert_eq!(mem.iovecs(24, 0), Ok(Vec::new()));
    }
}
