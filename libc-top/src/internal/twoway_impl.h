/* The Two-Way string search of Crochemore and Perrin, written once for the
   three searches that need linear time: memmem (bytes), strcasestr (bytes
   compared after ASCII case folding) and wcsstr (wide characters).

   This header is a template: a source file defines
     TW_NAME     the name of the static search function to define,
     TW_T        the element type,
     TW_KEY(c)   the value an element is compared by (c itself, or folded),
   then includes it. Two-Way only needs elements to compare equal or be
   ordered, so comparing keys searches modulo case as well as exactly.

   The needle is split at a critical position found from two maximal
   suffixes (one per order); its right part is matched left to right, then
   its left part right to left, and a mismatch shifts the needle as far as
   the needle's period allows. A periodic needle remembers how much of its
   left part is known to match, so no haystack element is compared more
   than twice. Constant space. */

#include <stddef.h>

#define TW_CAT2(a, b) a##b
#define TW_CAT(a, b) TW_CAT2(a, b)
#define TW_SUFFIX TW_CAT(TW_NAME, _max_suffix)

/* The start - 1 of the maximal suffix of x[0..m) under the key order, or
   under its reverse when rev, with that suffix's period in *period. */
static ptrdiff_t TW_SUFFIX(const TW_T *x, ptrdiff_t m, ptrdiff_t *period, int rev)
{
	ptrdiff_t ms = -1, j = 0, k = 1, p = 1;
	while (j + k < m) {
		TW_T a = TW_KEY(x[j + k]), b = TW_KEY(x[ms + k]);
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

/* The first position of n[0..m) in h[0..hlen), or NULL; m >= 1. */
static const TW_T *TW_NAME(const TW_T *h, size_t hlen, const TW_T *n, size_t nlen)
{
	if (nlen > hlen)
		return NULL;
	ptrdiff_t m = (ptrdiff_t)nlen, last = (ptrdiff_t)(hlen - nlen);
	ptrdiff_t p1, p2, p;
	ptrdiff_t s1 = TW_SUFFIX(n, m, &p1, 0), s2 = TW_SUFFIX(n, m, &p2, 1);
	ptrdiff_t ell = s1 > s2 ? s1 : s2;
	p = s1 > s2 ? p1 : p2;

	/* Is the needle periodic: does n[0..ell] equal n[p..p+ell]? */
	ptrdiff_t same = 0;
	while (same <= ell && TW_KEY(n[same]) == TW_KEY(n[same + p]))
		same++;
	if (same > ell) {
		ptrdiff_t memory = -1;
		for (ptrdiff_t j = 0; j <= last;) {
			ptrdiff_t i = (ell > memory ? ell : memory) + 1;
			while (i < m && TW_KEY(n[i]) == TW_KEY(h[i + j]))
				i++;
			if (i < m) {
				j += i - ell;
				memory = -1;
				continue;
			}
			i = ell;
			while (i > memory && TW_KEY(n[i]) == TW_KEY(h[i + j]))
				i--;
			if (i <= memory)
				return h + j;
			j += p;
			memory = m - p - 1;
		}
		return NULL;
	}
	p = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
	for (ptrdiff_t j = 0; j <= last;) {
		ptrdiff_t i = ell + 1;
		while (i < m && TW_KEY(n[i]) == TW_KEY(h[i + j]))
			i++;
		if (i < m) {
			j += i - ell;
			continue;
		}
		i = ell;
		while (i >= 0 && TW_KEY(n[i]) == TW_KEY(h[i + j]))
			i--;
		if (i < 0)
			return h + j;
		j += p;
	}
	return NULL;
}

#undef TW_SUFFIX
#undef TW_CAT
#undef TW_CAT2
