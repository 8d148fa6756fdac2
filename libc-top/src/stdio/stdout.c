#include "stdio_impl.h"

/* Larger than BUFSIZ: each flush is a host call, which is what costs. */
static unsigned char buf[4096];

static FILE f = {
	.flags = F_NORD,
	.fd = 1,
	.mode = F_MODE_UNSET,
	.buf = buf,
	.size = sizeof buf,
};

FILE *const stdout = &f;
