//! Making the bottom half's functions weak definitions.
//!
//! libc-bottom reaches `libc.a` as one object (one fat-LTO crate), so any
//! program that pulls in one of its functions pulls in all of them. A
//! program that defines a function of its own under a POSIX name the bottom
//! half also defines (`link`, `send`, `stat`, ...) would then fail to link
//! with a duplicate symbol, where with a libc of one function per object
//! its definition simply wins. Stable Rust cannot declare a weak symbol and
//! `llvm-objcopy --weaken` leaves wasm objects alone, so the build sets the
//! weak binding flag itself, in the object's `linking` section (the symbol
//! table of the WebAssembly object file format, tool-conventions'
//! Linking.md).
//!
//! A symbol's flags are a LEB128 number whose lowest bit is the weak
//! binding; setting it changes the first byte of the number only, so the
//! patch is done in place and no size or offset in the file moves.

use crate::err;
use crate::util::Result;

/// Symbol kinds of the symbol table.
const SYMTAB_FUNCTION: u8 = 0;
const SYMTAB_DATA: u8 = 1;
const SYMTAB_SECTION: u8 = 3;
/// Symbol flags.
const BINDING_WEAK: u32 = 0x1;
const BINDING_LOCAL: u32 = 0x2;
const VISIBILITY_HIDDEN: u32 = 0x4;
const UNDEFINED: u32 = 0x10;
const EXPLICIT_NAME: u32 = 0x40;
/// The subsection of `linking` that holds the symbol table.
const WASM_SYMBOL_TABLE: u8 = 8;

/// A cursor over the bytes of an object.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| err!("wasm object truncated at byte {}", self.at))?;
        self.at += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(err!("malformed LEB128 number at byte {}", self.at))
    }

    fn skip(&mut self, n: usize) -> Result<()> {
        if self.at + n > self.bytes.len() {
            return Err(err!("wasm object truncated at byte {}", self.at));
        }
        self.at += n;
        Ok(())
    }

    fn name(&mut self) -> Result<String> {
        let len = self.leb()? as usize;
        let start = self.at;
        self.skip(len)?;
        Ok(String::from_utf8_lossy(&self.bytes[start..start + len]).into_owned())
    }
}

/// The byte offsets of the flags of every defined, global, visible function
/// symbol that `keep_strong` does not claim, with their names.
fn weakenable(bytes: &[u8], keep_strong: &dyn Fn(&str) -> bool) -> Result<Vec<(usize, String)>> {
    let mut r = Reader { bytes, at: 0 };
    if bytes.get(..8) != Some(b"\0asm\x01\0\0\0") {
        return Err(err!("not a wasm object (bad header)"));
    }
    r.at = 8;
    let mut found = Vec::new();
    while r.at < bytes.len() {
        let id = r.byte()?;
        let size = r.leb()? as usize;
        let end = r.at + size;
        if end > bytes.len() {
            return Err(err!("section runs past the end of the object"));
        }
        if id == 0 && r.name()? == "linking" {
            let _version = r.leb()?;
            while r.at < end {
                let kind = r.byte()?;
                let len = r.leb()? as usize;
                let sub_end = r.at + len;
                if kind == WASM_SYMBOL_TABLE {
                    symbol_table(&mut r, keep_strong, &mut found)?;
                }
                r.at = sub_end;
            }
        }
        r.at = end;
    }
    Ok(found)
}

fn symbol_table(
    r: &mut Reader<'_>,
    keep_strong: &dyn Fn(&str) -> bool,
    found: &mut Vec<(usize, String)>,
) -> Result<()> {
    let count = r.leb()?;
    for _ in 0..count {
        let kind = r.byte()?;
        let flags_at = r.at;
        let flags = r.leb()?;
        let defined = flags & UNDEFINED == 0;
        match kind {
            SYMTAB_DATA => {
                r.name()?;
                if defined {
                    r.leb()?;
                    r.leb()?;
                    r.leb()?;
                }
            }
            SYMTAB_SECTION => {
                r.leb()?;
            }
            _ => {
                // Functions, globals, tags and tables: an index, then a
                // name when defined or explicitly named.
                r.leb()?;
                let name = if defined || flags & EXPLICIT_NAME != 0 {
                    r.name()?
                } else {
                    String::new()
                };
                let global_visible =
                    flags & (BINDING_WEAK | BINDING_LOCAL | VISIBILITY_HIDDEN) == 0;
                if kind == SYMTAB_FUNCTION && defined && global_visible && !keep_strong(&name) {
                    found.push((flags_at, name));
                }
            }
        }
    }
    Ok(())
}

