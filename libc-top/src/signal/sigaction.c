#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

/* A signal whose default is to be ignored. */
static int ignored_by_default(int sig)
{
	return sig == SIGCHLD || sig == SIGCONT || sig == SIGURG || sig == SIGWINCH;
}

int __sigaction(int sig, const struct sigaction *restrict sa, struct sigaction *restrict old)
{
	if (!__sig_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	if (sa && (sig == SIGKILL || sig == SIGSTOP) && sa->sa_handler != SIG_DFL) {
		errno = EINVAL;
		return -1;
	}
	if (old)
		*old = __sig_actions[sig];
	if (sa) {
		__sig_actions[sig] = *sa;
		/* POSIX: a pending signal now ignored is discarded. */
		if (sa->sa_handler == SIG_IGN || (sa->sa_handler == SIG_DFL && ignored_by_default(sig)))
			*__sig_word(&__sig_pending, sig) &= ~__sig_bit(sig);
	}
	return 0;
}

weak_alias(__sigaction, sigaction);
