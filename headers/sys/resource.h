#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <bits/id_t.h>
#include <bits/struct_timeval.h>

#ifdef __cplusplus
extern "C" {
#endif

/* WASI measures only the process's own time. */
#define RUSAGE_SELF 1
#define RUSAGE_CHILDREN 2

struct rusage {
	struct timeval ru_utime;
	struct timeval ru_stime;
};

int getrusage(int, struct rusage *);

#ifdef __cplusplus
}
#endif

#endif
