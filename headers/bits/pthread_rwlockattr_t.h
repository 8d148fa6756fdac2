#ifndef _BITS_PTHREAD_RWLOCKATTR_T_H
#define _BITS_PTHREAD_RWLOCKATTR_T_H

typedef struct {
	unsigned __attr[2];
} pthread_rwlockattr_t;

#endif
