#include "fts_impl.h"

/* Merge sort on the list itself: the comparison takes FTSENT ** as the
   caller wrote it, which qsort could only call through a cast. Stable,
   so equal entries keep readdir's order. */
FTSENT *__fts_sort(FTS *fts, FTSENT *head, size_t n)
{
	if (n < 2)
		return head;
	FTSENT *right = head, **cut = &head;
	for (size_t i = 0; i < n / 2; i++) {
		cut = &right->fts_link;
		right = right->fts_link;
	}
	*cut = 0;
	FTSENT *left = __fts_sort(fts, head, n / 2);
	right = __fts_sort(fts, right, n - n / 2);
	FTSENT *out = 0, **tail = &out;
	while (left && right) {
		const FTSENT *a = left, *b = right;
		FTSENT **take = fts->fts_compar(&a, &b) > 0 ? &right : &left;
		*tail = *take;
		tail = &(*take)->fts_link;
		*take = (*take)->fts_link;
	}
	*tail = left ? left : right;
	return out;
}
