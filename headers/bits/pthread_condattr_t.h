#ifndef _BITS_PTHREAD_CONDATTR_T_H
#define _BITS_PTHREAD_CONDATTR_T_H

typedef struct {
	unsigned __attr;
} pthread_condattr_t;

#endif
