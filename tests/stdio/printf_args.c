// portable
/* Positional arguments, the %n family, and the printf variants that
   write to a descriptor or to the heap. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static char out[256];

int main(void)
{
	int n = snprintf(out, sizeof out, STR("%2$s|%1$d|%3$5.2f|%2$.2s"), 42, "abcdef", 3.14159);
	printf("[%s] %d\n", out, n);

	n = snprintf(out, sizeof out, STR("%1$*2$d|%1$-*2$d|%3$.*4$f|%1$0*2$x"), 255, 6, 2.5, 3);
	printf("[%s] %d\n", out, n);

	/* the width argument negative: left-justified */
	n = snprintf(out, sizeof out, STR("[%2$*1$d]"), -5, 7);
	printf("%s %d\n", out, n);

	n = snprintf(out, sizeof out, STR("%3$Lg %2$lld %1$hhd"), 300, -5LL, 0.125L);
	printf("[%s] %d\n", out, n);

	signed char hh = 0;
	short h = 0;
	long l = 0;
	long long ll = 0;
	intmax_t j = 0;
	size_t z = 0;
	ptrdiff_t t = 0;
	int i = 0;
	n = snprintf(out, sizeof out, STR("a%hhnbc%hndef%ln%lln12345%jn%zn%tn|%n"),
		     &hh, &h, &l, &ll, &j, &z, &t, &i);
	printf("[%s] %d: %d %d %ld %lld %jd %zu %td %d\n", out, n, hh, h, l, ll, j, z, t, i);
	CHECK_EQ(i, 12);

	/* %n counts what would have been written, not what fit */
	n = snprintf(out, 4, STR("abcdefgh%n"), &i);
	printf("[%s] %d %d\n", out, n, i);
	CHECK_EQ(i, 8);

	n = snprintf(out, sizeof out, STR("%2$s%1$n|"), &i, "xyz");
	printf("[%s] %d %d\n", out, n, i);

	char *heap = NULL;
	n = asprintf(&heap, STR("%s-%05d-%.3e"), "heap", 42, 12345.678);
	printf("[%s] %d\n", heap, n);
	free(heap);

	/* longer than any first guess at the size */
	n = asprintf(&heap, STR("%300d|%.100f"), 1, 1.0 / 3);
	printf("%d %zu [%.10s]\n", n, strlen(heap), heap + 300);
	CHECK_EQ(n, (long long)strlen(heap));
	free(heap);

	fflush(stdout);
	n = dprintf(1, STR("dprintf: %d %s %.2f\n"), 7, "fd", 0.005);
	CHECK_EQ(n, 19);
	return test_done();
}
