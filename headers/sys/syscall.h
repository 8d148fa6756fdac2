#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

/* WASI has imports, not system call numbers; there is nothing to list. */

#endif
