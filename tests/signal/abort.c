// exit: 134
/* SIGABRT's default action ends the program as abort() does: a trap,
   which the runtime reports as 134 (128 + SIGABRT). */
#include <signal.h>

#include "test.h"

int main(void)
{
	CHECK(signal(SIGABRT, SIG_DFL) == SIG_DFL);
	test_done();
	fflush(stdout);
	raise(SIGABRT);
	printf("not reached\n");
	return 0;
}
