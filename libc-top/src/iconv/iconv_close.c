#include <errno.h>
#include <iconv.h>
#include <stdlib.h>

int iconv_close(iconv_t cd)
{
	if (cd == (iconv_t)-1) {
		errno = EBADF;
		return -1;
	}
	free(cd);
	return 0;
}
