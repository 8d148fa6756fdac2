#include <string.h>

/* Returns the length the whole result would have had; when dst holds no
   terminator within size, that is size + strlen(src) and dst is left. */
size_t strlcat(char *restrict dst, const char *restrict src, size_t size)
{
	size_t used = strnlen(dst, size);
	if (used == size)
		return size + strlen(src);
	return used + strlcpy(dst + used, src, size - used);
}
