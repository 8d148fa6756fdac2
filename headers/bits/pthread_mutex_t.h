#ifndef _BITS_PTHREAD_MUTEX_T_H
#define _BITS_PTHREAD_MUTEX_T_H

typedef struct {
	union {
		int __i[6];
		volatile int __vi[6];
		volatile void *volatile __p[6];
	} __u;
} pthread_mutex_t;

#endif
