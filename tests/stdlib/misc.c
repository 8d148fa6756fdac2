// portable
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include "test.h"

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

int main(void)
{
	div_t d = div(NUM(-7), NUM(2));
	CHECK(d.quot == -3 && d.rem == -1);
	ldiv_t ld = ldiv(NUM(7L), NUM(-2L));
	CHECK(ld.quot == -3 && ld.rem == 1);
	lldiv_t lld = lldiv(NUM(LLONG_MIN), NUM(10LL));
	CHECK(lld.quot == LLONG_MIN / 10 && lld.rem == -8);
	imaxdiv_t im = imaxdiv(NUM((intmax_t)100), NUM((intmax_t)7));
	CHECK(im.quot == 14 && im.rem == 2);
	CHECK_EQ(llabs(NUM(-LLONG_MAX)), LLONG_MAX);
	CHECK_EQ(imaxabs(NUM((intmax_t)-5)), 5);

	int a[100];
	for (int i = 0; i < 100; i++)
		a[i] = 3 * i;
	for (int n = 0; n <= 100; n++) {
		for (int k = -1; k <= 3 * n; k++) {
			int *p = bsearch(&k, a, (size_t)n, sizeof *a, cmp_int);
			if (k >= 0 && k % 3 == 0 && k / 3 < n)
				CHECK(p == &a[k / 3]);
			else
				CHECK(p == NULL);
		}
	}

	return test_done();
}
