#include <errno.h>
#include <limits.h>
#include <unistd.h>

/* What the program can know of its system. Limits the libc imposes are
   its own; the rest is what WASI preview 1 gives: one processor visible,
   64 KiB pages, no children. Names it does not know are EINVAL. */
long sysconf(int name)
{
	switch (name) {
	case _SC_ARG_MAX:
		return 2097152;
	case _SC_CHILD_MAX:
		return 1;
	case _SC_CLK_TCK:
		return 100;
	case _SC_NGROUPS_MAX:
		return 0;
	case _SC_OPEN_MAX:
		return 1024;
	case _SC_STREAM_MAX:
		return 1024;
	case _SC_TZNAME_MAX:
		return 6;
	case _SC_PAGESIZE:
		return 65536;
	case _SC_NPROCESSORS_CONF:
	case _SC_NPROCESSORS_ONLN:
		return 1;
	case _SC_LINE_MAX:
		return 2048;
	case _SC_HOST_NAME_MAX:
		return 255;
	case _SC_LOGIN_NAME_MAX:
		return 256;
	case _SC_SYMLOOP_MAX:
		return 40;
	case _SC_IOV_MAX:
		return 1024;
	case _SC_VERSION:
		return 200809L;
	default:
		errno = EINVAL;
		return -1;
	}
}
