#ifndef _BITS_STRUCT_TIMESPEC_H
#define _BITS_STRUCT_TIMESPEC_H

#include <bits/time_t.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#endif
