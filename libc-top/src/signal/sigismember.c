#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

int sigismember(const sigset_t *set, int sig)
{
	if (!__sig_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	return __sig_has(set, sig);
}
