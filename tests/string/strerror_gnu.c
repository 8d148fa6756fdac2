/* Under _GNU_SOURCE, <string.h> gives the GNU strerror_r. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char buf[4];
	char *m = strerror_r(NUM(EACCES), buf, sizeof buf);
	CHECK(m != NULL && strcmp(m, strerror(EACCES)) == 0);
	return test_done();
}
