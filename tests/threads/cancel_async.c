// portable
/* Asynchronous cancellation of the calling thread acts as soon as it is
   both requested and enabled: here when the type becomes asynchronous
   with a request pending. Cleanup handlers run; the status is 0. */
#include <pthread.h>
#include <stdlib.h>

#include "test.h"

static void cleanup(void *p)
{
	printf("cleanup %s\n", (char *)p);
}

static void at_exit(void)
{
	printf("atexit\n");
	test_done();
}

int main(void)
{
	int old;
	atexit(at_exit);
	pthread_cleanup_push(cleanup, "handler");
	CHECK_EQ(pthread_cancel(pthread_self()), 0);
	printf("deferred: still running\n");
	fflush(stdout);
	pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
	printf("not reached\n");
	pthread_cleanup_pop(0);
	return 1;
}
