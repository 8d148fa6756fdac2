#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

/* "name: message", without errno's text. */
void vwarnx(const char *fmt, va_list ap)
{
	flockfile(stderr);
	fprintf(stderr, "%s: ", program_invocation_short_name);
	if (fmt)
		vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	funlockfile(stderr);
}
