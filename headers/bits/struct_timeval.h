#ifndef _BITS_STRUCT_TIMEVAL_H
#define _BITS_STRUCT_TIMEVAL_H

#include <bits/suseconds_t.h>
#include <bits/time_t.h>

struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};

#endif
