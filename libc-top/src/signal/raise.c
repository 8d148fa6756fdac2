#include <errno.h>
#include <signal.h>
#include "signal_impl.h"

int raise(int sig)
{
	if (sig == 0)
		return 0;
	if (!__sig_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	__sig_raise(sig);
	return 0;
}
