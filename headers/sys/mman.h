#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

/* Memory mappings as far as WebAssembly can have them: linear memory is
   one flat, always readable and writable array, so a mapping is a
   page-aligned block of the heap. Anonymous mappings are zeroed; a file
   mapping is a copy of the file read at mmap time. wasi-libc hides this
   header behind -D_WASI_EMULATED_MMAN; here it always compiles, and the
   functions live in libc itself. Values are the Linux ones, as there. */

#include <features.h>
#include <bits/mode_t.h>
#include <bits/off_t.h>
#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MAP_FAILED ((void *)-1)

#define MAP_SHARED 0x01
#define MAP_PRIVATE 0x02
#define MAP_SHARED_VALIDATE 0x03
#define MAP_TYPE 0x0f
#define MAP_FIXED 0x10
#define MAP_ANON 0x20
#define MAP_ANONYMOUS MAP_ANON
#define MAP_NORESERVE 0x4000
#define MAP_POPULATE 0x8000
#define MAP_FILE 0

#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4

#define MS_ASYNC 1
#define MS_INVALIDATE 2
#define MS_SYNC 4

void *mmap(void *, size_t, int, int, int, off_t);
int munmap(void *, size_t);
int mprotect(void *, size_t, int);

#if defined(__LIBC_GNU)
#define mmap64 mmap
#endif

#ifdef __cplusplus
}
#endif

#endif
