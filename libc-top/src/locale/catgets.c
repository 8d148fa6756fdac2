#include <errno.h>
#include <nl_types.h>

/* catopen never succeeds, so no descriptor is valid: the program gets its
   default text. */
char *catgets(nl_catd catd, int set, int msg, const char *s)
{
	(void)catd;
	(void)set;
	(void)msg;
	errno = EBADF;
	return (char *)s;
}
