#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#include <features.h>

#ifdef __cplusplus
extern "C" {
#endif

struct utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
#if defined(__LIBC_GNU)
	char domainname[65];
#else
	char __domainname[65];
#endif
};

int uname(struct utsname *);

#ifdef __cplusplus
}
#endif

#endif
