// scratch
/* What the libc's descriptor table does where a native system would block
   or differs (docs/posix.md): an empty pipe with a writer is EAGAIN, the
   buffer grows to 4 MiB, polling only such pipes forever is EAGAIN; WASI
   numbers the table shadows; wasi-libc's extras; sockets, ioctl and
   statvfs as preview 1 allows them. */
#define _GNU_SOURCE
#include <__function___isatty.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#include <wasi/libc.h>

#include "errcheck.h"

#define MIB (1024 * 1024)

static void never_blocks(void)
{
	int p[2];
	char c;
	CHECK_EQ(pipe(p), 0);
	/* Nobody else could ever write: EAGAIN rather than a hang. */
	CHECK_ERR(read(p[0], &c, 1), EAGAIN);
	struct pollfd pf = { p[0], POLLIN, 0 };
	CHECK_ERR(poll(&pf, 1, -1), EAGAIN);
	CHECK_EQ(poll(&pf, 1, 5), 0);

	/* A 1 MiB write, then the read of it. */
	char *big = malloc(MIB), *back = malloc(MIB);
	CHECK(big && back);
	for (int i = 0; i < MIB; i++)
		big[i] = (char)(i * 7);
	CHECK_EQ(write(p[1], big, MIB), MIB);
	int n = 0;
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, MIB);
	CHECK_EQ(read(p[0], back, MIB), MIB);
	CHECK(memcmp(big, back, MIB) == 0);

	/* The buffer stops at 4 MiB: a big write takes what fits, a small one
	   is all or nothing. */
	for (int i = 0; i < 3; i++)
		CHECK_EQ(write(p[1], big, MIB), MIB);
	CHECK_EQ(write(p[1], big, MIB - 10), MIB - 10);
	CHECK_ERR(write(p[1], big, 20), EAGAIN);
	CHECK_EQ(write(p[1], big, 8192), 10);
	CHECK_ERR(write(p[1], big, 1), EAGAIN);
	pf = (struct pollfd){ p[1], POLLOUT, 0 };
	CHECK_EQ(poll(&pf, 1, 0), 0);
	CHECK_EQ(read(p[0], back, 1), 1);
	CHECK_EQ(poll(&pf, 1, 0), 1);

	/* poll reports ready pipes at once, whatever the timeout; ppoll and
	   select too. */
	pf = (struct pollfd){ p[0], POLLIN, 0 };
	CHECK_EQ(poll(&pf, 1, -1), 1);
	CHECK_EQ(pf.revents, POLLIN);
	struct timespec zero = { 0, 0 };
	CHECK_EQ(ppoll(&pf, 1, &zero, NULL), 1);
	CHECK_EQ(ppoll(&pf, 1, NULL, NULL), 1);
	struct timespec bad = { 0, -1 };
	CHECK_ERR(ppoll(&pf, 1, &bad, NULL), EINVAL);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	CHECK_EQ(select(p[0] + 1, &r, NULL, NULL, NULL), 1);
	CHECK(FD_ISSET(p[0], &r));
	free(big);
	free(back);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);
}

static void what_pipes_cannot_do(void)
{
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_ERR(fsync(p[1]), EINVAL);
	CHECK_ERR(fdatasync(p[1]), EINVAL);
	CHECK_ERR(ftruncate(p[1], 0), EINVAL);
	CHECK_ERR(futimens(p[1], NULL), EINVAL);
	CHECK_ERR(__wasilibc_tell(p[0]), ESPIPE);
	CHECK_EQ(posix_fadvise(p[0], 0, 0, POSIX_FADV_NORMAL), ESPIPE);
	CHECK_EQ(posix_fallocate(p[1], 0, 1), ESPIPE);
	CHECK_ERR(openat(p[0], "x", O_RDONLY), ENOTDIR);
	errno = 0;
	CHECK(fdopendir(p[0]) == NULL);
	CHECK_EQ(errno, ENOTDIR);
	CHECK_EQ(__isatty(p[0]), 0);
	/* O_CLOEXEC is 0 in this ABI, so dup3 cannot set FD_CLOEXEC. */
	int hi = closed_fd();
	CHECK_EQ(dup3(p[0], hi, O_CLOEXEC), hi);
	CHECK_EQ(fcntl(hi, F_GETFD), 0);
	CHECK_EQ(close(hi), 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);
}

