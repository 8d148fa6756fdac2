#ifndef _BITS_TIME_T_H
#define _BITS_TIME_T_H

typedef long long time_t;

#endif
