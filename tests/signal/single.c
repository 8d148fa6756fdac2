/* What a process alone on a WASI runtime decides for signals
   (docs/posix.md): no other process can be signalled, and a wait for a
   signal that nobody could send fails with EDEADLK instead of hanging. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include "errcheck.h"

static volatile sig_atomic_t count[NSIG];

static void handler(int sig)
{
	count[sig]++;
}

int main(void)
{
	CHECK_ERR(kill(NUM(12345), SIGUSR1), ESRCH);
	CHECK_ERR(kill(NUM(-12345), SIGUSR1), ESRCH);
	CHECK_ERR(kill(getpid(), NUM(-1)), EINVAL);
	CHECK_EQ(pthread_kill((pthread_t)KEEP((void *)16), SIGUSR1), ESRCH);

	/* The process group and "every process" are this process. */
	CHECK(signal(SIGUSR1, handler) == SIG_DFL);
	CHECK_EQ(kill(0, SIGUSR1), 0);
	CHECK_EQ(kill(-1, SIGUSR1), 0);
	CHECK_EQ(count[SIGUSR1], 2);

	CHECK(bsd_signal(SIGUSR2, handler) == SIG_DFL);
	CHECK_EQ(raise(SIGUSR2), 0);
	CHECK_EQ(count[SIGUSR2], 1);
	CHECK(bsd_signal(SIGUSR2, SIG_DFL) == handler);

	/* No job control: the stop signals' default is to carry on. */
	CHECK_EQ(raise(SIGTSTP), 0);
	CHECK_EQ(raise(SIGTTIN), 0);
	CHECK_EQ(raise(SIGTTOU), 0);
	CHECK_EQ(raise(SIGSTOP), 0);
	CHECK_EQ(raise(SIGCONT), 0);

	sigset_t set, none;
	int sig = 0;
	sigemptyset(&none);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	CHECK_ERR(sigsuspend(&none), EDEADLK);
	CHECK_EQ(sigwait(&set, &sig), EDEADLK);
	CHECK_ERR(sigwaitinfo(&set, NULL), EDEADLK);
	CHECK_ERR(sigtimedwait(&set, NULL, NULL), EDEADLK);
	struct timespec bad = { 0, -1 };
	CHECK_ERR(sigtimedwait(&set, NULL, &bad), EINVAL);
	/* A pending signal that is ignored does not end sigsuspend. */
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	CHECK_EQ(raise(SIGCHLD), 0);
	CHECK_ERR(sigsuspend(&none), EDEADLK);

	/* The SA_SIGINFO record of a signal sent to oneself. */
	siginfo_t info;
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(sigwaitinfo(&set, &info), SIGUSR1);
	CHECK_EQ(info.si_code, SI_USER);
	CHECK_EQ(info.si_pid, getpid());

	psignal(SIGTERM, STR("psignal"));
	psiginfo(&info, NULL);

	printf("single process done\n");
	return test_done();
}
