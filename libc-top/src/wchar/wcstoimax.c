#include <stdint.h>
#include <wchar.h>

_Static_assert(sizeof(intmax_t) == sizeof(long long), "intmax_t is long long");

intmax_t wcstoimax(const wchar_t *restrict s, wchar_t **restrict end, int base)
{
	return wcstoll(s, end, base);
}
