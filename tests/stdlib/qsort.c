// portable
/* qsort: every order of small arrays, large random ones, duplicates,
   element sizes that are not words. */
#include <stdlib.h>
#include <string.h>

#include "test.h"

static int by_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

struct rec {
	char key[3];
};

static int by_key(const void *a, const void *b)
{
	return memcmp(((const struct rec *)a)->key, ((const struct rec *)b)->key, 3);
}

static unsigned long seed = 12345;

static unsigned next(void)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(seed >> 33);
}

static int sorted(const int *a, int n)
{
	for (int i = 1; i < n; i++)
		if (a[i - 1] > a[i])
			return 0;
	return 1;
}

int main(void)
{
	static int a[20000];
	for (int n = 0; n <= 7; n++) {
		for (int trial = 0; trial < 200; trial++) {
			for (int i = 0; i < n; i++)
				a[i] = next() % 4;
			qsort(a, n, sizeof *a, by_int);
			CHECK(sorted(a, n));
		}
	}
	long long sum = 0, after = 0;
	for (int i = 0; i < 20000; i++)
		sum += a[i] = (int)(next() % 1000) - 500;
	qsort(a, 20000, sizeof *a, by_int);
	CHECK(sorted(a, 20000));
	for (int i = 0; i < 20000; i++)
		after += a[i];
	CHECK_EQ(after, sum);
	for (int i = 0; i < 20000; i++)
		a[i] = 20000 - i;
	qsort(a, 20000, sizeof *a, by_int);
	CHECK(sorted(a, 20000) && a[0] == 1);

	struct rec r[500];
	for (int i = 0; i < 500; i++)
		for (int j = 0; j < 3; j++)
			r[i].key[j] = (char)('a' + next() % 26);
	qsort(r, 500, sizeof *r, by_key);
	int ok = 1;
	for (int i = 1; i < 500; i++)
		ok &= by_key(&r[i - 1], &r[i]) <= 0;
	CHECK(ok);
	qsort(NULL, 0, 4, by_int);
	return test_done();
}
