#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

int sigdelset(sigset_t *set, int sig)
{
	if (!__sig_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	*__sig_word(set, sig) &= ~__sig_bit(sig);
	return 0;
}
