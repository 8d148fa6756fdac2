#include <wchar.h>

size_t wcscspn(const wchar_t *s, const wchar_t *set)
{
	const wchar_t *p = s;
	while (*p && !wcschr(set, *p))
		p++;
	return (size_t)(p - s);
}
