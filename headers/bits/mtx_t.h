#ifndef _BITS_MTX_T_H
#define _BITS_MTX_T_H

/* The same layout as pthread_mutex_t, as a distinct type. */
typedef struct {
	union {
		int __i[6];
		volatile int __vi[6];
		volatile void *volatile __p[6];
	} __u;
} mtx_t;

#endif
