// portable
/* printf then sscanf gives back the same value: %.17g and %a for random
   double bit patterns, %.9g for floats, %.36Lg for long doubles made from
   doubles. Prints the mismatch counts and a hash of the parsed bits. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static uint64_t seed = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

int main(void)
{
	char buf[64];
	int bad = 0, badf = 0, badl = 0;
	uint64_t hash = 0;
	for (int i = 0; i < 20000; i++) {
		uint64_t bits = next();
		/* mostly ordinary magnitudes, some anywhere in the range */
		if (i % 4)
			bits = (bits & 0x800fffffffffffffu) | ((uint64_t)(1023 - 60 + (int)(next() % 120)) << 52);
		double v, w = 0, x = 0;
		memcpy(&v, &bits, sizeof v);
		if (v != v)
			continue;
		snprintf(buf, sizeof buf, "%.17g", v);
		sscanf(buf, "%lf", &w);
		snprintf(buf, sizeof buf, "%a", v);
		sscanf(buf, "%lf", &x);
		uint64_t wb, xb;
		memcpy(&wb, &w, sizeof wb);
		memcpy(&xb, &x, sizeof xb);
		bad += wb != bits || xb != bits;
		hash = (hash ^ wb) * 1099511628211u;

		float f = (float)v, g = 0;
		snprintf(buf, sizeof buf, "%.9g", (double)f);
		sscanf(buf, "%f", &g);
		badf += memcmp(&f, &g, sizeof f) != 0;

		if (i % 8 == 0) {
			long double l = (long double)v * (long double)v, m = 0;
			snprintf(buf, sizeof buf, "%.36Lg", l);
			sscanf(buf, "%Lf", &m);
			badl += l != m && l == l;
		}
	}
	printf("mismatches: double %d, float %d, long double %d; hash %016llx\n", bad, badf, badl,
	       (unsigned long long)hash);
	CHECK_EQ(bad + badf + badl, 0);
	return test_done();
}
