#ifndef _BITS_PTHREAD_KEY_T_H
#define _BITS_PTHREAD_KEY_T_H

typedef unsigned pthread_key_t;

#endif
