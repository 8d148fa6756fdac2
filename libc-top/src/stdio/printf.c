#include <stdarg.h>
#include <stdio.h>
#include "libc.h"

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}

/* The reference's names for printf in builds without floating point; here
   printf is the same in every build. */
weak_alias(printf, iprintf);
weak_alias(printf, __small_printf);
