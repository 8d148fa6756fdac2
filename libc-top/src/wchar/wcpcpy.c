#include <wchar.h>

wchar_t *wcpcpy(wchar_t *restrict d, const wchar_t *restrict s)
{
	while ((*d = *s++))
		d++;
	return d;
}
