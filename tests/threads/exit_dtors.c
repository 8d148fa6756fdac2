// portable
/* pthread_exit in the only thread: cleanup handlers run newest first,
   then key destructors (again while they set values, up to
   PTHREAD_DESTRUCTOR_ITERATIONS rounds), then the process exits with
   status 0 as exit(0) would, running atexit handlers and flushing. */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>

#include "test.h"

static pthread_key_t again, once;
static int rounds;

static void reset(void *p)
{
	rounds++;
	printf("destructor of 'again', round %d\n", rounds);
	/* Asks for another round, which stops at the limit. */
	pthread_setspecific(again, p);
}

static void last(void *p)
{
	printf("destructor of 'once' for %s\n", (char *)p);
}

static void cleanup(void *p)
{
	printf("cleanup %s\n", (char *)p);
}

static void at_exit(void)
{
	printf("atexit: %d rounds (limit %d)\n", rounds, PTHREAD_DESTRUCTOR_ITERATIONS);
	CHECK(rounds >= 1 && rounds <= PTHREAD_DESTRUCTOR_ITERATIONS);
	test_done();
}

int main(void)
{
	static char v[] = "value";
	CHECK_EQ(pthread_key_create(&again, reset), 0);
	CHECK_EQ(pthread_key_create(&once, last), 0);
	CHECK_EQ(pthread_setspecific(again, v), 0);
	CHECK_EQ(pthread_setspecific(once, v), 0);
	atexit(at_exit);
	pthread_cleanup_push(cleanup, "outer");
	pthread_cleanup_push(cleanup, "popped, not run");
	pthread_cleanup_pop(0);
	pthread_cleanup_push(cleanup, "popped and run");
	pthread_cleanup_pop(1);
	pthread_cleanup_push(cleanup, "inner");
	pthread_exit(NULL);
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	printf("not reached\n");
	return 1;
}
