/* qsort on arrays of ints and of 24-byte records compared by a key, in the
   shapes real data comes in: random, already sorted, reversed, few
   distinct values, and sorted with a few elements swapped. Each result is
   checked to be in order and folded into a checksum of the keys (qsort is
   not stable, so only the keys' order is the same in both builds).
   With an argument, only the shapes whose name contains it are run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N 100000

struct rec {
	int key;
	int id;
	double weight;
	long long stamp;
};

enum shape { RANDOM, SORTED, REVERSED, FEW, SWAPPED, SHAPES };
static const char *const shape_names[] = { "random", "sorted", "reversed", "few", "swapped" };

static unsigned rng = 2463534242u;

static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

static void fill(int *k, int n, enum shape s)
{
	for (int i = 0; i < n; i++) {
		switch (s) {
		case RANDOM: k[i] = (int)(next() >> 1); break;
		case SORTED: k[i] = i * 3; break;
		case REVERSED: k[i] = (n - i) * 3; break;
		case FEW: k[i] = (int)(next() % 8); break;
		default: k[i] = i * 3; break;
		}
	}
	if (s == SWAPPED) {
		for (int j = 0; j < n / 1000; j++) {
			int a = (int)(next() % (unsigned)n), b = (int)(next() % (unsigned)n);
			int t = k[a];
			k[a] = k[b];
			k[b] = t;
		}
	}
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	return (x->key > y->key) - (x->key < y->key);
}

static unsigned fold(unsigned h, int key)
{
	return (h ^ (unsigned)key) * 16777619u;
}

static int keys[N];
static struct rec recs[N];

int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : "";
	unsigned h = 2166136261u;
	int bad = 0;

	for (int s = 0; s < SHAPES; s++) {
		if (!strstr(shape_names[s], only))
			continue;
		fill(keys, N, s);
		qsort(keys, N, sizeof *keys, cmp_int);
		for (int i = 0; i < N; i++) {
			bad += i && keys[i - 1] > keys[i];
			h = fold(h, keys[i]);
		}

		fill(keys, N, s);
		double wsum = 0;
		for (int i = 0; i < N; i++) {
			recs[i] = (struct rec){ keys[i], i, i * 0.5, (long long)i << 20 };
			wsum += recs[i].weight;
		}
		qsort(recs, N, sizeof *recs, cmp_rec);
		double wafter = 0;
		long long ids = 0;
		for (int i = 0; i < N; i++) {
			bad += i && recs[i - 1].key > recs[i].key;
			bad += recs[i].stamp != (long long)recs[i].id << 20;
			h = fold(h, recs[i].key);
			wafter += recs[i].weight;
			ids += recs[i].id;
		}
		bad += wafter != wsum || ids != (long long)N * (N - 1) / 2;
		printf("%-8s %08x\n", shape_names[s], h);
	}
	printf("checksum %08x, %d out of order\n", h, bad);
	return bad != 0;
}
