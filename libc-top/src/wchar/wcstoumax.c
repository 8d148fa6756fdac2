#include <stdint.h>
#include <wchar.h>

_Static_assert(sizeof(uintmax_t) == sizeof(unsigned long long), "uintmax_t is unsigned long long");

uintmax_t wcstoumax(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return wcstoull(s, end, base);
}
