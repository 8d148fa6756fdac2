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
//!
//! Weak functions are only half of it: a call inside the object to one of
//! its own exported functions goes through the symbol, so a program's
//! definition would receive it. [`calls_to_own_functions`] lists such
//! calls, from the object's relocations, for a check in `cargo xtask test`.

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

    /// Step over a LEB128 number of any sign and width (an addend).
    fn skip_leb(&mut self) -> Result<()> {
        for _ in 0..10 {
            if self.byte()? & 0x80 == 0 {
                return Ok(());
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

/// One entry of the symbol table.
struct Symbol {
    kind: u8,
    flags: u32,
    /// Where its flags are in the object.
    flags_at: usize,
    /// Empty for an undefined symbol without an explicit name.
    name: String,
}

impl Symbol {
    fn global_visible_function(&self) -> bool {
        self.kind == SYMTAB_FUNCTION
            && self.flags & UNDEFINED == 0
            && self.flags & (BINDING_LOCAL | VISIBILITY_HIDDEN) == 0
    }
}

/// The sections of an object: (id, custom section name, body range).
fn sections(bytes: &[u8]) -> Result<Vec<(u8, String, std::ops::Range<usize>)>> {
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
        let name = if id == 0 { r.name()? } else { String::new() };
        found.push((id, name, r.at..end));
        r.at = end;
    }
    Ok(found)
}

/// The symbol table, in order (relocations name symbols by index).
fn symbols(bytes: &[u8]) -> Result<Vec<Symbol>> {
    let mut table = Vec::new();
    for (id, name, range) in sections(bytes)? {
        if id != 0 || name != "linking" {
            continue;
        }
        let mut r = Reader {
            bytes: &bytes[..range.end],
            at: range.start,
        };
        let _version = r.leb()?;
        while r.at < range.end {
            let kind = r.byte()?;
            let len = r.leb()? as usize;
            let sub_end = r.at + len;
            if kind == WASM_SYMBOL_TABLE {
                symbol_table(&mut r, &mut table)?;
            }
            r.at = sub_end;
        }
    }
    Ok(table)
}

fn symbol_table(r: &mut Reader<'_>, table: &mut Vec<Symbol>) -> Result<()> {
    let count = r.leb()?;
    for _ in 0..count {
        let kind = r.byte()?;
        let flags_at = r.at;
        let flags = r.leb()?;
        let defined = flags & UNDEFINED == 0;
        let mut name = String::new();
        match kind {
            SYMTAB_DATA => {
                name = r.name()?;
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
                if defined || flags & EXPLICIT_NAME != 0 {
                    name = r.name()?;
                }
            }
        }
        table.push(Symbol {
            kind,
            flags,
            flags_at,
            name,
        });
    }
    Ok(())
}

/// The byte offsets of the flags of every defined, global, visible function
/// symbol that `keep_strong` does not claim, with their names.
fn weakenable(bytes: &[u8], keep_strong: &dyn Fn(&str) -> bool) -> Result<Vec<(usize, String)>> {
    Ok(symbols(bytes)?
        .into_iter()
        .filter(|s| {
            s.global_visible_function() && s.flags & BINDING_WEAK == 0 && !keep_strong(&s.name)
        })
        .map(|s| (s.flags_at, s.name))
        .collect())
}

/// Relocation types (tool-conventions Linking.md) that call a function by
/// its symbol, and those whose entries carry an addend.
const R_FUNCTION_INDEX_LEB: u8 = 0;
const R_FUNCTION_INDEX_I32: u8 = 26;
const WITH_ADDEND: &[u8] = &[3, 4, 5, 8, 9, 11, 14, 15, 16, 17, 21, 22, 23, 25];

/// The object's own global functions that its code calls by symbol, for
/// which `ignore` (say, reserved names) does not answer true. The linker
/// sends such a call to whichever definition wins, so when the symbol is
/// weak a program's own function of that name would receive it.
pub fn calls_to_own_functions(bytes: &[u8], ignore: &dyn Fn(&str) -> bool) -> Result<Vec<String>> {
    let table = symbols(bytes)?;
    let mut found = Vec::new();
    for (id, name, range) in sections(bytes)? {
        if id != 0 || !name.starts_with("reloc.") {
            continue;
        }
        let mut r = Reader {
            bytes: &bytes[..range.end],
            at: range.start,
        };
        let _target_section = r.leb()?;
        for _ in 0..r.leb()? {
            let ty = r.byte()?;
            let _offset = r.leb()?;
            let index = r.leb()? as usize;
            if WITH_ADDEND.contains(&ty) {
                r.skip_leb()?;
            }
            if ty != R_FUNCTION_INDEX_LEB && ty != R_FUNCTION_INDEX_I32 {
                continue;
            }
            let sym = table
                .get(index)
                .ok_or_else(|| err!("relocation names symbol {index} of {}", table.len()))?;
            if sym.global_visible_function() && !ignore(&sym.name) && !found.contains(&sym.name) {
                found.push(sym.name.clone());
            }
        }
    }
    found.sort();
    Ok(found)
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
    fn calls_to_own_functions_come_from_relocations() {
        let mut bytes = object(&[
            (SYMTAB_FUNCTION, BINDING_WEAK, "rename"),
            (SYMTAB_FUNCTION, BINDING_WEAK, "renameat"),
            (SYMTAB_FUNCTION, BINDING_LOCAL, "renameat_c"),
            (SYMTAB_FUNCTION, UNDEFINED, ""),
            (SYMTAB_FUNCTION, 0, "__libc_openat"),
            (SYMTAB_DATA, 0, "errno"),
        ]);
        let mut reloc = Vec::new();
        name("reloc.CODE", &mut reloc);
        leb(3, &mut reloc);
        let entries = [(0u8, 1u32), (0, 2), (0, 3), (26, 4), (5, 5), (0, 1)];
        leb(entries.len() as u32, &mut reloc);
        for (ty, index) in entries {
            reloc.push(ty);
            leb(0x10, &mut reloc);
            leb(index, &mut reloc);
            if ty == 5 {
                // A memory address carries an addend, here a negative one.
                reloc.push(0x7c);
            }
        }
        bytes.push(0);
        leb(reloc.len() as u32, &mut bytes);
        bytes.extend(reloc);
        let reserved = |n: &str| n.starts_with("__");
        let calls = calls_to_own_functions(&bytes, &reserved).expect("valid object");
        assert_eq!(calls, ["renameat"]);
        // The last entry's symbol index, made one past the table.
        let mut bad = bytes.clone();
        let at = bad.len() - 1;
        bad[at] = 6;
        assert!(calls_to_own_functions(&bad, &reserved).is_err());
    }

    #[test]
    fn malformed_objects_are_errors() {
        assert!(weaken_functions(&mut b"\0asm\x02\0\0\0".to_vec(), &|_| false).is_err());
        let mut cut = object(&[(SYMTAB_FUNCTION, 0, "link")]);
        cut.truncate(cut.len() - 2);
        assert!(weaken_functions(&mut cut, &|_| false).is_err());
    }
}
