/* strtod and strtof on the decimal strings programs read: short ones like
   "3.14", integers, 15 and 17 significant digits as printf("%.17g")
   writes them, exponents from e-300 to e300, and a few long or hard ones
   (halfway cases, subnormals, 40 digits). The strings are made here
   without printf, so that only the conversion differs between builds;
   every result's bits go into a checksum. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT 100000
#define WIDTH 48

static char text[COUNT][WIDTH];

static unsigned long long rng = 88172645463325252ull;

static unsigned long long next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Writes `digits` decimal digits of v (leading zeros kept) with a point
   after the first `point` of them (none when point >= digits), then
   e<exp> when with_exp. */
static void put(char *s, unsigned long long v, int digits, int point, int with_exp, int exp)
{
	char d[24];
	for (int i = digits; i-- > 0; v /= 10)
		d[i] = (char)('0' + v % 10);
	if (next() & 1)
		*s++ = '-';
	for (int i = 0; i < digits; i++) {
		if (i == point)
			*s++ = '.';
		*s++ = d[i];
	}
	if (with_exp) {
		*s++ = 'e';
		if (exp < 0) {
			*s++ = '-';
			exp = -exp;
		}
		char e[4];
		int n = 0;
		do
			e[n++] = (char)('0' + exp % 10);
		while (exp /= 10);
		while (n)
			*s++ = e[--n];
	}
	*s = 0;
}

static const char *const hard[] = {
	"9007199254740993",            /* halfway between two doubles */
	"9007199254740992.000000000000000000001",
	"2.2250738585072011e-308",     /* just below the smallest normal */
	"4.9406564584124654e-324",     /* the smallest subnormal */
	"1.7976931348623157e308",
	"0.1000000000000000055511151231257827021181583404541015625",
	"123456789012345678901234567890123456789.5",
	"3.4028235677973366e38",
	"1.00000005960464477539062499",
	"7.0064923216240853546186479164495807e-46",
};

static void make(char *s, int i)
{
	unsigned long long r = next();
	switch (i % 8) {
	case 0: /* short decimals: 3.14, 0.5, 27.25 */
		put(s, r % 10000, 1 + (int)(r >> 40) % 4, 1 + (int)(r >> 50) % 2, 0, 0);
		break;
	case 1: /* integers */
		put(s, r % 1000000000, 1 + (int)(r >> 40) % 9, 99, 0, 0);
		break;
	case 2: /* %.17g of a value near 1 */
	case 3:
		put(s, 10000000000000000ull + r % 90000000000000000ull, 17, 1, 0, 0);
		break;
	case 4: /* %.17g with an exponent anywhere in e-300..e300 */
	case 5:
		put(s, 10000000000000000ull + r % 90000000000000000ull, 17, 1, 1, (int)(r >> 32) % 601 - 300);
		break;
	case 6: /* 15 digits, the most a double keeps */
		put(s, 100000000000000ull + r % 900000000000000ull, 15, 1 + (int)(r >> 40) % 15, (r >> 60) & 1, (int)(r >> 32) % 41 - 20);
		break;
	default:
		if ((i / 8) % 64 == 0)
			strcpy(s, hard[(i / 512) % (sizeof hard / sizeof *hard)]);
		else /* 6 digits with a small exponent, as %g writes them */
			put(s, 100000 + r % 900000, 6, 1, 1, (int)(r >> 32) % 21 - 10);
		break;
	}
}

int main(int argc, char **argv)
{
	(void)argv;
	for (int i = 0; i < COUNT; i++)
		make(text[i], i);

	unsigned long long h = 14695981039346656037ull;
	double sum = 0;
	float fsum = 0;
	long consumed = 0;
	for (int round = 0; round < argc; round++) {
		for (int i = 0; i < COUNT; i++) {
			char *end;
			double d = strtod(text[i], &end);
			consumed += end - text[i];
			unsigned long long b;
			memcpy(&b, &d, sizeof b);
			h = (h ^ b) * 1099511628211ull;
			sum += d < 1e300 && d > -1e300 ? d : 0;

			float f = strtof(text[i], &end);
			consumed += end - text[i];
			unsigned fb;
			memcpy(&fb, &f, sizeof fb);
			h = (h ^ fb) * 1099511628211ull;
			fsum += f < 1e30f && f > -1e30f ? f : 0;
		}
	}
	printf("%d strings: checksum %016llx, %ld bytes read\n", COUNT, h, consumed);
	unsigned long long sb;
	unsigned fb;
	memcpy(&sb, &sum, sizeof sb);
	memcpy(&fb, &fsum, sizeof fb);
	printf("sums %016llx %08x\n", sb, fb);
	return 0;
}
