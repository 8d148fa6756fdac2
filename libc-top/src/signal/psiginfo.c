#include <signal.h>

/* Only signals the process sent itself exist, so the number says all. */
void psiginfo(const siginfo_t *info, const char *prefix)
{
	psignal(info->si_signo, prefix);
}
