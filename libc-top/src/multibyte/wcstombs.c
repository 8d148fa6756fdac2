#include <stdlib.h>
#include <wchar.h>

size_t wcstombs(char *restrict dst, const wchar_t *restrict src, size_t len)
{
	const wchar_t *s = src;
	return wcsrtombs(dst, &s, len, NULL);
}
