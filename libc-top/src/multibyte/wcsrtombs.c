#include <stdint.h>
#include <wchar.h>

size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t len, mbstate_t *restrict st)
{
	return wcsnrtombs(dst, src, SIZE_MAX, len, st);
}
