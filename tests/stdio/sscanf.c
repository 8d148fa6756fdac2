// portable
/* sscanf against glibc: every conversion, widths, suppression, %n, %[,
   %m, %i's bases, and the counts that matching and input failures give. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	int a = -1, b = -1, c = -1, n = -1, r;
	unsigned u = 0;
	char s1[64], s2[64];

	r = sscanf(STR("  42 -17 +8"), STR("%d%d%d"), &a, &b, &c);
	printf("%d: %d %d %d\n", r, a, b, c);
	r = sscanf(STR("0x1f 017 99 0X0 -0x10"), STR("%i %i %i %i %i"), &a, &b, &c, &n, (int *)&u);
	printf("%d: %d %d %d %d %d\n", r, a, b, c, n, (int)u);
	r = sscanf(STR("ff 777 1010 FFfF"), STR("%x %o %u %X"), &a, &b, &u, &c);
	printf("%d: %d %d %u %d\n", r, a, b, u, c);
	r = sscanf(STR("12345678"), STR("%3d%2d%n%d"), &a, &b, &n, &c);
	printf("%d: %d %d %d %d\n", r, a, b, n, c);
	r = sscanf(STR("abc def"), STR("%s%n %2s"), s1, &n, s2);
	printf("%d: %s %d %s\n", r, s1, n, s2);
	r = sscanf(STR("key=value;rest"), STR("%[a-z]=%[^;];%s"), s1, s2, s1 + 32);
	printf("%d: %s %s %s\n", r, s1, s2, s1 + 32);
	r = sscanf(STR("]]x-y"), STR("%[]]%[-xy]"), s1, s2);
	printf("%d: %s %s\n", r, s1, s2);
	r = sscanf(STR("a-^b"), STR("%[^-a]%[-^a]%s"), s1, s2, s1 + 32);
	printf("%d: %s\n", r, s2);
	r = sscanf(STR("x-y^b"), STR("%[^-]%[-^a-z]"), s1, s2);
	printf("%d: %s %s\n", r, s1, s2);
	memset(s1, 0, sizeof s1);
	r = sscanf(STR("abcdef"), STR("%c%3c"), s1, s1 + 10);
	printf("%d: %s %s\n", r, s1, s1 + 10);
	r = sscanf(STR("10 20 30"), STR("%*d %d %*d%n"), &a, &n);
	printf("%d: %d %d\n", r, a, n);
	r = sscanf(STR("100%"), STR("%d%%"), &a);
	printf("%d: %d\n", r, a);

	/* lengths */
	signed char hh;
	short h;
	long l;
	long long ll;
	intmax_t j;
	size_t z;
	r = sscanf(STR("-3 -300 -70000 -9000000000 123456789012 77"), STR("%hhd %hd %ld %lld %jd %zu"),
		   &hh, &h, &l, &ll, &j, &z);
	printf("%d: %d %d %ld %lld %jd %zu\n", r, hh, h, l, ll, j, z);
	void *p;
	r = sscanf(STR("0x1234"), STR("%p"), &p);
	printf("%d: %d\n", r, p == (void *)0x1234);

	/* failures */
	a = b = -1;
	printf("%d\n", sscanf(STR(""), STR("%d"), &a));
	printf("%d\n", sscanf(STR("   "), STR("%d"), &a));
	printf("%d\n", sscanf(STR("x"), STR("%d"), &a));
	r = sscanf(STR("5 x"), STR("%d %d"), &a, &b);
	printf("%d %d %d\n", r, a, b);
	printf("%d\n", sscanf(STR("5"), STR("%d %d"), &a, &b));
	printf("%d\n", sscanf(STR("abc"), STR("abd%d"), &a));
	printf("%d\n", sscanf(STR("ab"), STR("abc%d"), &a));
	printf("%d\n", sscanf(STR("-"), STR("%d"), &a));
	printf("%d\n", sscanf(STR("1"), STR("%d%n"), &a, &n));
	printf("%d\n", sscanf(STR(""), STR("%n"), &n));
	printf("%d\n", sscanf(STR("abc"), STR("%[0-9]"), s1));

	/* %m allocates */
	char *m1 = NULL, *m2 = NULL;
	r = sscanf(STR("hello world!"), STR("%ms %m[a-z!]"), &m1, &m2);
	printf("%d: %s %s\n", r, m1, m2);
	free(m1);
	free(m2);

	/* wide conversions, ASCII only so that glibc's "C" locale agrees */
	wchar_t w1[16], w2[16], wc[3];
	r = sscanf(STR("wide words xyz!"), STR("%ls %3ls%3lc"), w1, w2, wc);
	printf("%d: %lc%lc%lc%lc %lc%lc%lc %lc%lc%lc\n", r, (unsigned)w1[0], (unsigned)w1[1], (unsigned)w1[2],
	       (unsigned)w1[3], (unsigned)w2[0], (unsigned)w2[1], (unsigned)w2[2], (unsigned)wc[0],
	       (unsigned)wc[1], (unsigned)wc[2]);
	r = sscanf(STR("aab!"), STR("%l[ab]%n"), w1, &n);
	printf("%d: %d %d\n", r, n, w1[2] == L'b' && w1[3] == 0);

	/* floating point */
	float f;
	double d;
	long double ld;
	static const char *const inputs[] = {
		"0", "-0", "1", "0.1", "1e23", "2.5e-324", "2.4703282292062328e-324",
		"2.4703282292062327e-324", "4.9406564584124654e-324", "1.7976931348623157e308",
		"1.7976931348623158e308", "1.7976931348623159e308", "1e309", "1e-400", "0x1.8p1",
		"0x1p-1074", "0x1.fffffffffffff8p1023", "-0x.8p-2", "inf", "-INFINITY", "nan",
		"123.456e-2", ".5", "5.", "9007199254740993",
		"9007199254740993.00000000000000000000000000000000001",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "3.4028235e38", "1.17549435e-38",
		"7.038531e-26", "123456789012345678901234567890", "0.000000000000000000000000000001",
	};
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		r = sscanf(STR(inputs[i]), STR("%f"), &f);
		int r2 = sscanf(STR(inputs[i]), STR("%lf%n"), &d, &n);
		int r3 = sscanf(STR(inputs[i]), STR("%Lf"), &ld);
		printf("%-26s %d %.9g | %d %a %.17g %d | %d %.20Lg\n", inputs[i], r, f, r2, d, d, n,
		       r3, (long double)(double)ld == ld ? ld : (long double)(double)ld);
	}
	r = sscanf(STR("3.25e2abc"), STR("%lf%s"), &d, s1);
	printf("%d %g %s\n", r, d, s1);
	r = sscanf(STR("12345.678"), STR("%4lf%lf"), &d, (double *)&ld);
	printf("%d %g %g\n", r, d, *(double *)&ld);
	return test_done();
}
