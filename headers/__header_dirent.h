#ifndef ___HEADER_DIRENT_H
#define ___HEADER_DIRENT_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <dirent.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Between WASI file types and the S_IF* bits of st_mode. */
int __wasilibc_iftodt(int);
int __wasilibc_dttoif(int);

#ifdef __cplusplus
}
#endif

#endif
