#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <sys/mman.h>
#include "mman_impl.h"

/* Linear memory is always readable and writable and never executable.
   So a protection can be set when it asks for that (PROT_READ|PROT_WRITE,
   which changes nothing) or for what the mapping already has; anything
   else would be a promise the libc cannot keep: ENOTSUP. */
int mprotect(void *addr, size_t len, int prot)
{
	char *a = addr;

	if ((uintptr_t)a % PAGESIZE || (prot & ~(PROT_READ | PROT_WRITE | PROT_EXEC))) {
		errno = EINVAL;
		return -1;
	}
	if (!len)
		return 0;
	struct mapping *m = __mapping_find(a, 0);
	if (!m || (size_t)(m->addr + m->len - a) < len) {
		errno = ENOMEM;
		return -1;
	}
	if (prot != (PROT_READ | PROT_WRITE) && prot != m->prot) {
		errno = ENOTSUP;
		return -1;
	}
	/* A mapping keeps one protection: a change to part of it is allowed
	   (it changes nothing) but not recorded. */
	if (a == m->addr && len > m->len - PAGESIZE)
		m->prot = prot;
	return 0;
}
