// portable
/* thrd_exit in the only thread runs the tss destructors, then ends the
   program with EXIT_SUCCESS. */
#include <stdlib.h>
#include <threads.h>

#include "test.h"

static void dtor(void *p)
{
	printf("destructor for %s\n", (char *)p);
}

static void at_exit(void)
{
	printf("atexit\n");
	test_done();
}

int main(void)
{
	tss_t k;
	static char v[] = "value";
	CHECK_EQ(tss_create(&k, dtor), thrd_success);
	CHECK_EQ(tss_set(k, v), thrd_success);
	atexit(at_exit);
	thrd_exit(7);
}
