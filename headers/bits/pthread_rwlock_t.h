#ifndef _BITS_PTHREAD_RWLOCK_T_H
#define _BITS_PTHREAD_RWLOCK_T_H

typedef struct {
	union {
		int __i[8];
		volatile int __vi[8];
		void *__p[8];
	} __u;
} pthread_rwlock_t;

#endif
