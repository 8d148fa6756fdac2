#include <signal.h>
#include "signal_impl.h"

int sigpending(sigset_t *set)
{
	*set = __sig_pending;
	return 0;
}
