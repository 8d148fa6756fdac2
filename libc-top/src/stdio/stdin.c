#include "stdio_impl.h"

static unsigned char buf[BUFSIZ];

static FILE f = {
	.flags = F_NOWR,
	.fd = 0,
	.mode = _IOFBF,
	.buf = buf,
	.size = sizeof buf,
};

FILE *const stdin = &f;
