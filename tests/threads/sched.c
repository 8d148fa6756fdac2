// portable
/* The scheduling interface of <sched.h> for the calling process, which
   runs under SCHED_OTHER at priority 0. */
#include <sched.h>
#include <unistd.h>

#include "errcheck.h"

int main(void)
{
	struct sched_param p = { .sched_priority = 9 };
	CHECK_EQ(sched_getscheduler(0), SCHED_OTHER);
	CHECK_EQ(sched_getscheduler(getpid()), SCHED_OTHER);
	CHECK_EQ(sched_getparam(0, &p), 0);
	CHECK_EQ(p.sched_priority, 0);
	CHECK_EQ(sched_setparam(0, &p), 0);
	/* The former policy, SCHED_OTHER, which Linux reports as 0 too. */
	CHECK_EQ(sched_setscheduler(0, SCHED_OTHER, &p), SCHED_OTHER);
	p.sched_priority = 5;
	CHECK_ERR(sched_setparam(0, &p), EINVAL);
	CHECK_ERR(sched_setscheduler(0, SCHED_OTHER, &p), EINVAL);
	CHECK_ERR(sched_setscheduler(0, NUM(99), &p), EINVAL);
	/* No process has this number. */
	pid_t none = NUM(0x7ffffff0);
	CHECK_ERR(sched_getscheduler(none), ESRCH);
	CHECK_ERR(sched_getparam(none, &p), ESRCH);
	CHECK_EQ(sched_yield(), 0);

	printf("sched done\n");
	return test_done();
}
