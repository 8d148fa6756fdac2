#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* "name: message: strerror(errno)", the BSD and glibc format, with errno
   read before anything here can change it. */
void vwarn(const char *fmt, va_list ap)
{
	int e = errno;
	flockfile(stderr);
	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (fmt) {
		vfprintf(stderr, fmt, ap);
		fputs(": ", stderr);
	}
	fprintf(stderr, "%s\n", strerror(e));
	funlockfile(stderr);
}
