#ifndef _BITS_PTHREAD_SPINLOCK_T_H
#define _BITS_PTHREAD_SPINLOCK_T_H

typedef int pthread_spinlock_t;

#endif
