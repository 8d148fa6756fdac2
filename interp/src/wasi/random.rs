//! `random_get`: bytes from the host's `/dev/urandom`, or, with `--seed` or
//! `--deterministic`, from a seeded generator (splitmix64) so that runs
//! repeat exactly. The seeded stream is not cryptographic.

use std::fs::File;
use std::io::Read;

use wasmi::{Caller, Error};

use super::{with_memory, Errno, Host};

pub enum Random {
    /// The host's generator, opened on first use.
    Os(Option<File>),
    /// A splitmix64 state.
    Seeded(u64),
}

impl Random {
    pub fn os() -> Self {
        Random::Os(None)
    }

    pub fn seeded(seed: u64) -> Self {
        Random::Seeded(seed)
    }

    fn fill(&mut self, out: &mut [u8]) -> Result<(), Errno> {
        match self {
            Random::Os(file) => {
                let urandom = match file {
                    Some(file) => file,
                    slot => slot.insert(File::open("/dev/urandom").map_err(|_| Errno::Io)?),
                };
                urandom.read_exact(out).map_err(|_| Errno::Io)
            }
            Random::Seeded(state) => {
                for chunk in out.chunks_mut(8) {
                    let word = splitmix64(state).to_le_bytes();
                    chunk.copy_from_slice(&word[..chunk.len()]);
                }
                Ok(())
            }
        }
    }
}

/// The next output of splitmix64 (Steele, Lea and Flood, 2014).
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

pub fn random_get(mut caller: Caller<'_, Host>, buf: u32, buf_len: u32) -> Result<i32, Error> {
    with_memory(
        &mut caller,
        "random_get",
        |_| format!("buf={buf:#x}, buf_len={buf_len}"),
        |mem, host| host.random.fill(mem.slice_mut(buf, buf_len)?),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_streams_repeat() {
        let (mut a, mut b) = ([0u8; 13], [0u8; 13]);
        Random::seeded(42).fill(&mut a).unwrap();
        Random::seeded(42).fill(&mut b).unwrap();
        assert_eq!(a, b);
        Random::seeded(43).fill(&mut b).unwrap();
        assert_ne!(a, b);
        let mut state = 0;
        assert_eq!(splitmix64(&mut state), 0xe220_a839_7b1d_cdaf);
    }
}
