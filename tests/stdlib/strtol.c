// portable
/* Integer conversions on edge cases: every base, prefixes with and
   without digits after them, overflow at each width, and where endptr
   lands. Results print, so the native run checks them against glibc. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include "test.h"

static const char *const inputs[] = {
	"0", "1", "-1", "+1", "  \t\n42xyz", "-", "+", "", " ", "- 1", "+-1",
	"0x", "0X", "0x1", "0xg", "0x-1", "-0x10", "0X1fZ", "010", "08", "0b1",
	"09", "z", "Z", "zz", "10", "7fffffff", "80000000", "ffffffff",
	"100000000", "2147483647", "2147483648", "-2147483648", "-2147483649",
	"4294967295", "4294967296", "-4294967295", "-4294967296",
	"9223372036854775807", "9223372036854775808", "-9223372036854775808",
	"-9223372036854775809", "18446744073709551615", "18446744073709551616",
	"-18446744073709551615", "-18446744073709551616",
	"99999999999999999999999999999", "-99999999999999999999999999999",
	"0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff",
	"0x10000000000000000", "1777777777777777777777", "2000000000000000000000",
	"01777777777777777777777", "zzzzzzzzzzzz", "ZZZZZZZZZZZZZ", "1y", "0.5",
	"00000000000000000000000000000000000012", "-0", "\v5", "\f-6", "1 2",
};

static const int bases[] = { 0, 2, 8, 10, 16, 36, 1, -1, 37 };

int main(void)
{
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		for (size_t j = 0; j < sizeof bases / sizeof *bases; j++) {
			const char *s = STR(inputs[i]);
			char *end;
			int b = NUM(bases[j]);

			errno = 0;
			long long v = strtoll(s, &end, b);
			int e1 = ERRNO;
			long d1 = end - s;
			errno = 0;
			unsigned long long u = strtoull(s, &end, b);
			int e2 = ERRNO;
			long d2 = end - s;
			errno = 0;
			intmax_t im = strtoimax(s, &end, b);
			CHECK(im == v && (e1 == EINVAL || end - s == d1) && ERRNO == e1);
			errno = 0;
			uintmax_t um = strtoumax(s, &end, b);
			CHECK(um == u && (e2 == EINVAL || end - s == d2) && ERRNO == e2);

			/* long is 32 bits on wasm32 and 64 on the host: check
			   strtol against strtoll clamped to the width. */
			errno = 0;
			long l = strtol(s, &end, b);
			int el = ERRNO;
			long long want = v < LONG_MIN ? LONG_MIN : v > LONG_MAX ? LONG_MAX : v;
			CHECK(l == want && (e1 == EINVAL || end - s == d1));
			CHECK(el == (e1 ? e1 : want != v ? ERANGE : 0));
			errno = 0;
			unsigned long ul = strtoul(s, &end, b);
			CHECK(e2 == EINVAL || end - s == d2);
			int eul = ERRNO;
			CHECK(ULONG_MAX != ULLONG_MAX || (ul == u && eul == e2));

			/* glibc leaves endptr untouched for a bad base */
			if (e1 == EINVAL)
				d1 = d2 = -1;
			printf("%-12.12s %2d: ll %lld %ld %s | ull %llu %ld %s\n", s, b,
			       v, d1, e1 == ERANGE ? "ERANGE" : e1 == EINVAL ? "EINVAL" : e1 ? "?" : "-",
			       u, d2, e2 == ERANGE ? "ERANGE" : e2 == EINVAL ? "EINVAL" : e2 ? "?" : "-");
		}
	}

	CHECK_EQ(atol(STR(" -123abc")), -123);
	CHECK_EQ(atoll(STR("9223372036854775807")), LLONG_MAX);
	CHECK_EQ(atoll(STR("-9223372036854775808")), LLONG_MIN);
	CHECK_EQ(strtol(STR("-2147483648"), NULL, 10), -2147483647L - 1);
	CHECK_EQ(strtoul(STR("4294967295"), NULL, 10), 4294967295UL);
	return test_done();
}
