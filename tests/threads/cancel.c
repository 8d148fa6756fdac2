// portable
/* Cancelling the calling thread: deferred, so it acts only at
   pthread_testcancel, and not while disabled; the cleanup handlers run,
   and the last thread's end is exit status 0. */
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
	CHECK_EQ(pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old), 0);
	CHECK_EQ(pthread_cancel(pthread_self()), 0);
	pthread_testcancel();
	printf("still running while disabled\n");
	pthread_cleanup_push(cleanup, "handler");
	CHECK_EQ(pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old), 0);
	printf("still running until a cancellation point\n");
	fflush(stdout);
	pthread_testcancel();
	pthread_cleanup_pop(0);
	printf("not reached\n");
	return 1;
}
