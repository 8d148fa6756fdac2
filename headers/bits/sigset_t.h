#ifndef _BITS_SIGSET_T_H
#define _BITS_SIGSET_T_H

/* One bit per signal, 1 to 64 (wasi-libc's placeholder, one byte, cannot
   hold the standard signals; see snapshots/abi-deviations.txt). */
typedef struct {
	unsigned long __bits[64 / (8 * sizeof(unsigned long))];
} sigset_t;

#endif
