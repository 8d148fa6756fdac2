#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "mman_impl.h"

/* Read the file into the mapping; the part past its end stays zero, as
   in a real mapping's last page. */
static int fill(char *p, size_t len, int fd, off_t off)
{
	while (len) {
		ssize_t n = pread(fd, p, len, off);
		if (n < 0)
			return -1;
		if (n == 0)
			break;
		p += n;
		len -= (size_t)n;
		off += n;
	}
	return 0;
}

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
	int type = flags & MAP_TYPE;

	(void)addr;	/* only a hint, and memory is where malloc has it */
	if (!len || off < 0 || off % PAGESIZE
	    || (type != MAP_PRIVATE && type != MAP_SHARED && type != MAP_SHARED_VALIDATE)) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	/* A fixed address cannot be had from malloc; code cannot be run from
	   linear memory; a writable shared file mapping would need writes to
	   reach the file. */
	if ((flags & MAP_FIXED) || (prot & PROT_EXEC)
	    || (!(flags & MAP_ANON) && type != MAP_PRIVATE && (prot & PROT_WRITE))) {
		errno = ENOTSUP;
		return MAP_FAILED;
	}
	if (len > SIZE_MAX - PAGESIZE) {
		errno = ENOMEM;
		return MAP_FAILED;
	}
	size_t size = (len + PAGESIZE - 1) / PAGESIZE * PAGESIZE;
	struct mapping *m = malloc(sizeof *m);
	char *p = aligned_alloc(PAGESIZE, size);
	if (!m || !p) {
		free(m);
		free(p);
		errno = ENOMEM;
		return MAP_FAILED;
	}
	memset(p, 0, size);
	if (!(flags & MAP_ANON) && fill(p, len, fd, off) < 0) {
		free(m);
		free(p);
		return MAP_FAILED;
	}
	m->addr = p;
	m->len = size;
	m->prot = prot;
	m->next = __mappings;
	__mappings = m;
	return p;
}
