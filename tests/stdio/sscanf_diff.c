// portable
/* The differential scanf test: generated inputs (integers in every base
   and form, decimal and hexadecimal floating point of every length and
   exponent, exact midpoints between neighbouring doubles and floats and
   their near misses) go through sscanf, and the results, counts and %n
   positions are hashed; glibc's hash is the expectation. Every 499th
   result is shown. Run with any argument to print them all. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static int verbose;
static unsigned long count;
static uint64_t hash = 14695981039346656037u;
static uint64_t seed = 0x243f6a8885a308d3u;

static uint64_t next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static void mix(uint64_t v)
{
	for (int i = 0; i < 8; i++, v >>= 8)
		hash = (hash ^ (v & 255)) * 1099511628211u;
}

static void show(const char *fmt, const char *in, int r, int n, uint64_t bits)
{
	mix((uint64_t)(unsigned)r);
	mix((uint64_t)(unsigned)n);
	mix(bits);
	if (verbose || count % 499 == 0)
		printf("%s [%.60s] %d %d %016llx\n", fmt, in, r, n, (unsigned long long)bits);
	count++;
}

static void scan_double(const char *in)
{
	double d = 0;
	float f = 0;
	int n = -1;
	uint64_t b;
	uint32_t fb;
	int r = sscanf(in, "%lf%n", &d, &n);
	memcpy(&b, &d, sizeof b);
	show("%lf", in, r, n, b);
	n = -1;
	r = sscanf(in, "%f%n", &f, &n);
	memcpy(&fb, &f, sizeof fb);
	show("%f", in, r, n, fb);
	n = -1;
	r = sscanf(in, "%5lf%n", &d, &n);
	memcpy(&b, &d, sizeof b);
	show("%5lf", in, r, n, r == 1 ? b : 0);
}

static void scan_int(const char *in)
{
	static const char *const fmts[] = { "%i%n", "%d%n", "%x%n", "%o%n", "%u%n", "%3i%n", "%lli%n", "%hhx%n" };
	for (int k = 0; k < 8; k++) {
		long long v = 0;
		int n = -1;
		int r = sscanf(in, fmts[k], &v, &n);
		show(fmts[k], in, r, n, (uint64_t)v);
	}
}

int main(int argc, char **argv)
{
	(void)argv;
	verbose = argc > 1;
	char in[1100];

	for (int i = 0; i < 4000; i++) {
		/* decimal: digits, a point, an exponent, each maybe */
		char *p = in;
		uint64_t r = next();
		if (r & 1) *p++ = r & 2 ? '-' : '+';
		int nd = 1 + (int)(next() % (r & 4 ? 40 : 20));
		int point = (int)(next() % (nd + 2)) - 1;
		for (int k = 0; k < nd; k++) {
			if (k == point) *p++ = '.';
			*p++ = (char)('0' + next() % 10);
		}
		if (r & 8)
			p += sprintf(p, "%c%d", r & 16 ? 'e' : 'E', (int)(next() % 700) - 350);
		*p = 0;
		scan_double(in);
	}
	for (int i = 0; i < 2000; i++) {
		/* hexadecimal */
		char *p = in;
		p += sprintf(p, "%s0x", next() & 1 ? "-" : "");
		int nd = 1 + (int)(next() % 20);
		for (int k = 0; k < nd; k++)
			*p++ = "0123456789abcdefABCDEF."[next() % (k ? 23 : 22)];
		if (next() & 1)
			p += sprintf(p, "p%d", (int)(next() % 2300) - 1150);
		*p = 0;
		if (strchr(strchr(in, 'x'), '.') != strrchr(in, '.'))
			continue;  /* two points */
		scan_double(in);
	}
	for (int i = 0; i < 1500; i++) {
		/* the exact midpoint between two neighbouring doubles, and
		   just above and below it */
		uint64_t b = next() >> (i % 3 ? 1 : 12);
		double a, c;
		memcpy(&a, &b, sizeof a);
		b++;
		memcpy(&c, &b, sizeof c);
		if (a != a || c != c || c - a != c - a)
			continue;
		long double mid = ((long double)a + (long double)c) / 2;
		int len = snprintf(in, sizeof in - 2, "%.760Le", mid);
		scan_double(in);
		/* just above: a 1 after the last digit of the mantissa */
		char *e = strchr(in, 'e');
		char exp[16];
		strcpy(exp, e);
		strcpy(e, "1");
		strcat(in, exp);
		scan_double(in);
		(void)len;
	}
	for (int i = 0; i < 500; i++) {
		/* float midpoints, exact in double */
		uint32_t b = (uint32_t)(next() >> 33);
		float a, c;
		memcpy(&a, &b, sizeof a);
		b++;
		memcpy(&c, &b, sizeof c);
		if (a != a || c != c || c - a != c - a)
			continue;
		snprintf(in, sizeof in, "%.160e", ((double)a + (double)c) / 2);
		scan_double(in);
	}
	static const char *const words[] = {
		"inf", "-Infinity", "NAN", "nan(abc)", "infx", "+nan", "1e", "1e+", ".e1", "0x",
		"0x1p", "00012", " \t 42", "1.5e-400", "1e-5000", "1e400", "0x1p-1075", "0x1p-1074",
		"0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "4.9e-324", "2.47032822920623272e-324",
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		scan_double(words[i]);

	for (int i = 0; i < 3000; i++) {
		char *p = in;
		uint64_t r = next();
		if (r & 1) *p++ = " \t\n"[next() % 3];
		if (r & 2) *p++ = r & 4 ? '-' : '+';
		if (r & 8) p += sprintf(p, "%s", r & 16 ? "0x" : "0X");
		else if (r & 32) *p++ = '0';
		int nd = (int)(next() % 22);
		for (int k = 0; k < nd; k++)
			*p++ = "0123456789abcdefxyzG"[next() % (r & 64 ? 20 : 10)];
		*p = 0;
		scan_int(in);
	}

	printf("%lu results, hash %016llx\n", count, (unsigned long long)hash);
	CHECK(count > 50000);
	return test_done();
}
