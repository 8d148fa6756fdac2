//! `--trace`: one line per WASI call, like strace. The line holds the call's
//! name, its arguments decoded (paths as quoted strings, flags by name), and
//! its result: `= 0` or `= <errno number> <errno name>` (`= ?` for
//! `proc_exit`, which does not return).

use std::io::Write;

use super::memory::GuestMemory;
use super::Errno;

/// Writes the line for one finished call; a failing writer loses the line.
pub fn line(out: &mut Box<dyn Write + Send>, name: &str, args: &str, result: Result<(), Errno>) {
    let _ = match result {
        Ok(()) => writeln!(out, "{name}({args}) = 0"),
        Err(errno) => writeln!(out, "{name}({args}) = {} {}", errno as u16, errno.name()),
    };
}

/// The guest string at `ptr`, quoted and escaped; `<fault>` if out of bounds.
pub fn string(mem: &GuestMemory<'_>, ptr: u32, len: u32) -> String {
    match mem.slice(ptr, len) {
        Ok(bytes) => format!("{:?}", String::from_utf8_lossy(bytes)),
        Err(_) => "<fault>".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn line_format() {
        let buffer = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut out: Box<dyn Write + Send> = Box::new(Shared(buffer.clone()));
        line(&mut out, "fd_close", "fd=9", Err(Errno::Badf));
        line(&mut out, "sched_yield", "", Ok(()));
        let text = String::from_utf8(buffer.lock().unwrap().clone()).unwrap();
        assert_eq!(text, "fd_close(fd=9) = 8 badf\nsched_yield() = 0\n");
        let mut bytes = *b"a\"b\n";
        let mem = GuestMemory::new(&mut bytes);
        assert_eq!(string(&mem, 0, 4), r#""a\"b\n""#);
        assert_eq!(string(&mem, 2, 9), "<fault>");
    }
}
