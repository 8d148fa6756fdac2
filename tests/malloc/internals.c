/* What this allocator promises beyond the standard: how it reuses and
   grows blocks, what malloc_usable_size says, and that running out of
   memory returns NULL with ENOMEM rather than trapping. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

size_t malloc_usable_size(void *);
void *reallocarray(void *, size_t, size_t);
void *pvalloc(size_t);
void *memalign(size_t, size_t);

/* Clang may delete an allocation it sees unused, and may assume a new
   block differs from a freed one; laundering the results stops both. */
#define M(n) KEEP(malloc(NUM((size_t)(n))))
#define R(p, n) KEEP(realloc(p, NUM((size_t)(n))))

int main(void)
{
	/* usable size: the request rounded up to 16, less the 4-byte head */
	for (size_t n = 0; n < 200; n++) {
		void *p = malloc(NUM(n));
		size_t u = malloc_usable_size(p);
		if (!(u >= n && u < n + 16 && u % 16 == 12))
			CHECK_EQ(u, n);
		free(p);
	}
	CHECK_EQ(malloc_usable_size(NULL), 0);

	/* a freed block is what the next request of its size gets */
	void *guard = M(8);
	void *a = M(500);
	void *g2 = M(8);
	free(a);
	CHECK(M(500) == a);
	free(a);
	/* and a bigger free block is split for a smaller request */
	CHECK(M(100) == a);
	free(a);

	/* realloc grows in place into a free neighbour above */
	char *x = M(2000);
	char *y = M(3000);
	char *z = M(8);
	memset(x, 'x', 2000);
	free(y);
	CHECK(R(x, 4900) == x);
	CHECK(x[0] == 'x' && x[1999] == 'x');
	/* shrinking stays in place and gives the tail back */
	CHECK(R(x, 20) == x);
	y = M(4000);
	CHECK(y == x + 32);
	free(y);
	free(x);
	free(z);
	free(g2);
	free(guard);

	/* with everything freed all is merged into the top, and the last block
	   grows in place into it, even past the end of memory */
	char *last = M(64);
	char *grown = R(last, 300000);
	CHECK(grown == last);
	grown[299999] = 1;
	free(grown);

	errno = 0;
	CHECK(KEEP(reallocarray(NULL, NUM(SIZE_MAX / 2), 3)) == NULL);
	CHECK_EQ(ERRNO, ENOMEM);
	void *ra = reallocarray(NULL, NUM((size_t)10), 10);
	CHECK(ra != NULL && malloc_usable_size(ra) >= 100);
	free(ra);

	void *pv = pvalloc(NUM((size_t)1));
	CHECK(pv != NULL && ((uintptr_t)pv & 0xffff) == 0 && malloc_usable_size(pv) >= 65536);
	free(pv);
	errno = 0;
	CHECK(KEEP(memalign(NUM((size_t)48), 16)) == NULL);
	CHECK_EQ(ERRNO, EINVAL);

	/* exhaustion: take memory in 16 MiB blocks until none is left */
	static void *blocks[300];
	int n = 0;
	errno = 0;
	while (n < 300 && (blocks[n] = M((size_t)16 << 20)))
		n++;
	CHECK(n > 10 && n < 300);
	CHECK_EQ(ERRNO, ENOMEM);
	/* small requests still succeed from what is left, then fail too */
	void *small = M(1000);
	CHECK(small != NULL);
	free(small);
	for (int i = 0; i < n; i++)
		free(blocks[i]);
	/* after freeing, the same memory serves a larger block */
	void *huge = M((size_t)(n / 2) * (16 << 20));
	CHECK(huge != NULL);
	free(huge);
	return test_done();
}
