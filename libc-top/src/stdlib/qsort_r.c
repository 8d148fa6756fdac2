#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "libc.h"
#include "stdlib_impl.h"

/* Introsort behind a cheap adaptive pass.

   The pass walks the array once keeping a sorted prefix: an element not
   below the last one kept extends it; one below it is set aside together
   with that last kept element (so at most twice as many elements are set
   aside as the fewest whose removal leaves the array sorted). When only a
   few are set aside, they are sorted alone and merged back by rotations,
   which costs about one pass for input that is already sorted, reversed,
   or sorted but for a few elements. When many are, the pass stops early
   and the whole array is sorted by introsort: quicksort on a median of
   three (of three medians for long ranges), insertion sort for short
   ranges, and heapsort for a range that has been split too often, which
   bounds the worst case at O(n log n). Recursion goes into the smaller
   side only, so it is at most log2(n) deep.

   Elements move in 8- or 4-byte words when their size and the base
   address allow it, and byte by byte otherwise. The sort is not stable. */

/* Optimized for size: at -O2 inlining and unrolling doubled the code and
   bought nothing, since the time goes into the comparison calls. */
#define SMALL __attribute__((__minsize__))

typedef int (*cmp_fn)(const void *, const void *, void *);

struct ctx {
	size_t size;
	int words;  /* 8: 64-bit words, 4: 32-bit words, 0: bytes */
	cmp_fn cmp;
	void *arg;
};

/* Not inlined: a copy of its three loops at every call. */
__attribute__((__noinline__))
SMALL static void swap(const struct ctx *c, unsigned char *a, unsigned char *b)
{
	size_t n = c->size;
	if (a == b)
		return;
	if (c->words == 8) {
		uint64_t *x = (uint64_t *)(void *)a, *y = (uint64_t *)(void *)b;
		for (n /= 8; n--; x++, y++) {
			uint64_t t = *x;
			*x = *y;
			*y = t;
		}
	} else if (c->words == 4) {
		uint32_t *x = (uint32_t *)(void *)a, *y = (uint32_t *)(void *)b;
		for (n /= 4; n--; x++, y++) {
			uint32_t t = *x;
			*x = *y;
			*y = t;
		}
	} else {
		while (n--) {
			unsigned char t = *a;
			*a++ = *b;
			*b++ = t;
		}
	}
}

SMALL static int cmp(const struct ctx *c, const unsigned char *a, const unsigned char *b)
{
	return c->cmp(a, b, c->arg);
}

/* Reverse the n elements at a. */
SMALL static void reverse(const struct ctx *c, unsigned char *a, size_t n)
{
	unsigned char *z = a + (n - 1) * c->size;
	for (; a < z; a += c->size, z -= c->size)
		swap(c, a, z);
}

/* Exchange the na elements at a with the nb that follow them. */
SMALL static void rotate(const struct ctx *c, unsigned char *a, size_t na, size_t nb)
{
	if (!na || !nb)
		return;
	reverse(c, a, na);
	reverse(c, a + na * c->size, nb);
	reverse(c, a, na + nb);
}

SMALL static void insertion(const struct ctx *c, unsigned char *a, size_t n)
{
	size_t s = c->size;
	for (size_t i = 1; i < n; i++)
		for (unsigned char *p = a + i * s; p > a && cmp(c, p - s, p) > 0; p -= s)
			swap(c, p - s, p);
}

/* Move element `root` down the max-heap of n elements at a. */
SMALL static void sift(const struct ctx *c, unsigned char *a, size_t root, size_t n)
{
	size_t s = c->size;
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && cmp(c, a + child * s, a + (child + 1) * s) < 0)
			child++;
		if (cmp(c, a + root * s, a + child * s) >= 0)
			return;
		swap(c, a + root * s, a + child * s);
		root = child;
	}
}

SMALL static void heapsort(const struct ctx *c, unsigned char *a, size_t n)
{
	for (size_t i = n / 2; i-- > 0;)
		sift(c, a, i, n);
	for (size_t end = n - 1; end > 0; end--) {
		swap(c, a, a + end * c->size);
		sift(c, a, 0, end);
	}
}

SMALL static unsigned char *median3(const struct ctx *c, unsigned char *x, unsigned char *y, unsigned char *z)
{
	if (cmp(c, x, y) < 0) {
		if (cmp(c, y, z) < 0)
			return y;
		return cmp(c, x, z) < 0 ? z : x;
	}
	if (cmp(c, x, z) < 0)
		return x;
	return cmp(c, y, z) < 0 ? z : y;
}

/* Sort n elements at a. Unless `first`, the element before a is a pivot
   already placed, no greater than any of them: when the new pivot equals
   it, the range holds many equal elements, and those are gathered in one
   pass and left out instead of being split again and again. */
