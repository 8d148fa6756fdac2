// portable
// exit: 7
/* abort raises SIGABRT first: an installed handler runs even while the
   signal is blocked, and may end the program its own way. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "test.h"

static void on_abort(int sig)
{
	CHECK_EQ(sig, SIGABRT);
	printf("handler ran\n");
	fflush(stdout);
	_exit(test_failures ? 1 : 7);
}

int main(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGABRT);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &set, NULL), 0);
	CHECK(signal(SIGABRT, on_abort) != SIG_ERR);
	printf("aborting\n");
	fflush(stdout);
	abort();
}
