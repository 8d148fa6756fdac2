#ifndef _BITS_MBSTATE_T_H
#define _BITS_MBSTATE_T_H

/* Eight bytes, as in wasi-libc; a zeroed one is the initial state. */
typedef struct __mbstate_t {
	unsigned __opaque1, __opaque2;
} mbstate_t;

#endif
