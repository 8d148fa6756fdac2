#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "libc.h"
#include "unistd_impl.h"

/* The limits of a file, the same for every file: WASI reports none, so
   these are the limits this libc itself works within (PATH_MAX and
   NAME_MAX for paths, PIPE_BUF for its pipes) and what POSIX lets a system
   answer when it cannot tell. -1 with errno unchanged means "no limit" or
   "not supported"; an unknown name is EINVAL. */
hidden long __pathconf(int name)
{
	switch (name) {
	case _PC_NAME_MAX:
		return NAME_MAX;
	case _PC_PATH_MAX:
		return PATH_MAX;
	case _PC_PIPE_BUF:
		return PIPE_BUF;
	case _PC_MAX_CANON:
	case _PC_MAX_INPUT:
		return 255;
	case _PC_CHOWN_RESTRICTED:
	case _PC_NO_TRUNC:
	case _PC_2_SYMLINKS:
		return 1;
	case _PC_VDISABLE:
		return 0;
	case _PC_FILESIZEBITS:
		return 64;
	case _PC_LINK_MAX:
	case _PC_SYMLINK_MAX:
	case _PC_SYNC_IO:
	case _PC_ASYNC_IO:
	case _PC_PRIO_IO:
	case _PC_SOCK_MAXBUF:
	case _PC_REC_INCR_XFER_SIZE:
	case _PC_REC_MAX_XFER_SIZE:
	case _PC_REC_MIN_XFER_SIZE:
	case _PC_REC_XFER_ALIGN:
	case _PC_ALLOC_SIZE_MIN:
		return -1;
	}
	errno = EINVAL;
	return -1;
}
