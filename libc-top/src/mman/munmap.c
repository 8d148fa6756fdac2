#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include "mman_impl.h"

/* Whole pages are unmapped: the range is rounded up to them. A range with
   no mapping in it is left alone, as POSIX says; one that covers only part
   of a mapping is EINVAL, since a heap block cannot be split, and then
   nothing is unmapped. */
int munmap(void *addr, size_t len)
{
	uintptr_t lo = (uintptr_t)addr, hi;

	if (!len || lo % PAGESIZE || len > UINTPTR_MAX - PAGESIZE - lo) {
		errno = EINVAL;
		return -1;
	}
	hi = lo + (len + PAGESIZE - 1) / PAGESIZE * PAGESIZE;
	for (struct mapping *m = __mappings; m; m = m->next) {
		uintptr_t mlo = (uintptr_t)m->addr, mhi = mlo + m->len;
		if (mlo < hi && lo < mhi && (mlo < lo || mhi > hi)) {
			errno = EINVAL;
			return -1;
		}
	}
	for (struct mapping **p = &__mappings; *p;) {
		struct mapping *m = *p;
		if ((uintptr_t)m->addr >= lo && (uintptr_t)m->addr < hi) {
			*p = m->next;
			free(m->addr);
			free(m);
		} else {
			p = &m->next;
		}
	}
	return 0;
}
