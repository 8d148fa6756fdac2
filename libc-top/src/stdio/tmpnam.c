#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "stdio_impl.h"

/* A name under P_tmpdir that no file has now; NULL when the directory is
   not there (or not reachable), since no name in it could be used. */
char *tmpnam(char *s)
{
	static char own[L_tmpnam];
	if (!s)
		s = own;
	struct stat st;
	if (__libc_lstat(P_tmpdir, &st))
		return NULL;
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return NULL;
	}
	for (int tries = 0; tries < TMP_MAX; tries++) {
		/* "/tmp/t" and ten letters, within L_tmpnam. */
		static const char prefix[] = P_tmpdir "/t";
		_Static_assert(sizeof prefix + 10 <= L_tmpnam, "L_tmpnam too small");
		memcpy(s, prefix, sizeof prefix - 1);
		__stdio_randname(s + sizeof prefix - 1, 10);
		s[sizeof prefix - 1 + 10] = 0;
		int saved = errno;
		if (__libc_lstat(s, &st) && errno == ENOENT) {
			errno = saved;
			return s;
		}
	}
	errno = EEXIST;
	return NULL;
}
