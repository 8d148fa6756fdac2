#include <stdio.h>

FILE *freopen64(const char *__restrict, const char *__restrict, FILE *__restrict);

FILE *freopen64(const char *__restrict path, const char *__restrict mode, FILE *__restrict f)
{
	return freopen(path, mode, f);
}
