#ifndef _BITS_SIGSET_T_H
#define _BITS_SIGSET_T_H

/* One bit per signal; WASI delivers no signals, so there is little to mask. */
typedef unsigned char sigset_t;

#endif
