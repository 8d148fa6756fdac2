#ifndef ENV_IMPL_H
#define ENV_IMPL_H

#include <stddef.h>
#include "libc.h"

/* The environment, under its reserved name (libc-bottom/c/environ.c):
   `environ` is only an alias, and a C program may define its own. */
extern char **__environ;

/* environ starts as the start-up code's vector. The first change copies
   it into a vector of our own, which later changes grow in place; the
   strings setenv makes are remembered, so that replacing or removing one
   frees it while strings from putenv or the start-up code stay the
   caller's. */

/* Puts "name=value" string s, whose name is n bytes long, into environ,
   in place of any entry with that name. Returns 0, or -1 with ENOMEM. */
hidden int __env_put(char *s, size_t n, int owned);

/* Frees s if setenv made it; anything else is left alone. */
hidden void __env_release(char *s);

/* Frees every string setenv made. */
hidden void __env_release_all(void);

#endif
