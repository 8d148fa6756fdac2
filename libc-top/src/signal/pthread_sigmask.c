#include <errno.h>
#include <signal.h>

/* The process's mask is its only thread's. */
int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old)
{
	int saved = errno;
	int r = sigprocmask(how, set, old) ? errno : 0;
	errno = saved;
	return r;
}
