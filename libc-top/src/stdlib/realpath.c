#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_LINKS 40

/* Resolve `path` to an absolute name with no ".", "..", repeated slash or
   symbolic link, every component of which exists. `rest` holds what is
   still to resolve; a link's target is put in front of it. */
char *realpath(const char *restrict path, char *restrict resolved)
{
	char out[PATH_MAX], rest[PATH_MAX], link[PATH_MAX];
	size_t len = 0;
	int links = 0;

	if (!path) {
		errno = EINVAL;
		return 0;
	}
	if (!*path) {
		errno = ENOENT;
		return 0;
	}
	if (strlen(path) >= sizeof rest) {
		errno = ENAMETOOLONG;
		return 0;
	}
	strcpy(rest, path);
	if (*path == '/') {
		out[0] = 0;
	} else {
		if (!getcwd(out, sizeof out))
			return 0;
		len = strlen(out);
		if (len == 1)
			len = 0;
	}
	char *p = rest;
	while (*p) {
		while (*p == '/')
			p++;
		char *end = strchrnul(p, '/');
		size_t n = (size_t)(end - p);
		if (n == 0)
			break;
		if (n == 1 && p[0] == '.') {
			p = end;
			continue;
		}
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (len && out[--len] != '/')
				;
			p = end;
			continue;
		}
		if (len + 1 + n >= sizeof out) {
			errno = ENAMETOOLONG;
			return 0;
		}
		size_t before = len;
		out[len++] = '/';
		memcpy(out + len, p, n);
		len += n;
		out[len] = 0;
		p = end;

		struct stat st;
		if (lstat(out, &st))
			return 0;
		if (!S_ISLNK(st.st_mode)) {
			if (*p && !S_ISDIR(st.st_mode)) {
				errno = ENOTDIR;
				return 0;
			}
			continue;
		}
		if (++links > MAX_LINKS) {
			errno = ELOOP;
			return 0;
		}
		ssize_t k = readlink(out, link, sizeof link - 1);
		if (k < 0)
			return 0;
		link[k] = 0;
		if (k + strlen(p) + 1 >= sizeof rest) {
			errno = ENAMETOOLONG;
			return 0;
		}
		/* The target, then the unresolved rest, start again from the
		   link's directory (or the root, for an absolute target). */
		memmove(rest + k, p, strlen(p) + 1);
		memcpy(rest, link, (size_t)k);
		p = rest;
		len = link[0] == '/' ? 0 : before;
		out[len] = 0;
	}
	if (!len)
		out[len++] = '/';
	out[len] = 0;
	if (!resolved)
		return strdup(out);
	return strcpy(resolved, out);
}
