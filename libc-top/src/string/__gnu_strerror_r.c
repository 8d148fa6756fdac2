#include <string.h>

/* The GNU flavour, which <string.h> names strerror_r under _GNU_SOURCE:
   it returns the message itself and need not use buf. */
char *__gnu_strerror_r(int e, char *buf, size_t n)
{
	(void)buf;
	(void)n;
	return strerror(e);
}
