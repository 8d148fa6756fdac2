#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include "signal_impl.h"

/* The process can signal itself (by its pid, its process group 0, or
   every process it may signal, -1); no other process is visible. */
int kill(pid_t pid, int sig)
{
	if (sig != 0 && !__sig_valid(sig)) {
		errno = EINVAL;
		return -1;
	}
	if (pid != __getpid() && pid != 0 && pid != -1) {
		errno = ESRCH;
		return -1;
	}
	if (sig)
		__sig_raise(sig);
	return 0;
}
