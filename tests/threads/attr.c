// portable
/* Thread attributes, scheduling parameters, cancellation state and the
   concurrency hint, for the calling thread. */
#define _GNU_SOURCE
#include <pthread.h>
#include <limits.h>
#include <sched.h>

#include "errcheck.h"

int main(void)
{
	pthread_attr_t a;
	size_t size = 0;
	int v = -1;
	CHECK_EQ(pthread_attr_init(&a), 0);
	CHECK_EQ(pthread_attr_getdetachstate(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_CREATE_JOINABLE);
	CHECK_EQ(pthread_attr_setdetachstate(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED), 0);
	CHECK_EQ(pthread_attr_getdetachstate(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_CREATE_DETACHED);

	CHECK_EQ(pthread_attr_getstacksize(&a, &size), 0);
	CHECK(size >= PTHREAD_STACK_MIN);
	CHECK_EQ(pthread_attr_setstacksize(&a, NUM(1)), EINVAL);
	CHECK_EQ(pthread_attr_setstacksize(&a, 1 << 20), 0);
	CHECK_EQ(pthread_attr_getstacksize(&a, &size), 0);
	CHECK_EQ(size, 1 << 20);
	CHECK_EQ(pthread_attr_setguardsize(&a, 8192), 0);
	CHECK_EQ(pthread_attr_getguardsize(&a, &size), 0);
	CHECK_EQ(size, 8192);
	static char stack[1 << 16];
	void *addr = NULL;
	CHECK_EQ(pthread_attr_setstack(&a, stack, sizeof stack), 0);
	CHECK_EQ(pthread_attr_getstack(&a, &addr, &size), 0);
	CHECK(addr == stack);
	CHECK_EQ(size, sizeof stack);

	CHECK_EQ(pthread_attr_getscope(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_SCOPE_SYSTEM);
	CHECK_EQ(pthread_attr_setscope(&a, PTHREAD_SCOPE_PROCESS), ENOTSUP);
	CHECK_EQ(pthread_attr_setscope(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_attr_getinheritsched(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_INHERIT_SCHED);
	CHECK_EQ(pthread_attr_setinheritsched(&a, NUM(99)), EINVAL);
	CHECK_EQ(pthread_attr_setinheritsched(&a, PTHREAD_EXPLICIT_SCHED), 0);
	CHECK_EQ(pthread_attr_getinheritsched(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_EXPLICIT_SCHED);
	CHECK_EQ(pthread_attr_getschedpolicy(&a, &v), 0);
	CHECK_EQ(v, SCHED_OTHER);
	CHECK_EQ(pthread_attr_setschedpolicy(&a, NUM(99)), EINVAL);
	struct sched_param sp = { .sched_priority = 5 };
	CHECK_EQ(pthread_attr_setschedparam(&a, &sp), EINVAL);
	sp.sched_priority = 0;
	CHECK_EQ(pthread_attr_setschedparam(&a, &sp), 0);
	sp.sched_priority = 9;
	CHECK_EQ(pthread_attr_getschedparam(&a, &sp), 0);
	CHECK_EQ(sp.sched_priority, 0);
	CHECK_EQ(pthread_attr_destroy(&a), 0);

	/* The calling thread's own attributes. */
	CHECK_EQ(pthread_getattr_np(pthread_self(), &a), 0);
	CHECK_EQ(pthread_attr_getdetachstate(&a, &v), 0);
	CHECK_EQ(v, PTHREAD_CREATE_JOINABLE);
	CHECK_EQ(pthread_attr_getstack(&a, &addr, &size), 0);
	/* The stack holds this frame. */
	char *here = (char *)&v;
	CHECK(here >= (char *)addr && here < (char *)addr + size);
	CHECK_EQ(pthread_attr_destroy(&a), 0);

	CHECK_EQ(pthread_getschedparam(pthread_self(), &v, &sp), 0);
	CHECK_EQ(v, SCHED_OTHER);
	CHECK_EQ(sp.sched_priority, 0);
	CHECK_EQ(pthread_setschedparam(pthread_self(), SCHED_OTHER, &sp), 0);
	CHECK_EQ(pthread_setschedprio(pthread_self(), 0), 0);
	CHECK_EQ(sched_get_priority_max(SCHED_OTHER), 0);
	CHECK_EQ(sched_get_priority_min(SCHED_OTHER), 0);
	CHECK_ERR(sched_get_priority_max(NUM(99)), EINVAL);
	CHECK_ERR(sched_get_priority_min(NUM(99)), EINVAL);

	CHECK(pthread_equal(pthread_self(), pthread_self()));
	CHECK((pthread_equal)(pthread_self(), pthread_self()));

	CHECK_EQ(pthread_setcancelstate(NUM(99), &v), EINVAL);
	CHECK_EQ(pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &v), 0);
	CHECK_EQ(v, PTHREAD_CANCEL_ENABLE);
	CHECK_EQ(pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &v), 0);
	CHECK_EQ(v, PTHREAD_CANCEL_DISABLE);
	CHECK_EQ(pthread_setcanceltype(NUM(99), &v), EINVAL);
	CHECK_EQ(pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, &v), 0);
	CHECK_EQ(v, PTHREAD_CANCEL_DEFERRED);
	pthread_testcancel();

	CHECK_EQ(pthread_getconcurrency(), 0);
	CHECK_EQ(pthread_setconcurrency(NUM(-1)), EINVAL);
	CHECK_EQ(pthread_setconcurrency(3), 0);
	CHECK_EQ(pthread_getconcurrency(), 3);

	/* The caller cannot join itself; once detached, it is not joinable. */
	void *res;
	CHECK_EQ(pthread_join(pthread_self(), &res), EDEADLK);
	CHECK_EQ(pthread_detach(pthread_self()), 0);
	CHECK_EQ(pthread_join(pthread_self(), &res), EINVAL);

	printf("attributes done\n");
	return test_done();
}
