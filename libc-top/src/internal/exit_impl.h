#ifndef EXIT_IMPL_H
#define EXIT_IMPL_H

#include "libc.h"

/* The C++ ABI's registration function, also behind atexit(). */
int __cxa_atexit(void (*)(void *), void *, void *);

/* Runs, newest first, every handler registered so far. */
hidden void __run_atexit(void);

#endif
