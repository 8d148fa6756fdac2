#ifndef _WASI_LIBC_ENVIRON_H
#define _WASI_LIBC_ENVIRON_H

/* environ is filled lazily: these let code that reads it directly make
   sure it has been. */

#ifdef __cplusplus
extern "C" {
#endif

void __wasilibc_initialize_environ(void);
void __wasilibc_ensure_environ(void);
void __wasilibc_deinitialize_environ(void);
void __wasilibc_maybe_reinitialize_environ_eagerly(void);
char **__wasilibc_get_environ(void);

#ifdef __cplusplus
}
#endif

#endif
