// portable
/* Signals a program sends itself: handlers run at once, inside raise or
   kill; SIG_IGN and the ignoring defaults do nothing; the mask holds a
   signal pending until it is unblocked. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "errcheck.h"

static volatile sig_atomic_t count[NSIG];
/* volatile: set by handlers that run inside library calls. */
static volatile int blocked_inside = -1;
static volatile int info_signo, info_pid;

static void handler(int sig)
{
	count[sig]++;
}

static void look(int sig)
{
	sigset_t cur;
	count[sig]++;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	blocked_inside = sigismember(&cur, sig);
}

static void with_info(int sig, siginfo_t *info, void *ctx)
{
	(void)ctx;
	count[sig]++;
	info_signo = info->si_signo;
	info_pid = info->si_pid;
}

/* Raises another signal from inside a handler. */
static void chain(int sig)
{
	count[sig]++;
	raise(SIGUSR2);
}

/* Raises its own signal, which waits, blocked, until this returns. */
static volatile int depth, max_depth;

static void again(int sig)
{
	depth++;
	if (depth > max_depth)
		max_depth = depth;
	if (count[sig]++ == 0)
		raise(sig);
	depth--;
}

int main(void)
{
	/* signal(): the previous handler comes back. */
	CHECK(signal(SIGUSR1, handler) == SIG_DFL);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(count[SIGUSR1], 1);
	CHECK_EQ(kill(getpid(), SIGUSR1), 0);
	CHECK_EQ(count[SIGUSR1], 2);
	CHECK_EQ(kill(getpid(), 0), 0);
	CHECK(signal(SIGUSR1, SIG_IGN) == handler);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(count[SIGUSR1], 2);
	CHECK(signal(SIGUSR1, SIG_DFL) == SIG_IGN);
	CHECK(signal(SIGUSR2, handler) == SIG_DFL);
	CHECK_EQ(raise(SIGUSR2), 0);
	CHECK_EQ(count[SIGUSR2], 1);
	CHECK(signal(SIGUSR2, SIG_DFL) == handler);

	errno = 0;
	CHECK(signal(SIGKILL, handler) == SIG_ERR);
	CHECK_EQ(errno, EINVAL);
	CHECK(signal(NUM(0), handler) == SIG_ERR);
	CHECK(signal(NUM(NSIG), handler) == SIG_ERR);
	CHECK_ERR(raise(NUM(NSIG)), EINVAL);
	CHECK_ERR(kill(getpid(), NUM(NSIG)), EINVAL);

	/* Default actions that ignore. */
	CHECK_EQ(raise(SIGCHLD), 0);
	CHECK_EQ(raise(SIGURG), 0);
	CHECK_EQ(raise(SIGWINCH), 0);

	/* sigaction: the old action, the signal blocked inside its handler
	   unless SA_NODEFER, SA_SIGINFO and SA_RESETHAND. */
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = look;
	sigemptyset(&sa.sa_mask);
	CHECK_EQ(sigaction(SIGHUP, &sa, &old), 0);
	CHECK(old.sa_handler == SIG_DFL);
	CHECK_EQ(raise(SIGHUP), 0);
	CHECK_EQ(count[SIGHUP], 1);
	CHECK_EQ(blocked_inside, 1);
	sa.sa_flags = SA_NODEFER;
	CHECK_EQ(sigaction(SIGHUP, &sa, &old), 0);
	CHECK(old.sa_handler == look);
	CHECK_EQ(raise(SIGHUP), 0);
	CHECK_EQ(blocked_inside, 0);
	sa.sa_flags = SA_RESETHAND;
	CHECK_EQ(sigaction(SIGHUP, &sa, NULL), 0);
	CHECK_EQ(raise(SIGHUP), 0);
	CHECK_EQ(count[SIGHUP], 3);
	CHECK_EQ(sigaction(SIGHUP, NULL, &old), 0);
	CHECK(old.sa_handler == SIG_DFL);

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = with_info;
	sa.sa_flags = SA_SIGINFO;
	CHECK_EQ(sigaction(SIGUSR1, &sa, NULL), 0);
	CHECK_EQ(raise(SIGUSR1), 0);
	CHECK_EQ(count[SIGUSR1], 3);
	CHECK_EQ(info_signo, SIGUSR1);
	CHECK_EQ(info_pid, getpid());

	CHECK_ERR(sigaction(SIGKILL, &sa, NULL), EINVAL);
	CHECK_ERR(sigaction(SIGSTOP, &sa, NULL), EINVAL);
	CHECK_ERR(sigaction(NUM(0), &sa, NULL), EINVAL);
	CHECK_EQ(sigaction(SIGKILL, NULL, &old), 0);
	CHECK(old.sa_handler == SIG_DFL);

	/* A handler's own raise of another signal runs inside it. */
	signal(SIGUSR2, handler);
	signal(SIGINT, chain);
	CHECK_EQ(raise(SIGINT), 0);
	CHECK_EQ(count[SIGINT], 1);
	CHECK_EQ(count[SIGUSR2], 2);

	signal(SIGTERM, again);
	CHECK_EQ(raise(SIGTERM), 0);
	CHECK_EQ(count[SIGTERM], 2);
	CHECK_EQ(max_depth, 1);

	printf("handlers done\n");
	return test_done();
}
