// portable
/* The aligned allocators: every power of two from 1 to 1 MiB, with
   blocks around them so that the leading and trailing gaps get reused. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

void *aligned_alloc(size_t, size_t);
int posix_memalign(void **, size_t, size_t);
void *memalign(size_t, size_t);
void *valloc(size_t);

static int aligned(void *p, size_t a)
{
	return ((uintptr_t)p & (a - 1)) == 0;
}

int main(void)
{
	for (size_t a = 1; a <= ((size_t)1 << 20); a <<= 1) {
		void *before = malloc(NUM((size_t)40));
		unsigned char *p = aligned_alloc(a, NUM((size_t)100));
		void *after = malloc(NUM((size_t)40));
		CHECK(p != NULL && aligned(p, a) && aligned(p, 16));
		memset(p, 0x5a, 100);
		void *q = NULL;
		CHECK_EQ(posix_memalign(&q, a < sizeof(void *) ? sizeof(void *) : a, NUM((size_t)3000)), 0);
		CHECK(q != NULL && aligned(q, a));
		memset(q, 0xa5, 3000);
		unsigned char *m = memalign(a, NUM((size_t)7));
		CHECK(m != NULL && aligned(m, a));
		memset(m, 0x11, 7);
		CHECK(p[0] == 0x5a && p[99] == 0x5a && m[6] == 0x11);
		free(before);
		free(p);
		free(q);
		free(m);
		free(after);
	}

	void *v = valloc(NUM((size_t)10));
	CHECK(v != NULL && aligned(v, 4096));
	free(v);

	/* posix_memalign reports errors by value: the alignment must be a
	   power of two and a multiple of sizeof(void *) */
	void *untouched = &untouched;
	void *r = untouched;
	CHECK_EQ(posix_memalign(&r, NUM((size_t)24), 16), EINVAL);
	CHECK_EQ(posix_memalign(&r, NUM((size_t)2), 16), EINVAL);
	CHECK_EQ(posix_memalign(&r, NUM((size_t)0), 16), EINVAL);
	CHECK(r == untouched);
	CHECK_EQ(posix_memalign(&r, 64, NUM(SIZE_MAX - 100)), ENOMEM);
	CHECK(r == untouched);

	errno = 0;
	CHECK(KEEP(aligned_alloc(NUM((size_t)64), NUM(SIZE_MAX - 10))) == NULL);
	CHECK_EQ(ERRNO, ENOMEM);
	return test_done();
}
