#ifndef WCSTO_IMPL_H
#define WCSTO_IMPL_H

#include <wchar.h>
#include "libc.h"

/* The magnitude of the integer at the start of s, as strtol reads it
   (space, sign, base prefix, digits). *neg says whether a '-' came
   first; *over whether the magnitude passed ULLONG_MAX, in which case it
   is ULLONG_MAX. With no digits, *end is s and the result 0; a bad base
   sets errno to EINVAL. The caller clamps to its type. */
hidden unsigned long long __wcsto_int(const wchar_t *s, wchar_t **end, int base, int *neg, int *over);

/* The floating-point number at the start of s, read by the strtod core:
   endptr and errno as wcstod sets them, the value stored as
   __decode_float stores it (type SF_FLOAT, SF_DOUBLE or SF_LDOUBLE). */
hidden void __wcsto_float(const wchar_t *s, wchar_t **end, int type, void *dest);

#endif
