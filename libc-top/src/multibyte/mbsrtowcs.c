#include <stdint.h>
#include <wchar.h>

size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len, mbstate_t *restrict st)
{
	return mbsnrtowcs(dst, src, SIZE_MAX, len, st);
}
