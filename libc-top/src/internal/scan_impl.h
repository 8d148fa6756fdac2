#ifndef SCAN_IMPL_H
#define SCAN_IMPL_H

#include <stdarg.h>
#include <stddef.h>
#include "stdio_impl.h"

/* Where scanf's input comes from: one byte at a time, with one byte of
   push-back, which is all the standard lets scanf rely on. */
struct __scan_src {
	int (*get)(struct __scan_src *);  /* a byte, or EOF */
	void (*unget)(struct __scan_src *, int);
	/* Set by the wide functions, whose input is wide characters fed as
	   UTF-8: such a source takes back all the bytes of the last
	   character it gave. */
	int wide;
};

hidden int __vscan(struct __scan_src *, const char *, va_list);
hidden int __vwscan(struct __scan_src *, const wchar_t *, va_list);

enum { SF_FLOAT, SF_DOUBLE, SF_LDOUBLE };

/* Converts a complete floating-point token (decimal, hexadecimal, inf,
   infinity or nan with its optional sign) to the nearest value of the
   type, ties to even, and stores it. Returns 0, or ERANGE when the result
   overflowed or underflowed to zero. */
hidden int __decode_float(const char *, size_t, int type, void *dest);

#endif
