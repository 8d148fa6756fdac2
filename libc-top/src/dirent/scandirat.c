#include <dirent.h>
#include <fcntl.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void qsort_r(void *, size_t, size_t,
	int (*)(const void *, const void *, void *), void *);

typedef int (*dirent_cmp)(const struct dirent **, const struct dirent **);

/* qsort hands over pointers to the elements, here pointers to entries;
   the comparison function's type does not promise to leave the element
   alone, but it only reads it. */
static int compare(const void *a, const void *b, void *cmp)
{
	return (*(dirent_cmp *)cmp)((const struct dirent **)(void *)a,
				    (const struct dirent **)(void *)b);
}

/* Read the directory, keep the entries `keep` accepts (all when it is
   null), sort them with `cmp` (unsorted when null). Entries are copied,
   since readdir's storage is reused by the next call. scandir is this
   with AT_FDCWD. */
int scandirat(int dirfd, const char *path, struct dirent ***out,
	int (*keep)(const struct dirent *),
	int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *dir = opendirat(dirfd, path);
	struct dirent **list = 0, *e;
	size_t n = 0, cap = 0;
	int saved = errno;

	if (!dir)
		return -1;
	errno = 0;
	while ((e = readdir(dir))) {
		if (keep && !keep(e))
			continue;
		if (n == cap) {
			size_t more = cap ? 2 * cap : 16;
			struct dirent **bigger = realloc(list, more * sizeof *list);
			if (!bigger)
				goto fail;
			list = bigger;
			cap = more;
		}
		size_t size = offsetof(struct dirent, d_name) + strlen(e->d_name) + 1;
		if (!(list[n] = malloc(size)))
			goto fail;
		memcpy(list[n++], e, size);
	}
	if (errno)
		goto fail;
	closedir(dir);
	if (n > 0x7fffffff) {
		errno = EOVERFLOW;
		goto fail_closed;
	}
	if (cmp)
		qsort_r(list, n, sizeof *list, compare, &cmp);
	*out = list;
	errno = saved;
	return (int)n;
fail:
	closedir(dir);
fail_closed:
	while (n)
		free(list[--n]);
	free(list);
	return -1;
}
