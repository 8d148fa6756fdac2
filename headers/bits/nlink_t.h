#ifndef _BITS_NLINK_T_H
#define _BITS_NLINK_T_H

typedef unsigned long long nlink_t;

#endif
