#include <errno.h>
#include <string.h>
#include "sysinfo_impl.h"

int __copy_name(char *buf, size_t len, const char *s)
{
	size_t n = strlen(s) + 1;

	if (n > len) {
		errno = ENAMETOOLONG;
		return -1;
	}
	memcpy(buf, s, n);
	return 0;
}
