// portable
/* strtod and strtof where the fast paths end: exact products (Clinger's
   range and just past it), halfway cases and their neighbours, 19 and 20
   significant digits, trailing zeros past 19 digits, the normal and
   subnormal boundaries, overflow to infinity and underflow to zero with
   ERANGE, and zeros with huge exponents. Bits, end and errno are printed
   and must match glibc's; errno only where C defines it, not for nonzero
   results at or below the smallest normal (whether those set ERANGE is
   implementation-defined, and glibc does). */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

static const char *err_name(int e, int tiny)
{
	return tiny ? "(tiny)" : e == ERANGE ? "ERANGE" : e ? "?" : "-";
}

static const char *const inputs[] = {
	"0", "-0", "0.000", "0e999999", "-0e-999999", ".5", "5.", "1.e5",
	"1e22", "1e23", "9007199254740992e22", "9007199254740993e-22",
	"16777216e10", "16777217e10", "16777216e-10", "16777217",
	"9007199254740992", "9007199254740993", "9007199254740994",
	"9007199254740995", "9007199254740993.0000000000000000001",
	"1234567890123456789", "12345678901234567890", "1234567890123456789000000",
	"12345678901234567890e-30", "1.00000000000000000000000000000",
	"0.1", "0.2", "0.3", "3.14", "2.718281828459045", "0.30000000000000004",
	"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
	"179769313486231580793728971405301e276", "1e308", "1e309", "-1e309", "123e400",
	"2.2250738585072014e-308", "2.2250738585072011e-308", "2.2250738585072012e-308",
	"4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
	"1e-320", "1e-324", "1e-325", "-1e-400", "1e-342", "1e-343",
	"3.4028234663852886e38", "3.4028235677973366e38", "3.4028236e38", "1e39",
	"1.17549435e-38", "1.1754942e-38", "1.4e-45", "7.006492321624085e-46",
	"7.0064923216240854e-46", "1e-46", "1e-45",
	"1.00000005960464477539062499", "1.000000059604644775390625",
	"1.00000005960464477539062501", "33554433", "33554435",
	"0.000000000000000000000000000000000000000000001",
	"4503599627370496.5", "4503599627370497.5", "2.5e-1", "8.98846567431158e307",
	"5e-324", "1e-310", "123456789e-320", "7.2057594037927933e16",
	"1e0000000000000000000000000000001", "0.0000000000000000000000000000001e31",
};

int main(void)
{
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		const char *s = inputs[i];
		char *end;
		errno = 0;
		double d = strtod(s, &end);
		int e = errno;
		unsigned long long db;
		memcpy(&db, &d, sizeof db);
		printf("%-40s d %016llx %s +%d\n", s, db, err_name(e, d != 0 && fabs(d) <= DBL_MIN), (int)(end - s));
		CHECK(end == s + strlen(s));
		errno = 0;
		float f = strtof(s, &end);
		e = errno;
		unsigned fb;
		memcpy(&fb, &f, sizeof fb);
		printf("%-40s f %08x %s +%d\n", s, fb, err_name(e, f != 0 && fabsf(f) <= FLT_MIN), (int)(end - s));
		CHECK(end == s + strlen(s));
	}

	/* Every double from a sweep of exponents, its %.17g and the midpoint
	   to its successor written out, read back. */
	int bad = 0;
	for (int k = -1074; k <= 1023; k += 7) {
		char buf[64];
		double x = 1.0;
		for (int j = 0; j < (k < 0 ? -k : k); j++)
			x = k < 0 ? x / 2 : x * 2;
		x *= 1.2345678901234567;
		if (x > 1.7e308)
			continue;
		snprintf(buf, sizeof buf, "%.17g", x);
		bad += strtod(buf, 0) != x;
		snprintf(buf, sizeof buf, "%.8g", (float)x);
		bad += strtof(buf, 0) != (float)x && (float)x < 3e38f;
	}
	CHECK(bad == 0);
	return test_done();
}
