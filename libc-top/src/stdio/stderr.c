#include "stdio_impl.h"

static FILE f = {
	.flags = F_NORD,
	.fd = 2,
	.mode = _IONBF,
};

FILE *const stderr = &f;
