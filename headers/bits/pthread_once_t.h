#ifndef _BITS_PTHREAD_ONCE_T_H
#define _BITS_PTHREAD_ONCE_T_H

typedef int pthread_once_t;

#endif
