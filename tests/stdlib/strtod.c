// portable
/* strtod and strtof on hard cases and on generated inputs: the bits
   print, so the native run holds them to glibc's correctly rounded
   results. errno is shown except for results at or below the least normal
   value, where glibc's ERANGE on tiny inexact results is its own choice. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static const char *const inputs[] = {
	"0", "-0", "+0.0e99", "1", "0.1", "-0.1", "1e23", "8.988465674311579e307",
	"2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
	"4.9e-324", "4.9406564584124654e-324", "2.4703282292062327e-324",
	"2.4703282292062328e-324", "2.47032822920623272e-324", "1e-400", "-1e-400",
	"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
	"1e309", "-1e309", "1e99999999999999999999", "1e-99999999999999999999",
	"9007199254740993", "9007199254740993.0000000000000000000000001",
	"9007199254740995", "9007199254740994.9999999999999999999999999",
	"123456789012345678901234567890e-30", "0.000000000000000000000000000001e30",
	"3.14159265358979323846264338327950288419716939937510582097494459",
	"0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.fffffffffffffp1023",
	"0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023", "0X1.8P+1", "0x.8", "0xA.Bp-3",
	"0x123456789abcdef0123456789", "0x1.00000000000008p0", "0x1.000000000000081p0",
	"0x1.00000000000018p0", "0x1p", "0x1p+", "0x1p-x", "0x", "0x.", "0xg", "0x.p1",
	"inf", "-INF", "Infinity", "infinit", "infx", "nan", "-NaN", "nan(123)", "nan(abc_9)",
	"nan(", "nan(1", "nan()", "nan(-)", ".", "-.", ".e1", "e1", "1e", "1e+", "1e+x",
	"1.e5", ".5e-1", "  \t\n+7.5junk", "- 1", "--1", "1..2", "1e1e1", "1.5E+0010",
	"00000000000000000000000000000000000000000000000000000000000001.5",
	"0.0000000000000000000000000000000000000000000000000000000000000000000001",
	"1.00000005960464477539062499", "1.00000005960464477539062500",
	"1.00000005960464477539062501", "3.4028235677973366e38", "3.4028235677973367e38",
	"3.40282356779733661637539395458142568448e38", "1e-45", "7.006492321624085e-46",
	"7.006492321624086e-46", "1.1754943508222875e-38", "1.1754942106924411e-38",
};

static void show(const char *s)
{
	char *end;
	errno = 0;
	double d = strtod(s, &end);
	int ed = ERRNO;
	long nd = end - s;
	errno = 0;
	float f = strtof(s, &end);
	int ef = ERRNO;
	long nf = end - s;
	uint64_t bd;
	uint32_t bf;
	memcpy(&bd, &d, sizeof bd);
	memcpy(&bf, &f, sizeof bf);
	/* NaN payloads and the sign of a NaN are not fixed by the standard */
	if (isnan(d))
		bd = 0x7ff8000000000000u;
	if (isnan(f))
		bf = 0x7fc00000u;
	const char *es = ed == ERANGE ? "ERANGE" : ed ? "?" : "-";
	const char *efs = ef == ERANGE ? "ERANGE" : ef ? "?" : "-";
	if (d != 0 && fabs(d) <= DBL_MIN)
		es = "sub";
	if (f != 0 && fabsf(f) <= FLT_MIN)
		efs = "sub";
	printf("%.40s: %016llx %ld %s | %08lx %ld %s\n", s, (unsigned long long)bd, nd, es,
	       (unsigned long)bf, nf, efs);
	CHECK(nd == nf);
	CHECK(atof(s) == d || isnan(d));
}

static uint64_t seed = 88172645463325252u;

static unsigned next(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)(seed % n);
}

int main(void)
{
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++)
		show(STR(inputs[i]));

	/* Generated: 1 to 40 digits, around the ranges' edges too. */
	for (int i = 0; i < 1500; i++) {
		char buf[80];
		int n = 1 + (int)next(40), k = 0;
		for (int j = 0; j < n; j++)
			buf[k++] = (char)('0' + next(10));
		int e = (int)next(700) - 350;
		if (i % 3 == 0)
			e = (int)next(80) - 360;
		snprintf(buf + k, sizeof buf - (size_t)k, "e%d", e);
		show(buf);
	}
	/* Halfway points between doubles, exactly and just above. */
	for (int i = 0; i < 300; i++) {
		char buf[120], *p = buf + 60;
		uint64_t m = ((uint64_t)1 << 52) | ((uint64_t)next(1u << 30) << 22) | next(1u << 22);
		/* (2m + 1) * 2^(e - 1), written out in decimal */
		unsigned __int128 mid = (unsigned __int128)(2 * m + 1) << next(40);
		*p = 0;
		do
			*--p = (char)('0' + (int)(mid % 10));
		while (mid /= 10);
		show(p);
		strcat(p, ".000000000000000000000000000001");
		show(p);
	}

	CHECK(strtold(STR("0.1"), NULL) == 0.1L);
	CHECK(strtold(STR("1e4000"), NULL) == 1e4000L);
	CHECK(strtold(STR("-3.3621031431120935063e-4932"), NULL) == -3.3621031431120935063e-4932L);
	CHECK(strtold(STR("0x1.8p1"), NULL) == 3.0L);
	CHECK(strtold(STR("1.18973149535723176502e+4932"), NULL) == 1.18973149535723176502e+4932L);
	return test_done();
}
