#include <string.h>

char *__stpcpy(char *restrict, const char *restrict);

char *strcpy(char *restrict dst, const char *restrict src)
{
	__stpcpy(dst, src);
	return dst;
}
