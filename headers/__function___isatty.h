#ifndef ___FUNCTION___ISATTY_H
#define ___FUNCTION___ISATTY_H

/* wasi-libc's internal name for part of a public header; kept so that
   code which includes it directly still builds. */
#include <unistd.h>

#ifdef __cplusplus
extern "C" {
#endif

int __isatty(int);

#ifdef __cplusplus
}
#endif

#endif
