#include <wchar.h>

size_t wcsnlen(const wchar_t *s, size_t n)
{
	const wchar_t *end = wmemchr(s, 0, n);
	return end ? (size_t)(end - s) : n;
}
