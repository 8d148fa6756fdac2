#include <signal.h>
#include <stdio.h>
#include <string.h>

/* "prefix: description", or the description alone without a prefix. */
void psignal(int sig, const char *prefix)
{
	if (prefix && *prefix)
		fprintf(stderr, "%s: %s\n", prefix, strsignal(sig));
	else
		fprintf(stderr, "%s\n", strsignal(sig));
}
