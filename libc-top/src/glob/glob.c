/* glob: pathname expansion (XCU 2.13.3) over opendir/readdir.

   The pattern is taken one '/'-separated component at a time. A component
   without wildcards is appended as it is (its escapes removed) and never
   listed, so a path of plain components costs one stat at the end. A
   component with wildcards lists its directory and goes on with every
   name fnmatch accepts; a leading '.' must be matched by a '.' unless
   GLOB_PERIOD. Each directory is closed before going deeper, so the
   number of open descriptors stays at one. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "libc.h"

struct found {
	char **v;
	size_t n, cap;
};

struct state {
	int flags;
	int (*errfunc)(const char *, int);
	struct found out;
};

static int add(struct found *f, const char *s, size_t len)
{
	char *copy;

	if (f->n == f->cap) {
		size_t cap = f->cap ? 2 * f->cap : 16;
		char **v = realloc(f->v, cap * sizeof *v);
		if (!v)
			return GLOB_NOSPACE;
		f->v = v, f->cap = cap;
	}
	copy = malloc(len + 1);
	if (!copy)
		return GLOB_NOSPACE;
	memcpy(copy, s, len);
	copy[len] = 0;
	f->v[f->n++] = copy;
	return 0;
}

static void drop(struct found *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i]);
	free(f->v);
}

/* Does the component [p, p + len) have a wildcard that is not escaped? */
static int magic(const char *p, size_t len, int flags)
{
	for (size_t i = 0; i < len; i++) {
		if (p[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < len)
			i++;
		else if (p[i] == '*' || p[i] == '?' || p[i] == '[')
			return 1;
	}
	return 0;
}

/* Append the component to path without its escapes. */
static size_t unescape(char *dst, const char *p, size_t len, int flags)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++) {
		if (p[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < len)
			i++;
		dst[n++] = p[i];
	}
	return n;
}

static int opendir_failed(struct state *st, const char *dir, int err)
{
	if ((st->errfunc && st->errfunc(dir, err)) || (st->flags & GLOB_ERR))
		return GLOB_ABORTED;
	return 0;
}

/* path[0..plen) has been matched; match pat against what lies below it.
   path has room for strlen(pat) plus NAME_MAX + 1 for each of its
   components, plus 2. */
