#ifndef _BITS_FSBLKCNT_T_H
#define _BITS_FSBLKCNT_T_H

typedef unsigned long long fsblkcnt_t;

#endif
