// portable
/* qsort and qsort_r on the shapes an adaptive sort treats apart: sorted,
   reversed, sorted but for a few swaps (fewer and more than it sets
   aside), a sorted run then noise, organ pipes, sawteeth, few distinct
   values, all equal, random; with element sizes moved by 8-byte words,
   4-byte words and bytes. Each result must be in order and a permutation
   of the input, and the comparisons must stay within O(n log n). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"

/* POSIX 2024; neither header set here declares it. */
void qsort_r(void *, size_t, size_t, int (*)(const void *, const void *, void *), void *);

struct rec {
	int key;
	int id;
	char pad[16];  /* 24 bytes, 8-aligned: moved in 64-bit words */
};
struct rec12 {
	int key;
	int id;
	int pad;  /* 12 bytes: 32-bit words */
};
struct rec9 {
	char b[9];  /* key in b[0..3], id in b[4..7]: bytes */
};

static unsigned long long seed = 42;

static unsigned next(void)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(seed >> 33);
}

enum { SORTED, REVERSED, FEW_SWAPS, MANY_SWAPS, TAIL_NOISE, ORGAN, SAW, FEW_VALUES, EQUAL, RANDOM, SHAPES };

static void make(int *k, int n, int shape)
{
	for (int i = 0; i < n; i++) {
		switch (shape) {
		case REVERSED: k[i] = n - i; break;
		case TAIL_NOISE: k[i] = i < n * 9 / 10 ? i : (int)(next() % (unsigned)n); break;
		case ORGAN: k[i] = i < n / 2 ? i : n - i; break;
		case SAW: k[i] = i % 37; break;
		case FEW_VALUES: k[i] = (int)(next() % 5); break;
		case EQUAL: k[i] = 7; break;
		case RANDOM: k[i] = (int)(next() % 1000000); break;
		default: k[i] = i / 2; break;  /* sorted, with pairs of equal keys */
		}
	}
	int swaps = shape == FEW_SWAPS ? n / 500 + 1 : shape == MANY_SWAPS ? n / 20 + 1 : 0;
	for (int s = 0; n && s < swaps; s++) {
		int a = (int)(next() % (unsigned)n), b = (int)(next() % (unsigned)n), t = k[a];
		k[a] = k[b];
		k[b] = t;
	}
}

static long calls;

static int by_rec(const void *a, const void *b)
{
	int x = ((const struct rec *)a)->key, y = ((const struct rec *)b)->key;
	calls++;
	return (x > y) - (x < y);
}

static int by_rec12(const void *a, const void *b, void *arg)
{
	int x = ((const struct rec12 *)a)->key, y = ((const struct rec12 *)b)->key;
	++*(long *)arg;
	return (x > y) - (x < y);
}

static int key9(const struct rec9 *r)
{
	int k;
	memcpy(&k, r->b, sizeof k);
	return k;
}

static int by_rec9(const void *a, const void *b)
{
	int x = key9(a), y = key9(b);
	calls++;
	return (x > y) - (x < y);
}

static long bound(int n)
{
	long lg = 1;
	while ((1L << lg) < n)
		lg++;
	return 4L * n * lg + 4L * n + 16;
}

#define MAXN 30000
static int keys[MAXN];
static struct rec r24[MAXN];
static struct rec12 r12[MAXN];
static struct rec9 r9[MAXN + 1];  /* room to shift by a byte */
static char seen[MAXN];

/* In order, and each id exactly once with its own key. */
#define CHECK_RESULT(arr, n, keyof, idof)                                          \
	do {                                                                       \
		int ok = 1;                                                        \
		memset(seen, 0, (size_t)(n));                                      \
		for (int i = 0; i < (n); i++) {                                    \
			int id = idof(arr[i]);                                     \
			if (i && keyof(arr[i - 1]) > keyof(arr[i]))                \
				ok = 0;                                            \
			if (id < 0 || id >= (n) || seen[id] || keys[id] != keyof(arr[i])) \
				ok = 0;                                            \
			else                                                       \
				seen[id] = 1;                                      \
		}                                                                  \
		CHECK(ok);                                                         \
	} while (0)

#define KEY(r) ((r).key)
#define ID(r) ((r).id)
#define KEY9(r) key9(&(r))
static int id9(struct rec9 r)
{
	int id;
	memcpy(&id, r.b + 4, sizeof id);
	return id;
}
#define ID9(r) id9(r)

int main(void)
{
	static const int sizes[] = { 0, 1, 2, 3, 5, 13, 14, 33, 100, 129, 1000, 4097, MAXN };
	int failures = 0;
	for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
		int n = sizes[z];
		for (int shape = 0; shape < SHAPES; shape++) {
			make(keys, n, shape);

			for (int i = 0; i < n; i++)
				r24[i] = (struct rec){ keys[i], i, { 0 } };
			calls = 0;
			qsort(r24, (size_t)n, sizeof *r24, by_rec);
			CHECK_RESULT(r24, n, KEY, ID);
			if (calls > bound(n)) {
				printf("24-byte n=%d shape %d: %ld comparisons\n", n, shape, calls);
				failures++;
			}

			long count = 0;
			for (int i = 0; i < n; i++)
				r12[i] = (struct rec12){ keys[i], i, -i };
			qsort_r(r12, (size_t)n, sizeof *r12, by_rec12, &count);
			CHECK_RESULT(r12, n, KEY, ID);
			for (int i = 0; i < n; i++)
				CHECK(r12[i].pad == -r12[i].id);
			if (count > bound(n)) {
				printf("12-byte n=%d shape %d: %ld comparisons\n", n, shape, count);
				failures++;
			}

			for (int i = 0; i < n; i++) {
				memcpy(r9[i].b, &keys[i], 4);
				memcpy(r9[i].b + 4, &i, 4);
				r9[i].b[8] = (char)i;
			}
			calls = 0;
			/* from an odd address, so that nothing is aligned */
			memmove((char *)r9 + 1, r9, sizeof *r9 * (size_t)n);
			struct rec9 *odd = (struct rec9 *)(void *)((char *)r9 + 1);
			qsort(odd, (size_t)n, sizeof *odd, by_rec9);
			memmove(r9, odd, sizeof *r9 * (size_t)n);
			CHECK_RESULT(r9, n, KEY9, ID9);
			for (int i = 0; i < n; i++)
				CHECK(r9[i].b[8] == (char)id9(r9[i]));
			if (calls > bound(n)) {
				printf("9-byte n=%d shape %d: %ld comparisons\n", n, shape, calls);
				failures++;
			}
		}
	}
	CHECK(failures == 0);
	return test_done();
}
