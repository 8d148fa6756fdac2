#ifndef _BITS_PTHREAD_BARRIER_T_H
#define _BITS_PTHREAD_BARRIER_T_H

typedef struct {
	union {
		int __i[5];
		volatile int __vi[5];
		void *__p[5];
	} __u;
} pthread_barrier_t;

#endif