SMALL static void introsort(const struct ctx *c, unsigned char *a, size_t n, int first, int depth)
{
	size_t s = c->size;

	while (n > 12) {
		if (depth-- == 0) {
			heapsort(c, a, n);
			return;
		}
		unsigned char *m = a + n / 2 * s, *z = a + (n - 1) * s, *p;
		if (n > 128) {
			size_t e = n / 8 * s;
			p = median3(c, median3(c, a, a + e, a + 2 * e), median3(c, m - e, m, m + e),
				median3(c, z - 2 * e, z - e, z));
		} else {
			p = median3(c, a, m, z);
		}
		swap(c, a, p);

		if (!first && cmp(c, a - s, a) == 0) {
			/* Everything here is >= the pivot: gather the equal ones. */
			size_t k = 1;
			for (size_t i = 1; i < n; i++)
				if (cmp(c, a + i * s, a) <= 0)
					swap(c, a + k++ * s, a + i * s);
			a += k * s;
			n -= k;
			first = 0;
			continue;
		}

		/* Hoare's partition, both scans stopping at elements equal to
		   the pivot so that those end up on both sides. */
		size_t i = 0, j = n;
		for (;;) {
			do
				i++;
			while (i < n && cmp(c, a + i * s, a) < 0);
			do
				j--;
			while (j && cmp(c, a + j * s, a) > 0);  /* j: for a broken cmp */
			if (i >= j)
				break;
			swap(c, a + i * s, a + j * s);
		}
		swap(c, a, a + j * s);

		/* [0, j) <= pivot at j <= (j, n) */
		size_t nl = j, nr = n - j - 1;
		if (nl < nr) {
			introsort(c, a, nl, first, depth);
			a += (j + 1) * s;
			n = nr;
			first = 0;
		} else {
			introsort(c, a + (j + 1) * s, nr, 0, depth);
			n = nl;
		}
	}
	insertion(c, a, n);
}

/* How often a range of n may be split before heapsort takes over:
   twice the depth of perfect splits. */
SMALL static int depth_for(size_t n)
{
	int depth = 0;
	for (; n > 1; n >>= 1)
		depth += 2;
	return depth;
}

/* Merge the sorted na elements at a with the sorted nb that follow. Each
   step puts the tail of the first run and the last element of the second
   in place with one rotation, which suits a short second run. */
SMALL static void merge(const struct ctx *c, unsigned char *a, size_t na, size_t nb)
{
	size_t s = c->size;
	while (na && nb) {
		unsigned char *b = a + na * s;
		/* The tail of the second run not below the first run's last
		   element is in place already. */
		while (nb && cmp(c, b + (nb - 1) * s, b - s) >= 0)
			nb--;
		if (!nb)
			return;
		/* The first element of the first run above the second's last. */
		unsigned char *key = b + (nb - 1) * s;
		size_t lo = 0, hi = na - 1;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (cmp(c, a + mid * s, key) > 0)
				hi = mid;
			else
				lo = mid + 1;
		}
		rotate(c, a + lo * s, na - lo, nb);
		na = lo;
		nb--;
	}
}

/* The adaptive pass (see the top). Returns 0 when it gave up, leaving
   the array a permutation of what it was. */
SMALL static int presorted(const struct ctx *c, unsigned char *a, size_t n)
{
	size_t s = c->size;
	/* Set aside no more than this, so that merging back costs about as
	   much as a pass: each merge step moves the rest of the second run. */
	size_t limit = 32;
	while (limit * limit < 4 * n)
		limit *= 2;

	/* A descending start is reversed first. */
	size_t k = 1;
	if (cmp(c, a, a + s) > 0) {
		while (k < n && cmp(c, a + (k - 1) * s, a + k * s) >= 0)
			k++;
		reverse(c, a, k);
	}

	/* Kept: [0, k), set aside: [k, i). */
	for (size_t i = k; i < n; i++) {
		unsigned char *x = a + i * s;
		if (!k || cmp(c, a + (k - 1) * s, x) <= 0) {
			swap(c, a + k * s, x);
			k++;
		} else if (i + 1 - --k > limit) {
			return 0;
		}
	}
	if (k == n)
		return 1;
	introsort(c, a + k * s, n - k, 1, depth_for(n - k));
	merge(c, a, k, n - k);
	return 1;
}

SMALL void __qsort_r(void *base, size_t n, size_t size, cmp_fn compare, void *arg)
{
	struct ctx c = { size, 0, compare, arg };

	if (n < 2 || size == 0)
		return;
	if (((uintptr_t)base | size) % 8 == 0)
		c.words = 8;
	else if (((uintptr_t)base | size) % 4 == 0)
		c.words = 4;
	if (presorted(&c, base, n))
		return;
	introsort(&c, base, n, 1, depth_for(n));
}

weak_alias(__qsort_r, qsort_r);
