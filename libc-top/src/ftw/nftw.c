#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "libc.h"

typedef int (*visitor)(const char *, const struct stat *, int, struct FTW *);

struct walk {
	visitor fn;
	int flags;
	dev_t dev;
	/* Where relative paths start: the working directory, or with
	   FTW_CHDIR (which moves it) a descriptor of where it was. */
	int at;
	char path[PATH_MAX];
	/* The working directory at the start, for FTW_CHDIR. */
	char home[PATH_MAX];
};

/* The directories above the current one, to tell a loop made of symbolic
   links when they are followed. */
struct up {
	const struct up *next;
	dev_t dev;
	ino_t ino;
};

/* The names in a directory but "." and "..", as strings one after another
   ended by an empty one; the stream is closed before the walk goes down,
   so one directory is open at a time whatever the depth (and whatever
   fd_limit allows). Returns 0, or 1 when the directory cannot be read,
   or -1 when memory runs out or reading fails halfway. */
static int list(int at, const char *path, char **out)
{
	int fd = openat(at, path, O_RDONLY | O_DIRECTORY);
	DIR *d = fd < 0 ? 0 : fdopendir(fd);
	if (!d) {
		if (fd >= 0)
			close(fd);
		return 1;
	}
	size_t len = 0, cap = 256;
	char *names = malloc(cap);
	struct dirent *e;
	errno = 0;
	while (names && (e = readdir(d))) {
		const char *n = e->d_name;
		if (n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
			continue;
		size_t l = strlen(n) + 1;
		if (len + l + 1 > cap) {
			while (len + l + 1 > cap)
				cap *= 2;
			char *more = realloc(names, cap);
			if (!more)
				free(names);
			names = more;
			if (!names)
				break;
		}
		memcpy(names + len, n, l);
		len += l;
	}
	int err = errno;
	closedir(d);
	if (!names || err) {
		free(names);
		errno = err ? err : ENOMEM;
		return -1;
	}
	names[len] = 0;
	*out = names;
	return 0;
}

/* Calls the visitor; with FTW_CHDIR, from the directory holding the file
   (the first `base` bytes of the path, taken from the starting directory). */
static int report(struct walk *w, const struct stat *st, int type, struct FTW *f)
{
	if (w->flags & FTW_CHDIR) {
		if (chdir(w->home))
			return -1;
		if (f->base) {
			char c = w->path[f->base];
			w->path[f->base] = 0;
			int r = chdir(w->path);
			w->path[f->base] = c;
			if (r)
				return -1;
		}
	}
	return w->fn(w->path, st, type, f);
}

static int walk(struct walk *w, size_t len, int base, int level, const struct up *up)
{
	int follow = !(w->flags & FTW_PHYS);
	struct FTW f = { base, level };
	struct stat st;
	int type, r;

	if (fstatat(w->at, w->path, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) == 0) {
		type = S_ISDIR(st.st_mode) ? FTW_D : S_ISLNK(st.st_mode) ? FTW_SL : FTW_F;
	} else if (follow && fstatat(w->at, w->path, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
	           S_ISLNK(st.st_mode)) {
		type = FTW_SLN;
	} else {
		/* A root that cannot be examined is the caller's error. */
		if (!level)
			return -1;
		memset(&st, 0, sizeof st);
		type = FTW_NS;
	}
	if (!level)
		w->dev = st.st_dev;
	else if ((w->flags & FTW_MOUNT) && type != FTW_NS && st.st_dev != w->dev)
		return 0;
	if (type != FTW_D)
		return report(w, &st, type, &f);

	/* A directory already on the way down is reached again through a
	   symbolic link: as glibc does, it is not visited a second time. */
	for (const struct up *p = up; p; p = p->next)
		if (p->dev == st.st_dev && p->ino == st.st_ino)
			return 0;

	char *names;
	r = list(w->at, w->path, &names);
	if (r < 0)
		return -1;
	if (r > 0)
		return report(w, &st, FTW_DNR, &f);
	if (!(w->flags & FTW_DEPTH) && (r = report(w, &st, FTW_D, &f))) {
		free(names);
		return r;
	}
	struct up here = { up, st.st_dev, st.st_ino };
	size_t sub = len;
	if (w->path[len - 1] != '/')
		w->path[sub++] = '/';
	for (char *n = names; *n; n += strlen(n) + 1) {
		size_t l = strlen(n);
		if (sub + l >= sizeof w->path) {
			errno = ENAMETOOLONG;
			r = -1;
			break;
		}
		memcpy(w->path + sub, n, l + 1);
		r = walk(w, sub + l, (int)sub, level + 1, &here);
		if (r)
			break;
	}
	w->path[len] = 0;
	free(names);
	if (r)
		return r;
	return w->flags & FTW_DEPTH ? report(w, &st, FTW_DP, &f) : 0;
}

int nftw(const char *path, visitor fn, int fd_limit, int flags)
{
	size_t len = strlen(path);
	if (len >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	/* Only one directory is open at a time, so any fd_limit will do. */
	(void)fd_limit;
	struct walk *w = malloc(sizeof *w);
	if (!w)
		return -1;
	w->fn = fn;
	w->flags = flags;
	w->at = AT_FDCWD;
	if (flags & FTW_CHDIR) {
		if (!getcwd(w->home, sizeof w->home) ||
		    (w->at = open(".", O_RDONLY | O_DIRECTORY)) < 0) {
			free(w);
			return -1;
		}
	}
	memcpy(w->path, path, len + 1);
	/* The base name is the last component, trailing slashes aside. */
	size_t end = len;
	while (end > 1 && path[end - 1] == '/')
		end--;
	size_t base = end;
	while (base > 0 && path[base - 1] != '/')
		base--;
	if (base == end)
		base = 0;
	int r = walk(w, len, (int)base, 0, 0);
	if (flags & FTW_CHDIR) {
		int err = errno;
		if (chdir(w->home) && !r)
			r = -1;
		else
			errno = err;
		close(w->at);
	}
	free(w);
	return r;
}

#undef nftw64
weak_alias(nftw, nftw64);
