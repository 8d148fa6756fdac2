#ifndef _BITS_FSFILCNT_T_H
#define _BITS_FSFILCNT_T_H

typedef unsigned long long fsfilcnt_t;

#endif
