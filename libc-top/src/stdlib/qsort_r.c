#include <stddef.h>
#include <stdlib.h>
#include "libc.h"
#include "stdlib_impl.h"

/* Heapsort: O(n log n) comparisons in the worst case, no extra memory.
   Elements are swapped byte by byte, since their size and alignment are
   whatever the caller says. */

static void swap(unsigned char *a, unsigned char *b, size_t size)
{
	while (size--) {
		unsigned char t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

/* Move the element at `root` down until the heap of `n` elements below it
   is ordered again (each parent no less than its children). */
static void sift(unsigned char *base, size_t root, size_t n, size_t size,
	int (*cmp)(const void *, const void *, void *), void *arg)
{
	for (;;) {
		size_t child = 2 * root + 1;
		if (child >= n)
			return;
		if (child + 1 < n && cmp(base + child * size, base + (child + 1) * size, arg) < 0)
			child++;
		if (cmp(base + root * size, base + child * size, arg) >= 0)
			return;
		swap(base + root * size, base + child * size, size);
		root = child;
	}
}

void __qsort_r(void *base, size_t n, size_t size,
	int (*cmp)(const void *, const void *, void *), void *arg)
{
	unsigned char *b = base;

	if (n < 2 || size == 0)
		return;
	for (size_t i = n / 2; i-- > 0;)
		sift(b, i, n, size, cmp, arg);
	for (size_t end = n - 1; end > 0; end--) {
		swap(b, b + end * size, size);
		sift(b, 0, end, size, cmp, arg);
	}
}

weak_alias(__qsort_r, qsort_r);
