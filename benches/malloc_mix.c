/* A mixed allocation workload: a million operations on blocks of random
   sizes from 8 B to 64 KiB (log-uniform, so small blocks dominate as they
   do in programs) with random lifetimes, a tenth of them reallocs. Each
   block carries a pattern at both ends, checked when it dies and folded
   into the checksum. Linear memory at the end, which only grows, is the
   peak; it goes to stderr, since it differs between the two builds. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define SLOTS 4096
#define OPS 1000000

static struct {
	uint32_t *p;
	size_t n;
} slot[SLOTS];

static uint32_t state = 88172645u;

static uint32_t rnd(void)
{
	state ^= state << 13;
	state ^= state >> 17;
	state ^= state << 5;
	return state;
}

static size_t pick_size(void)
{
	uint32_t r = rnd();
	unsigned bits = 3 + r % 14;             /* 8 B .. 64 KiB */
	return ((size_t)1 << bits) + ((r >> 8) & (((size_t)1 << bits) - 1));
}

static void mark(uint32_t *p, size_t n, uint32_t tag)
{
	p[0] = tag;
	p[n / 4 - 1] = ~tag;
}

static uint32_t check(const uint32_t *p, size_t n)
{
	return p[0] ^ p[n / 4 - 1] ^ 0xffffffffu ? 1 : 0;
}

int main(void)
{
	uint32_t sum = 0, bad = 0;
	for (uint32_t op = 0; op < OPS; op++) {
		uint32_t r = rnd();
		/* Three lifetimes: most blocks die soon, some later, few late. */
		unsigned i = (r & 3) ? (r >> 8) % 32 : (r & 12) ? (r >> 8) % 512 : (r >> 8) % SLOTS;
		size_t n = pick_size() & ~(size_t)3;
		if (slot[i].p && (r >> 28) == 0) {
			bad += check(slot[i].p, slot[i].n);
			uint32_t tag = slot[i].p[0];
			uint32_t *q = realloc(slot[i].p, n);
			if (!q)
				return 1;
			bad += q[0] != tag;
			mark(q, n, op);
			slot[i].p = q;
			slot[i].n = n;
			continue;
		}
		if (slot[i].p) {
			bad += check(slot[i].p, slot[i].n);
			sum = sum * 31 + slot[i].p[0];
			free(slot[i].p);
			slot[i].p = NULL;
			if (r & 0x100)
				continue;
		}
		uint32_t *p = malloc(n);
		if (!p)
			return 1;
		mark(p, n, op);
		slot[i].p = p;
		slot[i].n = n;
	}
	for (unsigned i = 0; i < SLOTS; i++)
		free(slot[i].p);
	printf("checksum %08x, %u bad\n", sum, bad);
	fprintf(stderr, "peak %u KiB\n", (unsigned)__builtin_wasm_memory_size(0) * 64);
	return 0;
}
