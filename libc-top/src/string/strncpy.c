#include <string.h>

char *__stpncpy(char *restrict, const char *restrict, size_t);

/* The result is not terminated when src is n bytes or longer. */
char *strncpy(char *restrict dst, const char *restrict src, size_t n)
{
	__stpncpy(dst, src, n);
	return dst;
}
