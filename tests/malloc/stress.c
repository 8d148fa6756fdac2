// portable
/* A million random allocations, reallocations and frees of random sizes
   and lifetimes. Every block is filled with its own byte and checked
   before it is resized or freed, so any overlap between live blocks or any
   loss of contents shows. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

void *aligned_alloc(size_t, size_t);

#define SLOTS 2048
#define OPS 1000000

static struct {
	unsigned char *p;
	size_t n;
	unsigned char v;
} slot[SLOTS];

static uint32_t state = 2463534242u;

static uint32_t rnd(void)
{
	state ^= state << 13;
	state ^= state >> 17;
	state ^= state << 5;
	return state;
}

/* Mostly small, some medium, a few large. */
static size_t pick_size(void)
{
	uint32_t r = rnd();
	switch (r & 31) {
	case 0:
		return (r >> 8) & 0x1ffff;
	case 1: case 2: case 3: case 4:
		return (r >> 8) & 0x3fff;
	default:
		return (r >> 8) & 0x1ff;
	}
}

/* Whether the first n bytes of p all look like v: a sample of them. */
static int holds(const unsigned char *p, size_t n, unsigned char v)
{
	if (!n)
		return 1;
	if (p[0] != v || p[n - 1] != v || p[n / 2] != v)
		return 0;
	for (size_t i = 1; i < n; i += 97)
		if (p[i] != v)
			return 0;
	return 1;
}

static int zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

int main(void)
{
	long bad = 0, nulls = 0, misaligned = 0;
	unsigned long sum = 0;

	for (long op = 0; op < OPS; op++) {
		uint32_t r = rnd();
		/* Short-lived blocks churn in a few slots, long-lived ones in all. */
		unsigned i = (r & 3) ? (r >> 8) % 64 : (r >> 8) % SLOTS;
		if (slot[i].p && !holds(slot[i].p, slot[i].n, slot[i].v))
			bad++;
		unsigned char v = (unsigned char)(op * 7 + 1);
		size_t n = pick_size();
		unsigned char *p;
		switch ((r >> 2) & 7) {
		case 0:
			free(slot[i].p);
			slot[i].p = NULL;
			continue;
		case 1: case 2:
			n |= 1; /* realloc(p, 0) differs between libcs */
			p = realloc(slot[i].p, n);
			if (p && slot[i].p && !holds(p, n < slot[i].n ? n : slot[i].n, slot[i].v))
				bad++;
			break;
		case 3:
			free(slot[i].p);
			p = calloc(n, 1);
			if (p && !zero(p, n))
				bad++;
			break;
		case 4:
			free(slot[i].p);
			p = aligned_alloc((size_t)32 << (r >> 29), n);
			if (p && ((uintptr_t)p & (((size_t)32 << (r >> 29)) - 1)))
				misaligned++;
			break;
		default:
			free(slot[i].p);
			p = malloc(n);
			break;
		}
		if (!p) {
			nulls++;
			slot[i].p = NULL;
			continue;
		}
		if ((uintptr_t)p & 15)
			misaligned++;
		memset(p, v, n);
		slot[i].p = p;
		slot[i].n = n;
		slot[i].v = v;
		sum += n;
	}
	for (unsigned i = 0; i < SLOTS; i++) {
		if (slot[i].p && !holds(slot[i].p, slot[i].n, slot[i].v))
			bad++;
		free(slot[i].p);
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ(nulls, 0);
	CHECK_EQ(misaligned, 0);
	printf("bytes written %lu\n", sum);
	return test_done();
}