static int expand(struct state *st, char *path, size_t plen, const char *pat)
{
	const char *end;
	size_t clen;
	struct found names = { 0 };
	struct dirent *de;
	DIR *d;
	int r = 0, fflags;
	char *comp;
	const char *dir;
	size_t dlen;

	/* Plain components are taken in a loop: only wildcards recurse. */
	for (;;) {
		struct stat sb;

		while (*pat == '/')
			path[plen++] = *pat++;
		path[plen] = 0;
		if (!*pat) {
			/* A trailing slash asks for a directory. */
			return stat(plen ? path : ".", &sb) ? 0 : add(&st->out, path, plen);
		}
		end = strchr(pat, '/');
		clen = end ? (size_t)(end - pat) : strlen(pat);
		if (!end)
			end = pat + clen;
		if (magic(pat, clen, st->flags))
			break;
		plen += unescape(path + plen, pat, clen, st->flags);
		path[plen] = 0;
		if (!*end)
			return lstat(path, &sb) ? 0 : add(&st->out, path, plen);
		pat = end;
	}

	/* The directory is named without the slash that ends it, as errfunc
	   hears it (glibc drops one slash only, and so do we). */
	dlen = plen;
	if (dlen > 1 && path[dlen - 1] == '/')
		dlen--;
	path[dlen] = 0;
	dir = dlen ? path : ".";
	d = opendir(dir);
	if (!d) {
		/* A file where a directory was wanted simply matches nothing. */
		r = errno == ENOTDIR ? 0 : opendir_failed(st, dir, errno);
		if (dlen < plen)
			path[dlen] = '/';
		return r;
	}
	fflags = (st->flags & GLOB_PERIOD ? 0 : FNM_PERIOD) |
		 (st->flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0);
	/* fnmatch needs the component alone. */
	comp = malloc(clen + 1);
	if (!comp) {
		closedir(d);
		return GLOB_NOSPACE;
	}
	memcpy(comp, pat, clen);
	comp[clen] = 0;
	for (;;) {
		errno = 0;
		de = readdir(d);
		if (!de) {
			if (errno)
				r = opendir_failed(st, dir, errno);
			break;
		}
		if ((st->flags & GLOB_PERIOD) && comp[0] != '.' &&
		    (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")))
			continue;
		if (fnmatch(comp, de->d_name, fflags))
			continue;
		r = add(&names, de->d_name, strlen(de->d_name));
		if (r)
			break;
	}
	free(comp);
	closedir(d);
	if (dlen < plen)
		path[dlen] = '/';
	for (size_t i = 0; !r && i < names.n; i++) {
		size_t nlen = strlen(names.v[i]);
		memcpy(path + plen, names.v[i], nlen + 1);
		if (*end)
			r = expand(st, path, plen + nlen, end);
		else
			r = add(&st->out, path, plen + nlen);
	}
	drop(&names);
	return r;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* GLOB_MARK: a '/' after each directory. */
static int mark(struct found *f)
{
	for (size_t i = 0; i < f->n; i++) {
		struct stat sb;
		size_t len = strlen(f->v[i]);
		char *s;

		if (stat(f->v[i], &sb) || !S_ISDIR(sb.st_mode) ||
		    (len && f->v[i][len - 1] == '/'))
			continue;
		s = realloc(f->v[i], len + 2);
		if (!s)
			return GLOB_NOSPACE;
		s[len] = '/', s[len + 1] = 0;
		f->v[i] = s;
	}
	return 0;
}

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *, int),
	 glob_t *restrict g)
{
	struct state st = { .flags = flags, .errfunc = errfunc };
	size_t offs = flags & GLOB_DOOFFS ? g->gl_offs : 0, old, total;
	char *path, **v;
	int r;

	if (!(flags & GLOB_APPEND)) {
		g->gl_pathc = 0;
		g->gl_pathv = NULL;
	}
	if (!(flags & GLOB_DOOFFS))
		g->gl_offs = 0;
	old = g->gl_pathc;
	if (!*pattern && !(flags & GLOB_NOCHECK))
		return GLOB_NOMATCH;
	{
		size_t size = strlen(pattern) + NAME_MAX + 3;
		for (const char *p = pattern; *p; p++)
			size += *p == '/' ? NAME_MAX + 1 : 0;
		path = malloc(size);
	}
	if (!path)
		return GLOB_NOSPACE;
	r = expand(&st, path, 0, pattern);
	free(path);
	if (!r && !st.out.n) {
		if (!(flags & GLOB_NOCHECK))
			r = GLOB_NOMATCH;
		else
			r = add(&st.out, pattern, strlen(pattern));
	} else if (!r && (flags & GLOB_MARK)) {
		r = mark(&st.out);
	}
	/* After GLOB_ABORTED the paths found so far are still reported. */
	if (r && r != GLOB_ABORTED) {
		drop(&st.out);
		return r;
	}
	if (!(flags & GLOB_NOSORT))
		qsort(st.out.v, st.out.n, sizeof *st.out.v, cmp);

	total = offs + old + st.out.n + 1;
	v = realloc(old || (flags & GLOB_APPEND) ? g->gl_pathv : NULL, total * sizeof *v);
	if (!v) {
		drop(&st.out);
		return GLOB_NOSPACE;
	}
	if (!old)
		for (size_t i = 0; i < offs; i++)
			v[i] = NULL;
	memcpy(v + offs + old, st.out.v, st.out.n * sizeof *v);
	v[offs + old + st.out.n] = NULL;
	free(st.out.v);
	g->gl_pathv = v;
	g->gl_pathc = old + st.out.n;
	return r;
}

#undef glob64
weak_alias(glob, glob64);
