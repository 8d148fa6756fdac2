#ifndef _BITS_PTHREAD_BARRIERATTR_T_H
#define _BITS_PTHREAD_BARRIERATTR_T_H

typedef struct {
	unsigned __attr;
} pthread_barrierattr_t;

#endif
