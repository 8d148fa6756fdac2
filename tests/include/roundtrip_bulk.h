/* The bulk printf/strtod round trip, shared by tests/stdio/roundtrip_bulk_*.c
   (each runs half, so the two halves run on two cores): for COUNT random
   double bit patterns from SEED, "%.17g" then strtod gives back the same
   bits, and every eighth value does the same as a float with "%.9g" and
   strtof. Prints the mismatches and a hash of the text, which glibc's
   build must reproduce byte for byte. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

static uint64_t bulk_state;

static uint64_t bulk_next(void)
{
	/* splitmix64 */
	uint64_t z = (bulk_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

static int roundtrip_bulk(uint64_t seed, long count)
{
	char buf[64];
	long bad = 0, badf = 0, done = 0;
	uint64_t hash = 0xcbf29ce484222325u;
	bulk_state = seed;
	for (long i = 0; i < count; i++) {
		uint64_t bits = bulk_next();
		double v, w;
		memcpy(&v, &bits, sizeof v);
		if (v != v)
			continue;
		int n = snprintf(buf, sizeof buf, "%.17g", v);
		for (int k = 0; k < n; k++)
			hash = (hash ^ (unsigned char)buf[k]) * 0x100000001b3u;
		w = strtod(buf, NULL);
		if (memcmp(&v, &w, sizeof v))
			bad++;
		if (i % 8 == 0) {
			uint32_t fbits = (uint32_t)(bits >> 32);
			float f, g;
			memcpy(&f, &fbits, sizeof f);
			if (f == f) {
				snprintf(buf, sizeof buf, "%.9g", f);
				g = strtof(buf, NULL);
				if (memcmp(&f, &g, sizeof f))
					badf++;
			}
		}
		done++;
	}
	printf("%ld values: %ld double and %ld float mismatches; text hash %016llx\n",
	       done, bad, badf, (unsigned long long)hash);
	CHECK_EQ(bad, 0);
	CHECK_EQ(badf, 0);
	return test_done();
}
