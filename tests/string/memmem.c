// portable
/* memmem and strstr on random text over small alphabets, where periodic
   needles and near misses are common, against glibc; and a needle that
   makes a naive search quadratic, which must still be quick. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	unsigned s = 1;
	unsigned long sum = 0;
	unsigned char h[64], n[12];
	for (int t = 0; t < 200000; t++) {
		s = s * 1103515245u + 12345u;
		unsigned alpha = 2 + (s >> 28) % 3;
		size_t hl = (s >> 8) % 40, nl = (s >> 16) % 10;
		for (size_t i = 0; i < hl; i++) {
			s = s * 1103515245u + 12345u;
			h[i] = (unsigned char)('a' + (s >> 16) % alpha);
		}
		for (size_t i = 0; i < nl; i++) {
			s = s * 1103515245u + 12345u;
			n[i] = (unsigned char)('a' + (s >> 16) % alpha);
		}
		if ((s & 3) == 0 && hl > nl && nl) {
			size_t at = (s >> 4) % (hl - nl + 1);
			memcpy(n, h + at, nl);
		}
		unsigned char *m = memmem(KEEP(h), hl, KEEP(n), nl);
		sum = sum * 33 + (m ? (unsigned long)(m - h) + 1 : 0);
		h[hl] = n[nl] = 0;
		char *f = strstr(STR(h), STR(n));
		sum = sum * 33 + (f ? (unsigned long)(f - (char *)h) + 1 : 0);
	}
	printf("random searches %08lx\n", sum & 0xffffffffUL);

	size_t big = 1 << 20, nl = 2000;
	char *hay = malloc(big + 1), *needle = malloc(nl + 1);
	memset(hay, 'a', big);
	hay[big] = 0;
	memset(needle, 'a', nl);
	needle[nl - 1] = 'b';
	needle[nl] = 0;
	CHECK(memmem(hay, big, needle, nl) == NULL);
	CHECK(strstr(hay, needle) == NULL);
	hay[big - 1] = 'b';
	CHECK(memmem(hay, big, needle, nl) == hay + big - nl);
	CHECK(strstr(hay, needle) == hay + big - nl);
	free(hay);
	free(needle);
	return test_done();
}
