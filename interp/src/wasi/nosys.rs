//! The preview 1 functions not implemented yet: each is defined with its ABI
//! signature and returns `nosys`, so modules that import them still
//! instantiate. The full-host issue replaces these one by one.

use wasmi::{Caller, Error, Linker};

use super::{Errno, Host, MODULE};

/// Defines `name` taking the listed wasm parameter types and returning `nosys`.
macro_rules! nosys {
    ($linker:ident: $($name:literal ($($param:ty),*);)*) => {
        $(
            $linker.func_wrap(MODULE, $name, |_: Caller<'_, Host>, $(_: $param),*| -> i32 {
                Errno::Nosys as i32
            })?;
        )*
    };
}

pub fn add_to_linker(linker: &mut Linker<Host>) -> Result<(), Error> {
    nosys! { linker:
        "fd_advise" (i32, i64, i64, i32);
        "fd_allocate" (i32, i64, i64);
        "fd_datasync" (i32);
        "fd_fdstat_set_rights" (i32, i64, i64);
        "fd_filestat_get" (i32, i32);
        "fd_filestat_set_size" (i32, i64);
        "fd_filestat_set_times" (i32, i64, i64, i32);
        "fd_pread" (i32, i32, i32, i64, i32);
        "fd_pwrite" (i32, i32, i32, i64, i32);
        "fd_readdir" (i32, i32, i32, i64, i32);
        "fd_renumber" (i32, i32);
        "fd_sync" (i32);
        "path_create_directory" (i32, i32, i32);
        "path_filestat_get" (i32, i32, i32, i32, i32);
        "path_filestat_set_times" (i32, i32, i32, i32, i64, i64, i32);
        "path_link" (i32, i32, i32, i32, i32, i32, i32);
        "path_open" (i32, i32, i32, i32, i32, i64, i64, i32, i32);
        "path_readlink" (i32, i32, i32, i32, i32, i32);
        "path_remove_directory" (i32, i32, i32);
        "path_rename" (i32, i32, i32, i32, i32, i32);
        "path_symlink" (i32, i32, i32, i32, i32);
        "path_unlink_file" (i32, i32, i32);
        "proc_raise" (i32);
        "sock_accept" (i32, i32, i32);
        "sock_recv" (i32, i32, i32, i32, i32, i32);
        "sock_send" (i32, i32, i32, i32, i32);
        "sock_shutdown" (i32, i32);
    }
    Ok(())
}
