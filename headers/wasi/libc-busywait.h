#ifndef _WASI_LIBC_BUSYWAIT_H
#define _WASI_LIBC_BUSYWAIT_H

/* Busy-waiting in place of futex waits concerns the threaded WASI
   targets, where a thread may be forbidden to block. wasm32-wasip1 has one
   thread and never waits on a futex, so this header declares nothing; it
   exists so that code including it builds here too. */

#endif
