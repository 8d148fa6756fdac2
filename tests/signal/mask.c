// portable
/* The signal mask: blocked signals wait, pending, until unblocked, then
   are delivered before sigprocmask returns; SIGKILL and SIGSTOP cannot
   be blocked; ignoring a pending signal discards it; sigwait and
   sigsuspend take pending signals. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <time.h>

#include "errcheck.h"

static volatile sig_atomic_t count[NSIG];
/* volatile: glibc marks its functions as never calling back into the
   program, so the compiler could keep this in a register across them. */
static volatile int norder;

static void handler(int sig)
{
	count[sig]++;
	norder++;
}

int main(void)
{
	sigset_t set, old, pend;
	signal(SIGUSR1, handler);
	signal(SIGUSR2, handler);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGUSR2);
	CHECK_EQ(sigprocmask(SIG_BLOCK, &set, &old), 0);
	CHECK(sigisemptyset(&old));
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(raise(SIGUSR2), 0);
	CHECK_EQ(count[SIGUSR1] + count[SIGUSR2], 0);
	CHECK_EQ(sigpending(&pend), 0);
	CHECK_EQ(sigismember(&pend, SIGUSR1), 1);
	CHECK_EQ(sigismember(&pend, SIGUSR2), 1);
	CHECK_EQ(sigismember(&pend, SIGHUP), 0);

	/* Unblocking one delivers it (once: pending signals do not queue). */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	CHECK_EQ(sigprocmask(SIG_UNBLOCK, &set, NULL), 0);
	CHECK_EQ(count[SIGUSR1], 1);
	CHECK_EQ(count[SIGUSR2], 0);
	CHECK_EQ(pthread_sigmask(SIG_SETMASK, NULL, &old), 0);
	CHECK_EQ(sigismember(&old, SIGUSR1), 0);
	CHECK_EQ(sigismember(&old, SIGUSR2), 1);

	/* sigwait takes the pending signal without running its handler. */
	int sig = 0;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	CHECK_EQ(sigwait(&set, &sig), 0);
	CHECK_EQ(sig, SIGUSR2);
	CHECK_EQ(count[SIGUSR2], 0);
	CHECK_EQ(sigpending(&pend), 0);
	CHECK(sigisemptyset(&pend));
	struct timespec zero = { 0, 0 };
	CHECK_ERR(sigtimedwait(&set, NULL, &zero), EAGAIN);
	CHECK_EQ(raise(SIGUSR2), 0);
	siginfo_t info;
	CHECK_EQ(sigtimedwait(&set, &info, &zero), SIGUSR2);
	CHECK_EQ(info.si_signo, SIGUSR2);
	CHECK_EQ(raise(SIGUSR2), 0);
	CHECK_EQ(sigwaitinfo(&set, &info), SIGUSR2);
	CHECK_EQ(info.si_signo, SIGUSR2);

	/* sigsuspend runs the handler of a pending signal its mask lets
	   through, then restores the mask. */
	CHECK_EQ(raise(SIGUSR2), 0);
	sigset_t none;
	sigemptyset(&none);
	CHECK_ERR(sigsuspend(&none), EINTR);
	CHECK_EQ(count[SIGUSR2], 1);
	CHECK_EQ(sigprocmask(SIG_SETMASK, NULL, &old), 0);
	CHECK_EQ(sigismember(&old, SIGUSR2), 1);

	/* Ignoring a pending signal discards it. */
	CHECK_EQ(raise(SIGUSR2), 0);
	signal(SIGUSR2, SIG_IGN);
	CHECK_EQ(sigpending(&pend), 0);
	CHECK_EQ(sigismember(&pend, SIGUSR2), 0);
	signal(SIGUSR2, handler);

	/* Several pending at once are all delivered on unblocking. */
	sigfillset(&set);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &set, NULL), 0);
	CHECK_EQ(sigprocmask(SIG_SETMASK, NULL, &old), 0);
	CHECK_EQ(sigismember(&old, SIGKILL), 0);
	CHECK_EQ(sigismember(&old, SIGSTOP), 0);
	CHECK_EQ(sigismember(&old, SIGTERM), 1);
	norder = 0;
	raise(SIGUSR2);
	raise(SIGUSR1);
	CHECK_EQ(norder, 0);
	sigemptyset(&set);
	CHECK_EQ(sigprocmask(SIG_SETMASK, &set, NULL), 0);
	CHECK_EQ(norder, 2);
	CHECK_EQ(count[SIGUSR1], 2);
	CHECK_EQ(count[SIGUSR2], 2);

	CHECK_ERR(sigprocmask(NUM(99), &set, NULL), EINVAL);
	CHECK_EQ(sigprocmask(NUM(99), NULL, &old), 0);
	CHECK_EQ(pthread_sigmask(NUM(99), &set, NULL), EINVAL);
	CHECK_EQ(pthread_kill(pthread_self(), SIGUSR1), 0);
	CHECK_EQ(count[SIGUSR1], 3);
	CHECK_EQ(pthread_kill(pthread_self(), NUM(NSIG)), EINVAL);

	printf("mask done\n");
	return test_done();
}