/* A file's whole content, through a fresh descriptor. */
static const char *content(const char *path)
{
	static char buf[64];
	memset(buf, 0, sizeof buf);
	int fd = open(path, O_RDONLY);
	CHECK(fd >= 0);
	CHECK(read(fd, buf, sizeof buf - 1) >= 0);
	CHECK_EQ(close(fd), 0);
	return buf;
}

static void shadowed_numbers(void)
{
	/* Free a number, then dup stdout onto it: the libc descriptor shadows
	   the WASI one, so the next file WASI opens under that number gets
	   another libc number. */
	int a = open("a.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(a >= 0);
	CHECK_EQ(close(a), 0);
	CHECK_EQ(dup2(1, a), a);
	int b = open("b.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK(b >= 0 && b != a);
	CHECK_EQ(write(b, "into b", 6), 6);
	CHECK_EQ(write(a, "to stdout through a dup\n", 24), 24);
	CHECK_EQ(close(a), 0);
	CHECK(strcmp(content("b.txt"), "into b") == 0);
	CHECK_EQ(write(b, "!", 1), 1);
	CHECK_EQ(close(b), 0);
	CHECK(strcmp(content("b.txt"), "into b!") == 0);

	/* __wasilibc_fd_renumber: from moves onto to, and from is closed. */
	int f = open("c.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	int g = open("d.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK(f >= 0 && g >= 0);
	CHECK_EQ(__wasilibc_fd_renumber(f, g), 0);
	CHECK_EQ(write(g, "c", 1), 1);
	CHECK_ERR(write(f, "x", 1), EBADF);
	CHECK(strcmp(content("c.txt"), "c") == 0);
	CHECK(strcmp(content("d.txt"), "") == 0);
	CHECK_EQ(__wasilibc_tell(g), 1);
	/* The same with the table involved. */
	int d = dup(g);
	CHECK(d >= 0);
	f = open("e.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK_EQ(__wasilibc_fd_renumber(f, d), 0);
	CHECK_EQ(write(d, "e", 1), 1);
	CHECK_EQ(write(g, "c", 1), 1);
	CHECK(strcmp(content("e.txt"), "e") == 0);
	CHECK(strcmp(content("c.txt"), "cc") == 0);
	CHECK_EQ(__wasilibc_fd_renumber(g, g), 0);
	CHECK_ERR(__wasilibc_fd_renumber(f, g), EBADF);
	CHECK_ERR(__wasilibc_fd_renumber(g, closed_fd()), EBADF);
	CHECK_ERR(posix_close(d, 1), EINVAL);
	CHECK_EQ(posix_close(d, 0), 0);
	CHECK_EQ(close(g), 0);
}

static void sockets(void)
{
	int p[2];
	char c;
	socklen_t len = sizeof(int);
	int type, bad = closed_fd();
	int fd = open("s.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK_EQ(pipe(p), 0);
	/* wasi-run preopens no socket: the paths that are not one. */
	CHECK_ERR(accept(fd, NULL, NULL), ENOTSOCK);
	CHECK_ERR(accept4(p[0], NULL, NULL, SOCK_NONBLOCK), ENOTSOCK);
	CHECK_ERR(accept4(fd, NULL, NULL, 1), EINVAL);
	CHECK_ERR(accept(bad, NULL, NULL), EBADF);
	CHECK_ERR(recv(fd, &c, 1, 0), ENOTSOCK);
	CHECK_ERR(recv(p[0], &c, 1, 0), ENOTSOCK);
	CHECK_ERR(recv(bad, &c, 1, 0), EBADF);
	CHECK_ERR(send(fd, "x", 1, 0), ENOTSOCK);
	CHECK_ERR(send(p[1], "x", 1, 0), ENOTSOCK);
	CHECK_ERR(send(bad, "x", 1, 0), EBADF);
	CHECK_ERR(recvfrom(fd, &c, 1, 0, NULL, NULL), ENOTSOCK);
	CHECK_ERR(recvfrom(bad, &c, 1, 0, NULL, NULL), EBADF);
	CHECK_ERR(sendto(p[1], "x", 1, 0, NULL, 0), ENOTSOCK);
	CHECK_ERR(sendto(bad, "x", 1, 0, NULL, 0), EBADF);
	CHECK_ERR(socket(AF_INET, SOCK_STREAM, 0), ENOSYS);
	int sv[2];
	CHECK_ERR(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), ENOSYS);
	struct sockaddr_in sin = { .sin_family = AF_INET };
	CHECK_ERR(bind(fd, (struct sockaddr *)&sin, sizeof sin), ENOTSOCK);
	CHECK_ERR(connect(p[0], (struct sockaddr *)&sin, sizeof sin), ENOTSOCK);
	CHECK_ERR(listen(bad, 1), EBADF);
	CHECK_ERR(shutdown(fd, SHUT_RDWR), ENOTSOCK);
	CHECK_ERR(shutdown(bad, SHUT_RD), EBADF);
	CHECK_ERR(getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len), ENOTSOCK);
	CHECK_ERR(getsockopt(p[0], SOL_SOCKET, SO_TYPE, &type, &len), ENOTSOCK);
	CHECK_ERR(getsockopt(bad, SOL_SOCKET, SO_TYPE, &type, &len), EBADF);
	CHECK_EQ(close(fd), 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);
}

static void ioctls(void)
{
	int n = -1, on = 1, off = 0;
	int fd = open("i.txt", O_RDWR | O_CREAT | O_TRUNC, 0644);
	CHECK_EQ(write(fd, "0123456789", 10), 10);
	CHECK_EQ(lseek(fd, 3, SEEK_SET), 3);
	CHECK_EQ(ioctl(fd, FIONREAD, &n), 0);
	CHECK_EQ(n, 7);
	CHECK_EQ(ioctl(fd, FIONBIO, &on), 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	CHECK_EQ(ioctl(fd, FIONBIO, &off), 0);
	CHECK_EQ(fcntl(fd, F_GETFL) & O_NONBLOCK, 0);
	CHECK_ERR(ioctl(fd, 0x5401, &n), ENOTTY);
	CHECK_ERR(ioctl(fd, FIONREAD, NULL), EFAULT);
	CHECK_ERR(ioctl(closed_fd(), FIONREAD, &n), EBADF);
	CHECK_ERR(ioctl(closed_fd(), 0x5401, &n), EBADF);
	int p[2];
	CHECK_EQ(pipe(p), 0);
	CHECK_EQ(ioctl(p[0], FIONBIO, &on), 0);
	CHECK_EQ(fcntl(p[0], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	CHECK_EQ(ioctl(p[0], FIONREAD, &n), 0);
	CHECK_EQ(n, 0);
	CHECK_EQ(close(p[0]), 0);
	CHECK_EQ(close(p[1]), 0);
	CHECK_EQ(close(fd), 0);
}

static void file_systems(void)
{
	struct statvfs vfs;
	CHECK_EQ(statvfs("/", &vfs), 0);
	CHECK_EQ(vfs.f_bsize, 512);
	CHECK_EQ(vfs.f_frsize, 512);
	CHECK_EQ(vfs.f_namemax, 255);
	CHECK_EQ(vfs.f_flag, ST_NOSUID);
	CHECK_EQ(vfs.f_blocks, 0);
	CHECK_ERR(statvfs("/missing/x", &vfs), ENOENT);
	CHECK_ERR(statvfs("/", NULL), EFAULT);
	int fd = open("v.txt", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	CHECK_EQ(fstatvfs(fd, &vfs), 0);
	CHECK_EQ(vfs.f_namemax, 255);
	CHECK_EQ(close(fd), 0);
	CHECK_ERR(fstatvfs(fd, &vfs), EBADF);
}

int main(void)
{
	never_blocks();
	what_pipes_cannot_do();
	shadowed_numbers();
	sockets();
	ioctls();
	file_systems();
	return test_done();
}
