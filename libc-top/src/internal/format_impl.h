#ifndef FORMAT_IMPL_H
#define FORMAT_IMPL_H

/* The pieces of printf's formatter that live in separate objects, so that
   a program formatting only integers links no floating-point code. */

#include <stddef.h>
#include <stdint.h>
#include "stdio_impl.h"

enum { FL_MINUS = 1, FL_PLUS = 2, FL_SPACE = 4, FL_ALT = 8, FL_ZERO = 16 };

/* One conversion, with width and precision already resolved. */
struct __fmt_spec {
	unsigned flags;
	int width;
	int prec;  /* -1 when absent */
	char conv;
};

/* Output is staged here so that the many small pieces of a conversion
   reach the sink as one. */
struct __fmt_out {
	struct __fmt_sink *sink;
	size_t total;
	size_t cont;   /* UTF-8 continuation bytes in total, counted only
	                  for the wide functions, whose counts are characters */
	size_t len;
	char buf[120];
};

/* "00" to "99": decimal digits two at a time. */
extern hidden const char __fmt_pairs[201];

hidden void __fmt_emit_long(struct __fmt_out *, const char *, size_t);

/* Inline, since it is called for every piece of every conversion and a
   call is what costs most in an interpreter; the rare long piece goes out
   of line. */
static inline void __fmt_emit(struct __fmt_out *o, const char *s, size_t n)
{
	if (n > sizeof o->buf - o->len) {
		__fmt_emit_long(o, s, n);
		return;
	}
	o->total += n;
	__builtin_memcpy(o->buf + o->len, s, n);
	o->len += n;
}
hidden void __fmt_pad_run(struct __fmt_out *, char, size_t);

/* n copies of c (' ' or '0'); most fields need none, and then there is
   no call. */
static inline void __fmt_pad(struct __fmt_out *o, char c, size_t n)
{
	if (n)
		__fmt_pad_run(o, c, n);
}
hidden void __fmt_flush(struct __fmt_out *);

/* A binary floating-point value taken apart: |value| = mant * 2^exp2 when
   finite. mant has at most 113 significant bits (hi holds the top 64). */
struct __fp {
	int sign;
	enum { FP_ZERO, FP_FINITE, FP_INF, FP_NAN } kind;
	uint64_t hi, lo;
	int exp2;
	int frac_bits;   /* 52 for double, 112 for binary128: for %a */
};

hidden void __fp_from_double(struct __fp *, double);
hidden void __fp_from_ldouble(struct __fp *, long double);

/* Formats e, f, g, a and their capitals. Returns 0 or an errno value. */
hidden int __fmt_float(struct __fmt_out *, const struct __fmt_spec *, const struct __fp *);
hidden int __fmt_hexfloat(struct __fmt_out *, const struct __fmt_spec *, const struct __fp *);

/* Writes the UTF-8 form of c to s (at least 4 bytes); returns its length,
   or 0 when c is not a Unicode scalar value. */
hidden size_t __fmt_utf8(char *s, uint32_t c);

/* The wide functions' format as UTF-8: in `small` (of n bytes) when it
   fits, otherwise in memory from malloc. Returns NULL with errno set
   (EILSEQ, ENOMEM) on failure. */
hidden char *__fmt_wcs_utf8(const wchar_t *, char *small, size_t n);

/* ecvt and fcvt: the most digits they give after the point (beyond the
   1074 a double can have, all are zeros), and the size of fcvt's result
   for the largest double (309 digits before the point). */
#define ECVT_MAX 1100
#define FCVT_MAX (ECVT_MAX + 310)

#endif
