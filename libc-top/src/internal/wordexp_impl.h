#ifndef WORDEXP_IMPL_H
#define WORDEXP_IMPL_H

#include "libc.h"

/* Evaluate the shell arithmetic expression s (XCU 2.6.4): C's integer
   operators on long, names read from the environment (unset is 0).
   Returns 0, or -1 on a syntax error or division by zero. */
hidden int __wrde_arith(const char *s, long *value);

#endif
