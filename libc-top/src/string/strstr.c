#include <string.h>

void *__memmem(const void *, size_t, const void *, size_t);

char *strstr(const char *hay, const char *needle)
{
	if (!needle[0])
		return (char *)hay;
	hay = strchr(hay, needle[0]);
	if (!hay || !needle[1])
		return (char *)hay;
	size_t nlen = strlen(needle);
	return __memmem(hay, strlen(hay), needle, nlen);
}
