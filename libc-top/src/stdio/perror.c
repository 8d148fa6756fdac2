#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

/* The message goes out in one write when it fits, so that it is not torn
   on an unbuffered stderr. */
void perror(const char *s)
{
	const char *msg = strerror(errno);
	size_t ns = s && *s ? strlen(s) : 0, nm = strlen(msg);
	unsigned char line[256];
	if (ns + nm + 3 <= sizeof line) {
		size_t n = 0;
		if (ns) {
			memcpy(line, s, ns);
			memcpy(line + ns, ": ", 2);
			n = ns + 2;
		}
		memcpy(line + n, msg, nm);
		line[n + nm] = '\n';
		__fwritex(line, n + nm + 1, stderr);
		return;
	}
	if (ns) {
		__fwritex((const unsigned char *)s, ns, stderr);
		__fwritex((const unsigned char *)": ", 2, stderr);
	}
	__fwritex((const unsigned char *)msg, nm, stderr);
	__fwritex((const unsigned char *)"\n", 1, stderr);
}
