// portable
/* Many generated inputs for the integer and floating conversions, far
   more than would read well one per line: the results (value bits,
   endptr, errno) are hashed, and the hashes print for the native run to
   compare, one per kind of input so that a mismatch says where. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static uint64_t seed = 0x853c49e6748fea9bu;

static unsigned next(unsigned n)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return (unsigned)((seed >> 11) % n);
}

static uint64_t hash;

static void mix(uint64_t v)
{
	for (int i = 0; i < 8; i++, v >>= 8)
		hash = (hash ^ (v & 0xff)) * 0x100000001b3u;
}

/* errno values differ between systems; their names do not */
static int code(int e)
{
	return e == ERANGE ? 1 : e == EINVAL ? 2 : e == -1 ? -1 : e ? 3 : 0;
}

static void digits(char **p, int n, const char *set)
{
	size_t k = strlen(set);
	for (int i = 0; i < n; i++)
		*(*p)++ = set[next((unsigned)k)];
}

static void floats(int kind, int count)
{
	char buf[200];
	hash = 0xcbf29ce484222325u;
	for (int i = 0; i < count; i++) {
		char *p = buf;
		if (next(4) == 0)
			*p++ = "+- \t"[next(4)];
		switch (kind) {
		case 0:  /* plain decimals with exponents */
			digits(&p, 1 + (int)next(25), "0123456789");
			if (next(2)) {
				*p++ = '.';
				digits(&p, (int)next(25), "0123456789");
			}
			p += sprintf(p, "e%d", (int)next(700) - 350);
			break;
		case 1:  /* near the subnormal range and the overflow edge */
			digits(&p, 1 + (int)next(19), "0123456789");
			if (next(2))
				p += sprintf(p, "e%d", (int)next(40) - 345);
			else
				p += sprintf(p, "e%d", (int)next(20) + 290);
			break;
		case 2:  /* hexadecimal */
			p += sprintf(p, "0x");
			digits(&p, 1 + (int)next(20), "0123456789abcdefABCDEF");
			if (next(2)) {
				*p++ = '.';
				digits(&p, (int)next(10), "0123456789abcdef");
			}
			if (next(4))
				p += sprintf(p, "p%d", (int)next(2300) - 1150);
			break;
		default:  /* junk made of the characters a number is made of */
			digits(&p, (int)next(12), "0123456789.eEpPxX+-infatyINF()_");
			break;
		}
		*p = 0;
		char *end;
		errno = 0;
		double d = strtod(buf, &end);
		int e = ERRNO;
		uint64_t bits;
		memcpy(&bits, &d, sizeof bits);
		if (isnan(d))
			bits = 1;
		if (d != 0 && fabs(d) <= DBL_MIN)
			e = -1;  /* glibc's ERANGE on tiny results is its own */
		mix(bits);
		mix((uint64_t)(end - buf));
		mix((uint64_t)code(e));
		errno = 0;
		float f = strtof(buf, &end);
		e = ERRNO;
		uint32_t fb;
		memcpy(&fb, &f, sizeof fb);
		if (isnan(f))
			fb = 1;
		if (f != 0 && fabsf(f) <= FLT_MIN)
			e = -1;
		mix(fb);
		mix((uint64_t)code(e));
	}
	printf("floats %d: %016llx\n", kind, (unsigned long long)hash);
}

static void integers(int count)
{
	static const int bases[] = { 0, 2, 8, 10, 16, 36 };
	char buf[100];
	hash = 0xcbf29ce484222325u;
	for (int i = 0; i < count; i++) {
		char *p = buf;
		if (next(3) == 0)
			*p++ = "+- "[next(3)];
		if (next(4) == 0)
			p += sprintf(p, "0x");
		/* one draw per statement: argument order is unspecified */
		int n = (int)next(30);
		digits(&p, n, next(2) ? "0123456789" : "0123456789abcdefxyzXYZ");
		*p = 0;
		int base = bases[next(6)];
		char *end;
		errno = 0;
		long long v = strtoll(buf, &end, base);
		mix((uint64_t)v);
		mix((uint64_t)(end - buf));
		mix((uint64_t)code(ERRNO));
		errno = 0;
		unsigned long long u = strtoull(buf, &end, base);
		mix(u);
		mix((uint64_t)(end - buf));
		mix((uint64_t)code(ERRNO));
	}
	printf("integers: %016llx\n", (unsigned long long)hash);
}

int main(void)
{
	integers(1000000);
	floats(0, 30000);
	floats(1, 30000);
	floats(2, 30000);
	floats(3, 30000);
	return test_done();
}
