// portable
/* Signal sets: every standard signal has a member bit, and numbers
   outside 1 to NSIG - 1 are EINVAL. */
#define _GNU_SOURCE
#include <signal.h>

#include "errcheck.h"

static const int standard[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
	SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGCHLD,
	SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU, SIGXFSZ,
	SIGVTALRM, SIGPROF, SIGWINCH, SIGPOLL, SIGSYS,
};
#define COUNT (sizeof standard / sizeof standard[0])

int main(void)
{
	sigset_t s, t, u;
	int in = 0;
	CHECK_EQ(sigemptyset(&s), 0);
	CHECK(sigisemptyset(&s));
	for (unsigned i = 0; i < COUNT; i++)
		in += sigismember(&s, standard[i]);
	CHECK_EQ(in, 0);

	for (unsigned i = 0; i < COUNT; i++)
		CHECK_EQ(sigaddset(&s, standard[i]), 0);
	in = 0;
	for (unsigned i = 0; i < COUNT; i++)
		in += sigismember(&s, standard[i]);
	CHECK_EQ(in, (int)COUNT);
	CHECK(!sigisemptyset(&s));
	CHECK_EQ(sigdelset(&s, SIGTERM), 0);
	CHECK_EQ(sigismember(&s, SIGTERM), 0);
	CHECK_EQ(sigismember(&s, SIGINT), 1);
	CHECK_EQ(sigdelset(&s, SIGTERM), 0);

	CHECK_EQ(sigfillset(&t), 0);
	in = 0;
	for (unsigned i = 0; i < COUNT; i++)
		in += sigismember(&t, standard[i]);
	CHECK_EQ(in, (int)COUNT);
	/* The highest signal number has a bit too. */
	CHECK_EQ(sigismember(&t, NSIG - 1), 1);

	sigemptyset(&s);
	sigemptyset(&t);
	sigaddset(&s, SIGUSR1);
	sigaddset(&s, SIGHUP);
	sigaddset(&t, SIGUSR1);
	sigaddset(&t, SIGWINCH);
	CHECK_EQ(sigandset(&u, &s, &t), 0);
	CHECK(sigismember(&u, SIGUSR1) == 1 && sigismember(&u, SIGHUP) == 0 &&
	      sigismember(&u, SIGWINCH) == 0);
	CHECK_EQ(sigorset(&u, &s, &t), 0);
	CHECK(sigismember(&u, SIGUSR1) == 1 && sigismember(&u, SIGHUP) == 1 &&
	      sigismember(&u, SIGWINCH) == 1 && sigismember(&u, SIGINT) == 0);

	CHECK_ERR(sigaddset(&s, NUM(0)), EINVAL);
	CHECK_ERR(sigaddset(&s, NUM(NSIG)), EINVAL);
	CHECK_ERR(sigaddset(&s, NUM(-1)), EINVAL);
	CHECK_ERR(sigdelset(&s, NUM(0)), EINVAL);
	CHECK_ERR(sigdelset(&s, NUM(NSIG)), EINVAL);
	CHECK_ERR(sigismember(&s, NUM(0)), EINVAL);
	CHECK_ERR(sigismember(&s, NUM(NSIG)), EINVAL);

	printf("signal sets done\n");
	return test_done();
}
