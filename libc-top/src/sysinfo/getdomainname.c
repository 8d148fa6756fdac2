#include <stddef.h>
#include "sysinfo_impl.h"

/* No header declares it (as in wasi-libc); glibc's is in <unistd.h>. */
int getdomainname(char *, size_t);

int getdomainname(char *buf, size_t len)
{
	return __copy_name(buf, len, SYS_DOMAINNAME);
}
