#include <string.h>
#include <sys/utsname.h>
#include "sysinfo_impl.h"

int uname(struct utsname *u)
{
	/* Zero first: the fields are fixed-size and a reader may look past
	   the NUL of a short name. */
	memset(u, 0, sizeof *u);
	strcpy(u->sysname, SYS_NAME);
	strcpy(u->nodename, SYS_NODENAME);
	strcpy(u->release, SYS_RELEASE);
	strcpy(u->version, SYS_VERSION);
	strcpy(u->machine, SYS_MACHINE);
	strcpy(u->domainname, SYS_DOMAINNAME);
	return 0;
}
