#include <stdlib.h>
#include "random_impl.h"

/* The default state: lag 31, seeded as by srandom(1) on first use. */
static uint32_t initial[32] = { 31 };
uint32_t *__random_state = initial;
int __random_seeded;

/* Lags by ring length; x^r + x^s + 1 is primitive for each pair, so the
   low bits have period 2^r - 1 and the sums longer still. */
static int short_lag(int r)
{
	return r == 7 || r == 31 ? 3 : 1;
}

long __random(void)
{
	uint32_t *w = __random_state;
	int r = (int)(w[0] & 0xff);

	if (!__random_seeded)
		__srandom(1);
	if (!r) {
		w[1] = w[1] * 1103515245u + 12345u;
		return (long)(w[1] >> 1);
	}
	int k = (int)(w[0] >> 8);
	uint32_t *x = w + 1;
	uint32_t v = x[k] + x[(k + r - short_lag(r)) % r];
	x[k] = v;
	w[0] = (uint32_t)r | (uint32_t)((k + 1) % r) << 8;
	return (long)(v >> 1);
}

weak_alias(__random, random);
