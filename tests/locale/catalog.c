// portable
/* No message catalog can be opened: catopen fails with ENOENT and catgets
   hands back the program's default text. */
#include <errno.h>
#include <nl_types.h>
#include <string.h>
#include "test.h"

int main(void)
{
	errno = 0;
	nl_catd cd = catopen(STR("no-such-catalog-here"), NL_CAT_LOCALE);
	CHECK(cd == (nl_catd)-1 && ERRNO == ENOENT);
	errno = 0;
	cd = catopen(STR("/no/such/dir/x.cat"), 0);
	CHECK(cd == (nl_catd)-1 && ERRNO == ENOENT);
	const char *dflt = STR("default text");
	errno = 0;
	CHECK(catgets(cd, NL_SETD, 1, dflt) == dflt);
	CHECK(catclose(cd) == -1);
	return test_done();
}
