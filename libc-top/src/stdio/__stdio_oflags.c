#include <errno.h>
#include <fcntl.h>
#include "stdio_impl.h"

/* The open() flags for an fopen mode: r, w or a, then any of + (update),
   x (fail if the file exists), e (close on exec) and b (binary, which
   changes nothing here). Other letters are ignored, as other systems'
   extensions. Returns -1 with EINVAL for a mode that starts otherwise. */
int __stdio_oflags(const char *mode)
{
	int flags;
	switch (*mode) {
	case 'r':
		flags = O_RDONLY;
		break;
	case 'w':
		flags = O_WRONLY | O_CREAT | O_TRUNC;
		break;
	case 'a':
		flags = O_WRONLY | O_CREAT | O_APPEND;
		break;
	default:
		errno = EINVAL;
		return -1;
	}
	for (const char *p = mode + 1; *p; p++) {
		if (*p == '+')
			flags |= O_RDWR;
		else if (*p == 'x')
			flags |= O_EXCL;
		else if (*p == 'e')
			flags |= O_CLOEXEC;
	}
	/* Without O_CREAT, O_EXCL means nothing a stream could use. */
	if (!(flags & O_CREAT))
		flags &= ~O_EXCL;
	return flags;
}
