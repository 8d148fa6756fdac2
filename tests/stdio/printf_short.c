// portable
/* %e %f %g at the short precisions that printf takes its 64-bit path for
   (one division of floor(value * 10^s), no big number): values of every
   size the path covers, near halves and exact halves, which must round
   half-to-even with the bits below the 64 kept as a sticky flag, and
   carries into a new digit (9.995 and the like). The results are hashed
   with glibc's as the expectation; every 4999th is printed. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static unsigned long count;
static uint64_t hash = 14695981039346656037u;
static uint64_t seed = 88172645463325252u;

static uint64_t next(void)
{
	/* xorshift64 */
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static void one(const char *fmt, int prec, double x)
{
	char out[400];
	int n = snprintf(out, sizeof out, fmt, prec, x);
	for (const char *p = out; *p; p++)
		hash = (hash ^ (unsigned char)*p) * 1099511628211u;
	hash = (hash ^ (unsigned)n) * 1099511628211u;
	if (++count % 4999 == 0)
		printf("%s %d %a: %s\n", fmt, prec, x, out);
}

static void all(double x)
{
	static const char *const fmts[] = { "%.*e", "%.*f", "%.*g", "%-+12.*e", "%010.*f", "% .*G" };
	for (size_t f = 0; f < sizeof fmts / sizeof *fmts; f++)
		one(fmts[f], (int)(next() % 19), x);
}

int main(void)
{
	for (int i = 0; i < 30000; i++) {
		uint64_t b = next();
		/* a 53-bit significand scaled by a power of ten from 1e-12 to 1e19 */
		double x = (double)(b >> 11) / 9007199254740992.0;
		for (int e = (int)(next() % 32) - 12; e; e += e > 0 ? -1 : 1)
			x = e > 0 ? x * 10 : x / 10;
		all(i & 1 ? -x : x);
		/* exact halves and quarters at every place up to 16 digits */
		double h = (double)(next() % 100000000) + 0.5 * (double)(next() % 2) + 0.25 * (double)(next() % 2);
		for (int e = (int)(next() % 9); e; e--)
			h /= 2;
		all(h);
		/* nines that carry when rounded */
		double nine = 1.0 - 1.0 / (double)(uint64_t)(next() % 1000000000000 + 2);
		all(nine * (double)(next() % 1000 + 1));
	}
	printf("%lu results, hash %016llx\n", count, (unsigned long long)hash);
	CHECK(count == 540000);
	return test_done();
}