/// Sets the weak binding on every defined, global, visible function of the
/// object `bytes` except those `keep_strong` names; returns their names.
pub fn weaken_functions(
    bytes: &mut [u8],
    keep_strong: &dyn Fn(&str) -> bool,
) -> Result<Vec<String>> {
    let found = weakenable(bytes, keep_strong)?;
    for (at, _) in &found {
        bytes[*at] |= BINDING_WEAK as u8;
    }
    Ok(found.into_iter().map(|(_, name)| name).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leb(mut v: u32, out: &mut Vec<u8>) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(b);
                return;
            }
            out.push(b | 0x80);
        }
    }

    fn name(s: &str, out: &mut Vec<u8>) {
        leb(s.len() as u32, out);
        out.extend_from_slice(s.as_bytes());
    }

    /// An object whose only section is `linking` with these symbols.
    fn object(symbols: &[(u8, u32, &str)]) -> Vec<u8> {
        let mut table = Vec::new();
        leb(symbols.len() as u32, &mut table);
        for (kind, flags, sym) in symbols {
            table.push(*kind);
            leb(*flags, &mut table);
            match *kind {
                SYMTAB_DATA => {
                    name(sym, &mut table);
                    if flags & UNDEFINED == 0 {
                        table.extend_from_slice(&[0, 0, 4]);
                    }
                }
                _ => {
                    table.push(3);
                    if flags & UNDEFINED == 0 {
                        name(sym, &mut table);
                    }
                }
            }
        }
        let mut linking = Vec::new();
        name("linking", &mut linking);
        linking.push(2);
        linking.push(WASM_SYMBOL_TABLE);
        leb(table.len() as u32, &mut linking);
        linking.extend(table);
        let mut bytes = b"\0asm\x01\0\0\0".to_vec();
        bytes.push(0);
        leb(linking.len() as u32, &mut bytes);
        bytes.extend(linking);
        bytes
    }

    #[test]
    fn only_global_defined_functions_become_weak() {
        let mut bytes = object(&[
            (SYMTAB_FUNCTION, 0, "link"),
            (SYMTAB_FUNCTION, VISIBILITY_HIDDEN, "hidden"),
            (SYMTAB_FUNCTION, BINDING_LOCAL, "local"),
            (SYMTAB_FUNCTION, UNDEFINED, ""),
            (SYMTAB_DATA, 0, "errno"),
            (SYMTAB_FUNCTION, 0x20, "exported"),
            (SYMTAB_FUNCTION, 0, "keep"),
        ]);
        let before = bytes.clone();
        let keep = |n: &str| n == "keep";
        let weakened = weaken_functions(&mut bytes, &keep).expect("valid object");
        assert_eq!(weakened, ["link", "exported"]);
        assert_eq!(bytes.len(), before.len());
        assert_eq!(bytes.iter().zip(&before).filter(|(a, b)| a != b).count(), 2);
        // Idempotent: a second pass finds nothing left to weaken.
        assert!(weaken_functions(&mut bytes, &keep)
            .expect("valid")
            .is_empty());
    }

    #[test]
    fn malformed_objects_are_errors() {
        assert!(weaken_functions(&mut b"\0asm\x02\0\0\0".to_vec(), &|_| false).is_err());
        let mut cut = object(&[(SYMTAB_FUNCTION, 0, "link")]);
        cut.truncate(cut.len() - 2);
        assert!(weaken_functions(&mut cut, &|_| false).is_err());
    }
}
