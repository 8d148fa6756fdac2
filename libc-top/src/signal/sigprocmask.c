#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	if (set && how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) {
		errno = EINVAL;
		return -1;
	}
	if (old)
		*old = __sig_mask;
	if (!set)
		return 0;
	for (unsigned i = 0; i < SIGSET_WORDS; i++) {
		if (how == SIG_BLOCK)
			__sig_mask.__bits[i] |= set->__bits[i];
		else if (how == SIG_UNBLOCK)
			__sig_mask.__bits[i] &= ~set->__bits[i];
		else
			__sig_mask.__bits[i] = set->__bits[i];
	}
	__sig_unblockable(&__sig_mask);
	/* POSIX: unblocked pending signals are delivered before returning. */
	__sig_flush();
	return 0;
}
