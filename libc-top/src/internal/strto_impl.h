#ifndef STRTO_IMPL_H
#define STRTO_IMPL_H

#include "libc.h"

/* The magnitude of the integer at the start of s, as strtol reads it
   (space, sign, base prefix, digits). *neg says whether a '-' came first;
   *over whether the magnitude passed ULLONG_MAX, in which case it is
   ULLONG_MAX. With no digits, *end is s and the result 0; a bad base sets
   errno to EINVAL. The caller clamps to its type. */
hidden unsigned long long __strto_int(const char *s, char **end, int base, int *neg, int *over);

/* Signed conversion clamped to [-max - 1, max]; ERANGE when clamped. */
hidden long long __strto_signed(const char *s, char **end, int base, long long max);

/* Unsigned conversion clamped to max, a '-' negating in the type. */
hidden unsigned long long __strto_unsigned(const char *s, char **end, int base, unsigned long long max);

/* The floating-point number at the start of s: endptr and errno as strtod
   sets them, the value stored as __decode_float stores it. */
hidden void __strto_float(const char *s, char **end, int type, void *dest);

#endif
