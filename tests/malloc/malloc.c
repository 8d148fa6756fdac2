// portable
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static int aligned(void *p)
{
	return ((uintptr_t)p & 15) == 0;
}

int main(void)
{
	/* every size gets max_align_t alignment and its own usable bytes */
	static unsigned char *blocks[64];
	for (size_t i = 0; i < 64; i++) {
		blocks[i] = malloc(NUM(i * 3));
		CHECK(blocks[i] != NULL && aligned(blocks[i]));
		memset(blocks[i], (int)i, i * 3);
	}
	int intact = 1;
	for (size_t i = 0; i < 64; i++)
		for (size_t j = 0; j < i * 3; j++)
			if (blocks[i][j] != i)
				intact = 0;
	CHECK(intact);
	for (size_t i = 0; i < 64; i += 2)
		free(blocks[i]);
	for (size_t i = 0; i < 64; i += 2) {
		blocks[i] = malloc(NUM(i * 3));
		CHECK(blocks[i] != NULL && aligned(blocks[i]));
	}
	for (size_t i = 0; i < 64; i++)
		free(blocks[i]);

	/* malloc(0) and free(NULL) */
	void *z = KEEP(malloc(NUM((size_t)0)));
	CHECK(z != NULL || errno == 0);
	free(z);
	free(NULL);

	/* freed memory is reused: 8 GiB in 1 MiB blocks cannot fit otherwise */
	int reused = 1;
	for (int i = 0; i < 8192; i++) {
		char *p = malloc(NUM((size_t)1 << 20));
		if (!p) {
			reused = 0;
			break;
		}
		p[0] = 1;
		p[(1 << 20) - 1] = 2;
		free(p);
	}
	CHECK(reused);

	/* a large block, written end to end */
	size_t big = NUM((size_t)48 << 20);
	unsigned char *b = malloc(big);
	CHECK(b != NULL && aligned(b));
	if (b) {
		memset(b, 0xa5, big);
		CHECK(b[0] == 0xa5 && b[big / 2] == 0xa5 && b[big - 1] == 0xa5);
		free(b);
	}

	/* calloc clears, including memory that held something before */
	unsigned char *dirty = malloc(256);
	memset(dirty, 0xff, 256);
	free(dirty);
	unsigned *c = calloc(NUM((size_t)64), sizeof *c);
	CHECK(c != NULL && aligned(c));
	int zero = 1;
	for (int i = 0; c && i < 64; i++)
		if (c[i])
			zero = 0;
	CHECK(zero);
	free(c);

	/* overflowing requests fail cleanly with ENOMEM (KEEP stops the
	   compiler from deleting an allocation whose result is only compared) */
	errno = 0;
	CHECK(KEEP(calloc(NUM(SIZE_MAX / 2), 3)) == NULL);
	CHECK_EQ(ERRNO, ENOMEM);
	errno = 0;
	CHECK(KEEP(calloc(NUM(SIZE_MAX / 4 + 1), 8)) == NULL);
	CHECK_EQ(ERRNO, ENOMEM);
	errno = 0;
	CHECK(KEEP(malloc(NUM(SIZE_MAX))) == NULL);
	CHECK_EQ(ERRNO, ENOMEM);
	errno = 0;
	CHECK(KEEP(malloc(NUM(SIZE_MAX - 8))) == NULL);
	CHECK_EQ(ERRNO, ENOMEM);

	/* realloc keeps the contents up to the smaller size */
	char *r = realloc(NULL, 10);
	CHECK(r != NULL);
	memcpy(r, "012345678", 10);
	r = realloc(r, NUM((size_t)100000));
	CHECK(r != NULL && aligned(r) && strcmp(r, "012345678") == 0);
	r = realloc(r, NUM((size_t)4));
	CHECK(r != NULL && memcmp(r, "0123", 4) == 0);
	char *keep = KEEP(r);
	errno = 0;
	CHECK(KEEP(realloc(r, NUM(SIZE_MAX))) == NULL);
	CHECK_EQ(ERRNO, ENOMEM);
	CHECK(memcmp(keep, "0123", 4) == 0); /* a failed realloc leaves the block */
	free(keep);

	/* many growing reallocs, as a string builder does */
	char *s = NULL;
	size_t len = 0;
	for (int i = 0; i < 2000; i++) {
		char *t = realloc(s, len + 2);
		if (!t)
			break;
		s = t;
		s[len++] = (char)('a' + i % 26);
		s[len] = 0;
	}
	CHECK_EQ(len, 2000);
	CHECK(s[0] == 'a' && s[1999] == 'a' + 1999 % 26);
	free(s);

	return test_done();
}
