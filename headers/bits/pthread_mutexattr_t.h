#ifndef _BITS_PTHREAD_MUTEXATTR_T_H
#define _BITS_PTHREAD_MUTEXATTR_T_H

typedef struct {
	unsigned __attr;
} pthread_mutexattr_t;

#endif
