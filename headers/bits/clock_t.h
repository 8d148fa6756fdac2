#ifndef _BITS_CLOCK_T_H
#define _BITS_CLOCK_T_H

typedef long long clock_t;

#endif
