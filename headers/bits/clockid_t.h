#ifndef _BITS_CLOCKID_T_H
#define _BITS_CLOCKID_T_H

/* A pointer to an opaque constant per clock (see <time.h>). */
typedef const struct __clockid *clockid_t;

#endif
