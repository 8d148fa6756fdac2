#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "temp_impl.h"
#include "reserved.h"

#define TRIES 100

static const char letters[] =
	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

int __make_temp(char *template, int suffix, int (*make)(const char *, int), int arg)
{
	size_t len = strlen(template);

	if (suffix < 0 || len < 6 + (size_t)suffix
	    || memcmp(template + len - suffix - 6, "XXXXXX", 6)) {
		errno = EINVAL;
		return -1;
	}
	char *x = template + len - suffix - 6;
	for (int i = 0; i < TRIES; i++) {
		unsigned char r[6];
		if (__getentropy(r, sizeof r))
			return -1;
		for (int j = 0; j < 6; j++)
			x[j] = letters[r[j] % (sizeof letters - 1)];
		int fd = make(template, arg);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	memcpy(x, "XXXXXX", 6);
	errno = EEXIST;
	return -1;
}
