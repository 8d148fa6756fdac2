#ifndef _BITS_SUSECONDS_T_H
#define _BITS_SUSECONDS_T_H

typedef long long suseconds_t;

#endif
