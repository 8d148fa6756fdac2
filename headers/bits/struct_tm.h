#ifndef _BITS_STRUCT_TM_H
#define _BITS_STRUCT_TM_H

/* The three fields after tm_isdst are BSD extensions; their names are
   reserved unless the program asks for the BSD or GNU interfaces. */
#include <features.h>

struct tm {
	int tm_sec;
	int tm_min;
	int tm_hour;
	int tm_mday;
	int tm_mon;
	int tm_year;
	int tm_wday;
	int tm_yday;
	int tm_isdst;
#if defined(__LIBC_BSD)
	int tm_gmtoff;
	const char *tm_zone;
#else
	int __tm_gmtoff;
	const char *__tm_zone;
#endif
	int __tm_nsec;
};

#endif
