#include <stddef.h>
#include <string.h>
#include "libc.h"

/* The start - 1 of the maximal suffix of x[0..m) under the byte order, or
   under its reverse when `rev`, and in *period that suffix's period
   (Crochemore and Perrin's Two-Way factorisation). */
static ptrdiff_t max_suffix(const unsigned char *x, ptrdiff_t m, ptrdiff_t *period, int rev)
{
	ptrdiff_t ms = -1, j = 0, k = 1, p = 1;
	while (j + k < m) {
		unsigned char a = x[j + k], b = x[ms + k];
		if (rev ? a > b : a < b) {
			j += k;
			k = 1;
			p = j - ms;
		} else if (a == b) {
			if (k != p) {
				k++;
			} else {
				j += p;
				k = 1;
			}
		} else {
			ms = j++;
			k = p = 1;
		}
	}
	*period = p;
	return ms;
}

/* Two-Way search: linear time and constant space in the worst case. The
   needle is split at a critical position; its right part is matched left
   to right, then its left part right to left, and a mismatch moves the
   needle by as much as the period allows. */
void *__memmem(const void *hay, size_t hlen, const void *needle, size_t nlen)
{
	const unsigned char *h = hay, *n = needle;
	if (!nlen)
		return (void *)h;
	if (nlen > hlen)
		return NULL;
	if (nlen == 1)
		return memchr(h, n[0], hlen);
	ptrdiff_t m = (ptrdiff_t)nlen, last = (ptrdiff_t)(hlen - nlen);
	ptrdiff_t p1, p2, p;
	ptrdiff_t s1 = max_suffix(n, m, &p1, 0), s2 = max_suffix(n, m, &p2, 1);
	ptrdiff_t ell = s1 > s2 ? s1 : s2;
	p = s1 > s2 ? p1 : p2;

	if (!memcmp(n, n + p, (size_t)(ell + 1))) {
		/* Periodic needle: remember how much of the left part matched. */
		ptrdiff_t memory = -1;
		for (ptrdiff_t j = 0; j <= last;) {
			ptrdiff_t i = (ell > memory ? ell : memory) + 1;
			while (i < m && n[i] == h[i + j])
				i++;
			if (i < m) {
				j += i - ell;
				memory = -1;
				continue;
			}
			i = ell;
			while (i > memory && n[i] == h[i + j])
				i--;
			if (i <= memory)
				return (void *)(h + j);
			j += p;
			memory = m - p - 1;
		}
		return NULL;
	}
	p = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
	for (ptrdiff_t j = 0; j <= last;) {
		ptrdiff_t i = ell + 1;
		while (i < m && n[i] == h[i + j])
			i++;
		if (i < m) {
			j += i - ell;
			continue;
		}
		i = ell;
		while (i >= 0 && n[i] == h[i + j])
			i--;
		if (i < 0)
			return (void *)(h + j);
		j += p;
	}
	return NULL;
}

weak_alias(__memmem, memmem);
