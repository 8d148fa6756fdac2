#include <unistd.h>
#include "sysinfo_impl.h"

int gethostname(char *buf, size_t len)
{
	return __copy_name(buf, len, SYS_NODENAME);
}
