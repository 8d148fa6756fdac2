// exit: 137
// wasmtime: no (it refuses exit statuses above 125)
/* kill(getpid(), SIGKILL): SIGKILL can be neither caught nor blocked. */
#include <signal.h>
#include <unistd.h>

#include "errcheck.h"

static void handler(int sig)
{
	(void)sig;
	printf("handler: wrong\n");
}

int main(void)
{
	sigset_t all;
	CHECK(signal(SIGKILL, handler) == SIG_ERR);
	sigfillset(&all);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &all, NULL), 0);
	test_done();
	fflush(stdout);
	kill(getpid(), SIGKILL);
	printf("not reached\n");
	return 0;
}
