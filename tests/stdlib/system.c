#include <errno.h>
#include <stdlib.h>
#include "errcheck.h"
#include "test.h"

/* No command processor on WASI: system fails without running anything. */
int main(void)
{
	CHECK_EQ(system(NULL), 0);
	CHECK_ERR(system("echo hi"), ENOSYS);
	return test_done();
}
