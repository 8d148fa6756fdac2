// exit: 143
// wasmtime: no (it refuses exit statuses above 125)
/* A terminating signal with its default action ends the program with the
   status a shell reports for it, 128 + SIGTERM, without running exit
   handlers; here it is delivered when sigprocmask unblocks it. */
#include <signal.h>
#include <stdlib.h>

#include "test.h"

static void at_exit(void)
{
	printf("exit handler ran: wrong\n");
}

int main(void)
{
	sigset_t set;
	atexit(at_exit);
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &set, NULL), 0);
	CHECK_EQ(raise(SIGTERM), 0);
	test_done();
	printf("blocked, still running\n");
	fflush(stdout);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	printf("not reached\n");
	return 0;
}
