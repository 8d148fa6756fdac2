#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#include <bits/size_t.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Filled from WASI's random_get. */
int getentropy(void *, size_t);

#ifdef __cplusplus
}
#endif

#endif
