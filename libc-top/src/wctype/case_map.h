#ifndef CASE_MAP_H
#define CASE_MAP_H

#include <stddef.h>
#include <stdint.h>
#include "unicode_tables.h"

/* The run holding c, found by binary search, adds its delta; code points
   in no run map to themselves. */
static inline uint32_t map_case(const struct case_run *runs, size_t n, uint32_t c)
{
	size_t lo = 0, hi = n;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (runs[mid].start <= c)
			lo = mid;
		else
			hi = mid;
	}
	const struct case_run *r = &runs[lo];
	if (c < r->start)
		return c;
	uint32_t off = c - r->start;
	if (off % r->stride || off / r->stride >= r->count)
		return c;
	return (uint32_t)((int32_t)c + r->delta);
}

#endif
