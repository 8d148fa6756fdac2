#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/select.h>

/* select and pselect over poll. A set here is a list of descriptors (see
   <bits/fd_set.h>), so only the listed ones are visited. There are no
   signals, so the mask is ignored, and no out-of-band data, so the
   exception set always comes back empty. */

static int add(struct pollfd *p, int n, int fd, short ev)
{
	for (int i = 0; i < n; i++) {
		if (p[i].fd == fd) {
			p[i].events |= ev;
			return n;
		}
	}
	p[n].fd = fd;
	p[n].events = ev;
	p[n].revents = 0;
	return n + 1;
}

static void keep_ready(fd_set *s, const struct pollfd *p, int n, short ev, int *count)
{
	fd_set out;

	if (!s)
		return;
	FD_ZERO(&out);
	for (int i = 0; i < n; i++) {
		if (FD_ISSET(p[i].fd, s) && (p[i].revents & (ev | POLLHUP | POLLERR))) {
			FD_SET(p[i].fd, &out);
			(*count)++;
		}
	}
	*s = out;
}

int pselect(int nfds, fd_set *restrict r, fd_set *restrict w, fd_set *restrict e,
	const struct timespec *restrict timeout, const sigset_t *restrict mask)
{
	(void)mask;
	if (nfds < 0 || nfds > FD_SETSIZE) {
		errno = EINVAL;
		return -1;
	}
	int ms = -1;
	if (timeout) {
		if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000) {
			errno = EINVAL;
			return -1;
		}
		/* Round up: never return before the time asked for. */
		long long t = timeout->tv_sec * 1000LL + (timeout->tv_nsec + 999999) / 1000000;
		ms = t > 0x7fffffff ? 0x7fffffff : (int)t;
	}
	size_t most = (r ? r->__nfds : 0) + (w ? w->__nfds : 0);
	struct pollfd *p = most ? malloc(most * sizeof *p) : 0;
	if (most && !p)
		return -1;
	int n = 0;
	for (size_t i = 0; r && i < r->__nfds; i++)
		if (r->__fds[i] >= 0 && r->__fds[i] < nfds)
			n = add(p, n, r->__fds[i], POLLIN);
	for (size_t i = 0; w && i < w->__nfds; i++)
		if (w->__fds[i] >= 0 && w->__fds[i] < nfds)
			n = add(p, n, w->__fds[i], POLLOUT);
	int ready = poll(p, (nfds_t)n, ms);
	if (ready < 0) {
		free(p);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		if (p[i].revents & POLLNVAL) {
			free(p);
			errno = EBADF;
			return -1;
		}
	}
	int count = 0;
	keep_ready(r, p, n, POLLIN, &count);
	keep_ready(w, p, n, POLLOUT, &count);
	if (e)
		FD_ZERO(e);
	free(p);
	return count;
}
