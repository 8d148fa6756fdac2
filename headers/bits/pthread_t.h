#ifndef _BITS_PTHREAD_T_H
#define _BITS_PTHREAD_T_H

/* An opaque handle; C++ sees an integer, as with musl, so that mangled
   names agree with objects built against wasi-libc. */
#ifdef __cplusplus
typedef unsigned long pthread_t;
#else
typedef struct __pthread *pthread_t;
#endif

#endif
