#include <errno.h>
#include <nl_types.h>

/* There are no message catalogs on this target: none is installed and
   NLSPATH has nowhere to point, so every catalog is missing. */
nl_catd catopen(const char *name, int flag)
{
	(void)name;
	(void)flag;
	errno = ENOENT;
	return (nl_catd)-1;
}
