#ifndef _BITS_DEV_T_H
#define _BITS_DEV_T_H

typedef unsigned long long dev_t;

#endif
