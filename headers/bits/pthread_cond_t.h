#ifndef _BITS_PTHREAD_COND_T_H
#define _BITS_PTHREAD_COND_T_H

typedef struct {
	union {
		int __i[12];
		volatile int __vi[12];
		void *__p[12];
	} __u;
} pthread_cond_t;

#endif
